package dev.lsorg.cli;

import dev.lsorg.Main;
import dev.lsorg.api.ApiException;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.config.ConfigException;
import dev.lsorg.shell.Shell;
import dev.lsorg.shell.ShellSession;
import dev.lsorg.shell.ShellTerminal;
import dev.lsorg.text.Sanitizer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lsorg shell}: the line-mode console for dumb terminals, pipes and scripts. Interactive on a terminal
 * (completion, history); with {@code -c COMMAND} or commands on stdin it runs without prompts and exits non-zero
 * at the first failure.
 */
@Command(name = "shell", mixinStandardHelpOptions = true, description = "Line-mode console: interactive, -c COMMAND, or commands on stdin.")
public final class ShellCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "-c", paramLabel = "COMMAND", description = "Run one command and exit.")
    String command;

    @Option(names = {"-y", "--yes"}, description = "Send non-destructive changes without asking (destructive ones still need the typed name).")
    boolean yes;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "Journal of changes (default: $XDG_STATE_HOME/lsorg/journal.jsonl).")
    Path journalFile;

    private final CliContext ctx;


    /** The command in {@code ctx}, the process's surroundings (or a test's). */
    public ShellCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OrgConnection connection = OrgConnection.open(main.global(), ctx.config(), ctx.clock(), err)) {
            // Interactively the whole org is loaded (completion offers its names); -c and scripts load per command.
            boolean interactive = command == null && System.console() != null;
            ShellSession session = session(connection, !interactive);
            if (interactive) {
                session.reload();
            }
            session.checkEarlierRuns().forEach(err::println);
            err.flush();
            startIn(session, WorkspaceChoice.of(main.global(), connection.client().config()));
            return run(session, out, err);
        } catch (CommandFailure e) {
            err.println("lsorg: " + e.getMessage());
            return e.exitCode();
        } catch (ConfigException e) {
            err.println("lsorg: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ApiException e) {
            err.println("lsorg: " + Sanitizer.message(e.error().message()));
            return ExitCodes.API;
        }
    }

    private int run(ShellSession session, PrintWriter out, PrintWriter err) {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (command != null) {
            return new Shell(session, ShellTerminal.width(ctx.env())).runOne(command, stdin, out, err);
        }
        if (System.console() == null) {
            return new Shell(session).runScript(stdin, out, err);
        }
        return ShellTerminal.interactive(new Shell(session), System.in, System.out, ctx.env());
    }

    private ShellSession session(OrgConnection connection, boolean onDemand) {
        Journal journal = new Journal(journalFile != null ? journalFile : CommandIo.defaultJournal(ctx));
        ShellSession.Modes modes = new ShellSession.Modes(readOnly(connection), main.global().dryRun, yes);
        String profile = connection.client().config().profile();
        return onDemand ? ShellSession.onDemand(connection.client(), journal, profile, modes, ctx.clock())
                : new ShellSession(connection.client(), journal, profile, modes, ctx.clock());
    }

    /** Starts in the workspace of {@code --workspace}, {@code LANGSMITH_WORKSPACE_ID} or the profile; it must exist. */
    private static void startIn(ShellSession session, Optional<WorkspaceChoice> asked) throws CommandFailure {
        if (asked.isPresent()) {
            session.loadWorkspaces();
            session.use(asked.get().in(session.index().workspaces()).orElseThrow(asked.get()::missing));
        }
    }

    /** {@code --read-only} or a read-only profile, unless {@code --write}: the client's config has decided it. */
    private static boolean readOnly(OrgConnection connection) {
        return connection.client().config().readOnly();
    }
}
