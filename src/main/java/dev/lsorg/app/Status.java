package dev.lsorg.app;

import java.time.Instant;

/**
 * The status line's message.
 *
 * @param level   how it is coloured
 * @param text    the sentence
 * @param expires when it clears itself; null for one that stays
 * @param sticky  it stays until the user dismisses it or does something else on purpose: background messages (a
 *                refresh's retries and failures) never replace it, timers never clear it
 */
public record Status(Level level, String text, Instant expires, boolean sticky) {
    /** Message severity. */
    public enum Level { INFO, WARN, ERROR }

    /** No message. */
    public static final Status NONE = new Status(Level.INFO, "", null, false);

    /** A message that is not sticky. */
    public Status(Level level, String text, Instant expires) {
        this(level, text, expires, false);
    }

    /** A routine info line that clears after a few seconds. */
    public static Status info(String text, Instant now) {
        return new Status(Level.INFO, text, now.plusSeconds(4), false);
    }

    /** A warning: it stays until dismissed or superseded on purpose. */
    public static Status warn(String text, Instant now) {
        return new Status(Level.WARN, text, null, true);
    }

    /** An error: it stays until dismissed or superseded on purpose. */
    public static Status error(String text) {
        return new Status(Level.ERROR, text, null, true);
    }

    /** What a change came to (or a notice that must be read): it stays until dismissed or superseded. */
    public static Status result(Level level, String text) {
        return new Status(level, text, null, true);
    }

    /** A background load's failure: shown until the next success, never over a sticky message. */
    public static Status loadError(String text) {
        return new Status(Level.ERROR, text, null, false);
    }

    /** Whether there is a message. */
    public boolean present() {
        return !text.isEmpty();
    }
}
