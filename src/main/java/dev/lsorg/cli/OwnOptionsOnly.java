package dev.lsorg.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A picocli model transformer for a command the global options mean nothing to ({@code lsorg emulator} serves an
 * org rather than reading one): it drops the options the command inherits from {@code lsorg}, so that its help
 * lists, and its command line accepts, only its own. Picocli applies it once the whole command tree is built, so
 * the help, the man pages and the shell completions all see the same options.
 */
public final class OwnOptionsOnly implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
        for (ArgSpec arg : List.copyOf(spec.args())) {
            if (arg.inherited()) {
                spec.remove(arg);
            }
        }
        return spec;
    }
}
