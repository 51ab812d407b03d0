package dev.lsorg.cli;

import dev.lsorg.config.ConfigLoader;
import java.io.Console;
import java.time.Clock;
import java.util.Map;

/**
 * What a command needs from its surroundings besides its options: the environment (for {@code NO_COLOR}), whether
 * stdout and stderr are terminals, the clock, and where the org comes from. Commands take it in their constructor
 * so tests can run them on a fixed clock, a fake terminal and a test org.
 *
 * @param env        environment variables
 * @param stdoutTty  stdout is an interactive terminal
 * @param stderrTty  stderr is an interactive terminal
 * @param clock      the clock audits are taken at
 * @param orgs       loads the org
 */
public record CliContext(Map<String, String> env, boolean stdoutTty, boolean stderrTty, Clock clock,
                         OrgFetcher orgs) {

    /** The real process: its environment, the console as the TTY test, UTC wall clock. */
    public static CliContext system() {
        boolean tty = interactive();
        return new CliContext(System.getenv(), tty, tty, Clock.systemUTC(),
                new LiveOrgFetcher(ConfigLoader.system()));
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
