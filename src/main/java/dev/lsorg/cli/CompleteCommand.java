package dev.lsorg.cli;

import dev.lsorg.config.ConfigException;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.ProfileFile;
import dev.lsorg.text.Sanitizer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lsorg __complete profiles} (hidden): the profile names of the user's config file, one per line, for the
 * shell completions to offer after {@code --profile} at the moment Tab is pressed. A missing or broken config file
 * gives no names and no message: completion must never print errors into the command line being typed.
 */
@Command(name = "__complete", hidden = true, description = "Words for shell completion (profiles).")
public final class CompleteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to list: profiles.")
    String what;

    private final CliContext ctx;

    /** The command in {@code ctx}, the process's surroundings (or a test's). */
    public CompleteCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (!"profiles".equals(what)) {
            spec.commandLine().getErr().println("lsorg: __complete knows only 'profiles'");
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            ProfileFile file = ProfileFile.read(ConfigLoader.defaultConfigFile(ctx.env()));
            // A name is printed only when it is a plain word: a hostile config must not put control bytes, or
            // words the shell would split, into the command line.
            file.profiles().keySet().stream().filter(n -> n.equals(Sanitizer.line(n)) && !n.matches(".*\\s.*"))
                    .sorted().forEach(out::println);
        } catch (ConfigException | RuntimeException e) {
            // no names: see the class comment
        }
        out.flush();
        return ExitCodes.OK;
    }
}
