package dev.lsorg.shell;

import dev.lsorg.app.mutation.StateFiles;
import dev.lsorg.app.mutation.StatePaths;
import dev.lsorg.text.Sanitizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Sets up JLine for the interactive shell: the terminal (the system's, or given streams; a dumb one when
 * {@code TERM=dumb}), the line reader with {@link ShellCompleter} and a history file in the XDG state dir.
 */
public final class ShellTerminal {
    private ShellTerminal() {
    }

    /** Runs {@code shell} interactively on the process's terminal. */
    public static int interactive(Shell shell, InputStream in, OutputStream out, Map<String, String> env) {
        try (Terminal terminal = system(env)) {
            return shell.runInteractive(reader(terminal, shell.session(), StatePaths.shellHistory(env)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    /**
     * A terminal over {@code in}/{@code out} (pipes, tests): {@code dumb} gives JLine's plain line input, as with
     * {@code TERM=dumb}; otherwise an ANSI line editor with completion.
     */
    public static Terminal streams(InputStream in, OutputStream out, boolean dumb) throws IOException {
        DumbTerminal terminal = new DumbTerminal("lsorg", dumb ? Terminal.TYPE_DUMB : "ansi", in, out,
                StandardCharsets.UTF_8);
        // A pipe has no size; give the editor a sane width so it does not wrap every character.
        terminal.setSize(new Size(160, 50));
        return terminal;
    }

    /**
     * The width of the process's terminal as JLine reports it, for {@code -c} and scripts; {@link Table#DEFAULT_WIDTH}
     * when the output is not a terminal (a pipe, a file) or it reports no size.
     */
    public static int width(Map<String, String> env) {
        if (System.console() == null) {
            return Table.DEFAULT_WIDTH;
        }
        try (Terminal terminal = system(env)) {
            return terminal.getWidth();
        } catch (IOException | RuntimeException e) {
            return Table.DEFAULT_WIDTH;
        }
    }

    private static Terminal system(Map<String, String> env) throws IOException {
        boolean dumb = Terminal.TYPE_DUMB.equals(env.get("TERM"));
        TerminalBuilder b = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8);
        Terminal terminal = (dumb ? b.dumb(true).type(Terminal.TYPE_DUMB) : b).build();
        if (terminal.getWidth() <= 0) {
            // Some ptys (script, CI runners) report no size; JLine would then wrap the prompt at every character.
            terminal.setSize(new Size(Table.DEFAULT_WIDTH, 24));
        }
        return terminal;
    }

    /**
     * A line reader with the shell's completion and a history kept in {@code history}: created 0600 in a 0700 folder
     * before JLine appends to it, and holding no control characters (see {@link InertHistory}).
     */
    public static LineReader reader(Terminal terminal, ShellSession session, Path history) {
        try {
            StateFiles.privateFile(history);
        } catch (IOException e) {
            // No history is better than no shell; JLine reports the failed save itself.
        }
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[] {'\\'});
        return LineReaderBuilder.builder().terminal(terminal).appName("lsorg")
                .completer(new ShellCompleter(session::index, session.readOnly()))
                .parser(parser)
                .history(new InertHistory())
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.HISTORY_SIZE, 2000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }
}

/**
 * JLine's history with every line made inert before it is kept: a pasted escape sequence (an OSC title, an OSC 52
 * clipboard write, a screen clear) is stored as visible text, so showing the history file later cannot run it.
 * Lines read back from an older history file go through the same door.
 */
final class InertHistory extends org.jline.reader.impl.history.DefaultHistory {
    // Every way into the list (a typed line, a line loaded or trimmed from the file) ends in one of these.
    @Override
    protected void internalAdd(java.time.Instant time, String line) {
        super.internalAdd(time, Sanitizer.escape(line));
    }

    @Override
    protected void internalAdd(java.time.Instant time, String line, boolean checkDuplicates) {
        super.internalAdd(time, Sanitizer.escape(line), checkDuplicates);
    }

    @Override
    protected EntryImpl createEntry(int index, java.time.Instant time, String line) {
        return super.createEntry(index, time, Sanitizer.escape(line));
    }
}
