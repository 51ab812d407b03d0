package dev.lsorg.cli;

import dev.lsorg.config.ConfigLoader;
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

    /** The real process: its environment, {@code System.console()} as the TTY test, UTC wall clock. */
    public static CliContext system() {
        boolean tty = System.console() != null;
        return new CliContext(System.getenv(), tty, tty, Clock.systemUTC(),
                new LiveOrgFetcher(ConfigLoader.system()));
    }

    /** True when colour may be used on stdout: a terminal, no {@code NO_COLOR} and no {@code --no-color}. */
    public boolean colorOnStdout(GlobalOptions global) {
        String noColor = env.get("NO_COLOR");
        return stdoutTty && (noColor == null || noColor.isEmpty()) && !global.noColor;
    }
}
