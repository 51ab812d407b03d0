package dev.lsorg.app;

import java.time.Instant;

/**
 * One message of this session, as {@code :messages} lists it.
 *
 * @param at    when it was shown
 * @param level its severity
 * @param text  the sentence
 */
public record Message(Instant at, Status.Level level, String text) {
    /** {@code 12:03:04 WARN text}, in UTC. */
    public String line() {
        String t = at.toString();
        return (t.length() >= 19 ? t.substring(11, 19) : t) + "  " + String.format("%-5s", level) + " " + text;
    }
}
