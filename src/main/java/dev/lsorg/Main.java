package dev.lsorg;

import dev.lsorg.cli.CliContext;
import dev.lsorg.cli.ExitCodes;
import dev.lsorg.cli.GlobalOptions;
import dev.lsorg.cli.ShellCommand;
import dev.lsorg.cli.WhoamiCommand;
import dev.lsorg.text.Sanitizer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * lsorg's entry point: parses the command line with picocli and runs the chosen command; with no subcommand it
 * opens the full-screen console.
 */
@Command(name = "lsorg", mixinStandardHelpOptions = true, versionProvider = dev.lsorg.cli.VersionText.class,
        description = "Administer a LangSmith organization from the terminal.",
        subcommands = {
                dev.lsorg.cli.EmulatorCommand.class,
                ShellCommand.class,
                dev.lsorg.cli.ApplyCommand.class,
                WhoamiCommand.class,
                dev.lsorg.cli.InfoCommand.class,
                dev.lsorg.cli.AuditCommand.class,
                dev.lsorg.cli.ActivityCommand.class,
                dev.lsorg.cli.SnapshotCommand.class,
                dev.lsorg.cli.DiffCommand.class,
                dev.lsorg.cli.CompleteCommand.class,
                dev.lsorg.cli.ServeCommand.class,
        })
public final class Main implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    private final CliContext ctx;

    /** The top command in {@code ctx}: the process's clock, environment and configuration. */
    public Main(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The global options as parsed (subcommands reach them through {@code @ParentCommand Main}). */
    public GlobalOptions global() {
        return global;
    }

    public static void main(String[] args) {
        dev.lsorg.trace.StartupTrace.mark("main");
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs lsorg in the real process's surroundings, returning the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CliContext.system());
    }

    /**
     * Runs lsorg with every command made in {@code ctx} (made once, here, at start-up: one clock, one environment,
     * one configuration for the whole run), so tests run any command on a pinned clock and their own config.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CliContext ctx) {
        dev.lsorg.trace.StartupTrace.mark("context made");
        CommandLine cl = new CommandLine(new Main(ctx), new dev.lsorg.cli.CommandFactory(ctx));
        dev.lsorg.trace.StartupTrace.mark("command model built");
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("lsorg: " + ex.getMessage()
                    + " (try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("lsorg: " + (ex.getMessage() == null ? ex.getClass().getSimpleName()
                    : Sanitizer.message(ex.getMessage())));
            return ExitCodes.API;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        return dev.lsorg.cli.ConsoleCommand.run(global, ctx);
    }
}
