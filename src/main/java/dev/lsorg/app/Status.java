package dev.lsorg.app;

import java.time.Instant;

/**
 * The status line's message.
 *
 * @param level   how it is coloured
 * @param text    the sentence
 * @param expires when it clears itself; null for errors, which stay until the next success
 */
public record Status(Level level, String text, Instant expires) {
    /** Message severity. */
    public enum Level { INFO, WARN, ERROR }

    /** No message. */
    public static final Status NONE = new Status(Level.INFO, "", null);

    /** An info line that clears after a few seconds. */
    public static Status info(String text, Instant now) {
        return new Status(Level.INFO, text, now.plusSeconds(4));
    }

    /** A warning that clears after a while. */
    public static Status warn(String text, Instant now) {
        return new Status(Level.WARN, text, now.plusSeconds(8));
    }

    /** An error that stays until the next success. */
    public static Status error(String text) {
        return new Status(Level.ERROR, text, null);
    }
}
