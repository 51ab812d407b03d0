package dev.lsorg.app;

import java.time.Duration;
import java.time.Instant;

/**
 * When the whole org reloads and what the latest refresh cost. The auto-refresh reloads only what the pane on screen
 * shows (and the header's org and workspace), so it stays cheap on a 1,000-workspace org; every workspace's members
 * and keys reload at start, on {@code R} and every {@link #wholeEvery}. The Requests pane's title shows
 * {@link #requests} of the latest refresh.
 *
 * @param wholeEvery how often the whole org reloads on its own
 * @param nextWhole  when it does next
 * @param kind       what the latest refresh reloaded, e.g. "whole org" or "auto: Members"; null before the first
 * @param requests   requests sent from its start until its last load came in
 * @param running    whether any of its loads is still in flight
 */
public record Refreshes(Duration wholeEvery, Instant nextWhole, String kind, int requests, boolean running) {
    /** The whole-org interval when none is configured. */
    public static final Duration DEFAULT_WHOLE = Duration.ofMinutes(10);

    /** Nothing refreshed yet; the whole org loads at {@code now}. */
    static Refreshes initial(Duration wholeEvery, Instant now) {
        return new Refreshes(wholeEvery, now, null, 0, false);
    }

    /** Whether the whole org is due at {@code now}. */
    boolean wholeDue(Instant now) {
        return !now.isBefore(nextWhole);
    }

    /** A refresh of {@code what} started at {@code now}; a whole-org one moves the next one on. */
    Refreshes started(String what, boolean whole, Instant now) {
        return new Refreshes(wholeEvery, whole ? now.plus(wholeEvery) : nextWhole, what, 0, true);
    }

    /** One more request sent, counted while the refresh runs. */
    Refreshes sent() {
        return running ? new Refreshes(wholeEvery, nextWhole, kind, requests + 1, true) : this;
    }

    /** The refresh's last load came in. */
    Refreshes finished() {
        return running ? new Refreshes(wholeEvery, nextWhole, kind, requests, false) : this;
    }
}
