package dev.lsorg.emulator;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * LangSmith's per-key rate limit: a fixed window of one minute (aligned to the minutes of the emulator's clock, so a
 * test moves through windows by advancing its clock) in which each API key may make a set number of requests. A
 * request over the limit is refused with the whole seconds left until its window ends, at least one.
 */
final class RateLimit {
    private static final long WINDOW_SECONDS = 60;

    /** One key's current window and the requests it has let through. */
    private static final class Window {
        final long index;
        int used;

        Window(long index) {
            this.index = index;
        }
    }

    private final Map<String, Window> windows = new HashMap<>();

    /**
     * Counts one request of {@code key} at {@code now} against {@code perMinute}; empty when it may go ahead, else
     * the seconds until the window ends ({@code Retry-After}). A refused request does not count.
     */
    synchronized OptionalLong admit(String key, int perMinute, Instant now) {
        long index = Math.floorDiv(now.getEpochSecond(), WINDOW_SECONDS);
        Window w = windows.get(key);
        if (w == null || w.index != index) {
            w = new Window(index);
            windows.put(key, w);
        }
        if (w.used < perMinute) {
            w.used++;
            return OptionalLong.empty();
        }
        long endMillis = (index + 1) * WINDOW_SECONDS * 1000;
        long leftMillis = endMillis - now.toEpochMilli();
        return OptionalLong.of(Math.max(1, (leftMillis + 999) / 1000));
    }
}
