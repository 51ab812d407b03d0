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
 * opens the full-screen console. This class is the top command alone (what the console's own options need);
 * {@link WithSubcommands} is the whole command line, and {@link #commandLine} picks between them.
 */
@Command(name = "lsorg", mixinStandardHelpOptions = true, versionProvider = dev.lsorg.cli.VersionText.class,
        description = "Administer a LangSmith organization from the terminal.")
public class Main implements Callable<Integer> {
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
        dev.lsorg.cli.ProcessDefaults.apply();
        CliContext ctx = CliContext.system();
        dev.lsorg.cli.EarlyDemo.begin(args, ctx.clock());
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), ctx));
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
        CommandLine cl = commandLine(args, ctx);
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

    /**
     * The command model for {@code args}. The console's own command line (options only, no help asked for) parses
     * without the subcommands, so the console starts without building their models (0.1-0.2 s of a cold start);
     * any other command line — a subcommand, a word picocli must answer for ("Did you mean ..."), a bad option,
     * {@code --help} — gets the whole model, so what it answers is exactly what it always was.
     */
    public static CommandLine commandLine(String[] args, CliContext ctx) {
        dev.lsorg.cli.CommandFactory factory = new dev.lsorg.cli.CommandFactory(ctx);
        CommandLine console = new CommandLine(new Main(ctx), factory);
        try {
            CommandLine.ParseResult parsed = console.parseArgs(args);
            if (!parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()) {
                return console; // execute() parses again, every option reset to its initial value first
            }
        } catch (CommandLine.ParameterException needsTheWholeModel) {
            // answered below, by the model that knows every subcommand
        }
        return new CommandLine(new WithSubcommands(ctx), factory);
    }

    @Override
    public Integer call() {
        return dev.lsorg.cli.ConsoleCommand.run(global, ctx);
    }

    /**
     * lsorg with its subcommands (in the order help lists them): the whole command line, which the build's man page
     * and completion generators read too. Its other attributes are {@link Main}'s (picocli merges a command's
     * annotations down its class hierarchy).
     */
    @Command(subcommands = {
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
    public static final class WithSubcommands extends Main {
        /** The same top command in {@code ctx}. */
        public WithSubcommands(CliContext ctx) {
            super(ctx);
        }
    }
}
