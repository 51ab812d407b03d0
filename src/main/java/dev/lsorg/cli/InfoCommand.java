package dev.lsorg.cli;

import dev.lsorg.Main;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.ui.ConsolePaths;
import dev.lsorg.ui.SettingsResolver;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lsorg info}: where lsorg reads its configuration and writes its log, journal and histories (the console's
 * {@code :} lines and the shell's).
 */
@Command(name = "info", description = "Show the config, theme, keymap, log, journal and history paths.")
public final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    private final CliContext ctx;


    /** The command in {@code ctx}, the process's surroundings (or a test's). */
    public InfoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        print(spec.commandLine().getOut(), ctx.env(), main.global().theme, main.global().noColor);
        return ExitCodes.OK;
    }

    /** Prints the paths for {@code env}; a path that does not exist yet is marked. */
    static void print(PrintWriter out, Map<String, String> env, String themeFlag, boolean noColor) {
        ConsolePaths p = ConsolePaths.of(env);
        line(out, "config", ConfigLoader.defaultConfigFile(env));
        out.printf("%-9s %s%n", "theme", SettingsResolver.themeName(themeFlag, noColor, env)
                + " (bundled: dark, light, high-contrast, mono; yours in " + p.themesDir() + ")");
        line(out, "keymap", p.keymap());
        line(out, "log", p.log());
        line(out, "journal", p.journal());
        line(out, "history", p.history());
        line(out, "shell", dev.lsorg.app.mutation.StatePaths.shellHistory(env));
        out.flush();
    }

    private static void line(PrintWriter out, String what, Path path) {
        out.printf("%-9s %s%s%n", what, path, Files.exists(path) ? "" : "  (not created yet)");
    }
}
