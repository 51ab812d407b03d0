package dev.lsorg.cli;

import dev.lsorg.config.ConfigLoader;
import java.io.Console;
import java.time.Clock;
import java.util.Map;

/**
 * What a command needs from its surroundings besides its options: the environment, whether stdout and stderr are
 * terminals, the one clock of the process, the configuration and where the org comes from. It is made once at
 * start-up ({@link #system()}) and handed to every command, so tests run any command on a pinned clock, their own
 * environment and config file, and a test org.
 *
 * @param env        environment variables
 * @param stdoutTty  stdout is an interactive terminal
 * @param stderrTty  stderr is an interactive terminal
 * @param clock      the process's only source of "now": audits, ages, the journal, the console, the demo emulator
 * @param config     resolves profiles, flags and the environment into a client configuration
 * @param orgs       loads the org
 */
public record CliContext(Map<String, String> env, boolean stdoutTty, boolean stderrTty, Clock clock,
                         ConfigLoader config, OrgFetcher orgs) {

    /** The real process: its environment, the console as the TTY test, the UTC wall clock, the XDG config file. */
    public static CliContext system() {
        boolean tty = interactive();
        return live(System.getenv(), tty, Clock.systemUTC(), ConfigLoader.system());
    }

    /** A context whose org is loaded through the API client as {@code config} resolves it. */
    public static CliContext live(Map<String, String> env, boolean tty, Clock clock, ConfigLoader config) {
        return new CliContext(env, tty, tty, clock, config, new LiveOrgFetcher(config, clock));
    }

    /**
     * Whether the process talks to a terminal. Java 17 has no console when stdin or stdout is redirected; Java 22
     * and later always have one and say through {@code Console.isTerminal()}, which we call when it exists.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** True when colour may be used on stdout: a terminal, no {@code NO_COLOR} and no {@code --no-color}. */
    public boolean colorOnStdout(GlobalOptions global) {
        String noColor = env.get("NO_COLOR");
        return stdoutTty && (noColor == null || noColor.isEmpty()) && !global.noColor;
    }
}
