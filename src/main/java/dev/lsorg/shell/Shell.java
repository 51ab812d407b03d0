package dev.lsorg.shell;

import dev.lsorg.command.CommandSyntaxException;
import dev.lsorg.command.CommandParser;
import dev.lsorg.command.Command;
import dev.lsorg.api.ApiException;
import dev.lsorg.cli.ExitCodes;
import dev.lsorg.text.Sanitizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * lsorg's line mode: reads commands (from JLine interactively, or plainly from {@code -c} and scripts), parses
 * them with {@link CommandParser}, answers reads from the loaded org and takes every change through
 * {@link ChangeFlow}'s confirmation. Returns exit codes so scripts can stop on failure.
 */
public final class Shell {
    private static final int EXIT = -1;
    private final ShellSession session;
    private final int width;
    private final CommandParser parser = new CommandParser();

    /** A shell over a loaded session whose {@code -c} and script output is not a terminal (tables fit 80 columns). */
    public Shell(ShellSession session) {
        this(session, Table.DEFAULT_WIDTH);
    }

    /**
     * A shell over a loaded session; tables of {@code -c} and scripts fit in {@code width} columns (interactively
     * they fit the line reader's terminal, as wide as it is at each command).
     */
    public Shell(ShellSession session, int width) {
        this.session = session;
        this.width = width;
    }

    /** The session this shell works on. */
    public ShellSession session() {
        return session;
    }

    /** Runs one line; {@code prompter} answers confirmations. Returns the exit code, or -1 for {@code exit}. */
    public int execute(String line, PrintWriter out, PrintWriter err, Prompter prompter) {
        return execute(line, width, out, err, prompter);
    }

    private int execute(String line, int columns, PrintWriter out, PrintWriter err, Prompter prompter) {
        try {
            Command command = parser.parse(line);
            return command == null ? ExitCodes.OK : dispatch(command, columns, out, err, prompter);
        } catch (CommandSyntaxException e) {
            err.println(Sanitizer.message(e.getMessage()) + (e.usage() == null ? "" : "\nusage: " + e.usage()));
            return ExitCodes.USAGE;
        } catch (ApiException e) {
            err.println(Sanitizer.message(e.error().message()));
            return ExitCodes.API;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(Command command, int columns, PrintWriter out, PrintWriter err, Prompter prompter) {
        session.prepare(CommandNeeds.of(command, session.workspaceRef()));
        if (command instanceof Command.Change change) {
            return new ChangeFlow(session, out, err, prompter).run(change);
        }
        ReadCommands reads = new ReadCommands(session, out, err, columns);
        if (command instanceof Command.Ls c) {
            return reads.ls(c);
        } else if (command instanceof Command.Show c) {
            return reads.show(c);
        } else if (command instanceof Command.Use c) {
            return reads.use(c);
        } else if (command instanceof Command.Help c) {
            return reads.help(c);
        } else if (command instanceof Command.ShowJournal c) {
            return reads.journal(c);
        } else if (command instanceof Command.Reload) {
            return reads.reload();
        }
        return EXIT;
    }

    /** The interactive loop on a JLine reader: prompts, completion and history; ends at {@code exit} or Ctrl-D. */
    public int runInteractive(LineReader reader) {
        PrintWriter out = reader.getTerminal().writer();
        Prompter prompter = question -> readLine(reader, question);
        out.println("lsorg shell on org " + Sanitizer.line(session.index().orgName()) + modes()
                + ". Type help, or exit.");
        int last = ExitCodes.OK;
        while (true) {
            String line = readLine(reader, prompt());
            if (line == null) {
                return last;
            }
            int code = execute(line, width(reader.getTerminal()), out, out, prompter);
            if (code == EXIT) {
                return last;
            }
            last = code;
        }
    }

    /**
     * Runs commands from {@code in} (a script or a pipe) without prompts; confirmation answers are read from the
     * following line. Stops at the first failing command and returns its exit code.
     */
    public int runScript(BufferedReader in, PrintWriter out, PrintWriter err) {
        Prompter prompter = question -> answer(in, out, question);
        for (int n = 1; ; n++) {
            String line = readPlain(in);
            if (line == null) {
                return ExitCodes.OK;
            }
            int code = execute(line, out, err, prompter);
            if (code == EXIT) {
                return ExitCodes.OK;
            }
            if (code != ExitCodes.OK) {
                err.println("lsorg shell: stopped at line " + n + ": " + Sanitizer.line(line.strip()));
                err.flush();
                return code;
            }
        }
    }

    /** Runs the one command of {@code -c}; confirmation answers, if needed, come from {@code answers}. */
    public int runOne(String line, BufferedReader answers, PrintWriter out, PrintWriter err) {
        int code = execute(line, out, err, question -> answer(answers, out, question));
        return code == EXIT ? ExitCodes.OK : code;
    }

    // Asked at each command: the window may have been resized since the last.
    private static int width(Terminal terminal) {
        return terminal.getWidth() > 0 ? terminal.getWidth() : Table.DEFAULT_WIDTH;
    }

    private String prompt() {
        String ws = session.workspace().map(w -> ":" + Sanitizer.line(w.displayName())).orElse("");
        return "lsorg" + ws + (session.readOnly() ? " [read-only]" : "")
                + (session.dryRun() ? " [dry-run]" : "") + "> ";
    }

    private String modes() {
        return (session.readOnly() ? " (read-only)" : "") + (session.dryRun() ? " (dry-run)" : "");
    }

    private static String readLine(LineReader reader, String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (EndOfFileException e) {
            return null;
        } catch (UserInterruptException e) {
            return "";
        }
    }

    private static String answer(BufferedReader in, PrintWriter out, String question) {
        out.print(question);
        out.flush();
        String line = readPlain(in);
        out.println();
        return line;
    }

    private static String readPlain(BufferedReader in) {
        try {
            return in == null ? null : in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
