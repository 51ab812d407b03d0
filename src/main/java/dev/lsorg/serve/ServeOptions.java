package dev.lsorg.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * How {@code lsorg serve} runs: where it listens, its key files, its limits, and the console settings every
 * session shares.
 *
 * @param listen         the address to bind (127.0.0.1 unless told)
 * @param port           the port (0: any free port, for tests)
 * @param authorizedKeys the authorized-keys file
 * @param hostKey        the host key file (made on first start)
 * @param maxSessions    the most consoles open at once
 * @param idleTimeout    a console with no key pressed for this long ends (warned a minute before)
 * @param exportDir      the folder under which each person's exports go ({@code DIR/PERSON/}), or null: exports off
 * @param theme          the theme name every session starts with (null: the default)
 * @param ascii          ASCII glyphs
 * @param hostEnv        the server's environment (refresh interval)
 * @param watchEvery     how often the authorized-keys file is checked for changes
 * @param shareWindow    an answer this young is handed to another session's identical read without asking again
 * @param journal        the journal every session's changes are recorded in
 * @param clock          the process's clock: idle time, rate limits, the journal, the consoles
 */
public record ServeOptions(String listen, int port, Path authorizedKeys, Path hostKey, int maxSessions,
                           Duration idleTimeout, Path exportDir, String theme, boolean ascii,
                           Map<String, String> hostEnv, Duration watchEvery, Duration shareWindow, Path journal,
                           Clock clock) {
    /** The warning before an idle session ends comes this long before. */
    public static final Duration IDLE_WARNING = Duration.ofMinutes(1);
}
