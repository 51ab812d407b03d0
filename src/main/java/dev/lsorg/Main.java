package dev.lsorg;

import dev.lsorg.cli.ExitCodes;
import dev.lsorg.cli.GlobalOptions;
import dev.lsorg.cli.ShellCommand;
import dev.lsorg.cli.WhoamiCommand;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * lsorg's entry point: parses the command line with picocli and runs the chosen command; with no subcommand it
 * opens the full-screen console.
 */
@Command(name = "lsorg", mixinStandardHelpOptions = true, version = "lsorg 0.1.0",
        description = "Administer a LangSmith organization from the terminal.",
        subcommands = {
                dev.lsorg.cli.EmulatorCommand.class,
                ShellCommand.class,
                dev.lsorg.cli.ApplyCommand.class,
                WhoamiCommand.class,
                dev.lsorg.cli.InfoCommand.class,
        })
public final class Main implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    /** The global options as parsed (subcommands reach them through {@code @ParentCommand Main}). */
    public GlobalOptions global() {
        return global;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs lsorg with the given arguments and streams, returning the exit code (used by tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("lsorg: " + ex.getMessage()
                    + " (try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("lsorg: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return ExitCodes.API;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        return dev.lsorg.cli.ConsoleCommand.run(global);
    }
}
