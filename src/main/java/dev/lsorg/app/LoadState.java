package dev.lsorg.app;

import java.time.Instant;
import java.util.Set;

/**
 * The loading state of one {@link Resource}.
 *
 * @param seq        sequence number of the newest request sent; an answer with another number is stale
 * @param loading    a request is in flight (a second refresh is dropped meanwhile)
 * @param loadedAt   when the last good answer arrived, or null
 * @param error      the last failure's sentence, cleared by the next success
 * @param changedIds ids of rows whose record changed in the last refresh (briefly highlighted)
 * @param changedAt  when {@code changedIds} was set
 * @param startedAt  when the newest request was sent (how long one in flight has taken), or null
 */
public record LoadState(long seq, boolean loading, Instant loadedAt, String error, Set<String> changedIds,
                        Instant changedAt, Instant startedAt) {
    /** Never loaded. */
    public static final LoadState IDLE = new LoadState(0, false, null, null, Set.of(), null, null);

    /** A state without a known start. */
    public LoadState(long seq, boolean loading, Instant loadedAt, String error, Set<String> changedIds,
                     Instant changedAt) {
        this(seq, loading, loadedAt, error, changedIds, changedAt, null);
    }

    /** A new request with sequence number {@code next} is in flight since {@code at}. */
    public LoadState started(long next, Instant at) {
        return new LoadState(next, true, loadedAt, error, changedIds, changedAt, at);
    }

    /** The request succeeded at {@code at}; {@code changed} are the ids that differ from before. */
    public LoadState succeeded(Instant at, Set<String> changed) {
        return new LoadState(seq, false, at, null, changed, changed.isEmpty() ? changedAt : at, startedAt);
    }

    /** The request failed with {@code message}; the last data stays. */
    public LoadState failed(String message) {
        return new LoadState(seq, false, loadedAt, message, changedIds, changedAt, startedAt);
    }

    /** Any request in flight is forgotten (its answer will be stale): {@code seq} is a number no request has. */
    public LoadState abandoned(long seq) {
        return new LoadState(seq, false, loadedAt, null, Set.of(), null);
    }

    /** The change highlight has faded. */
    public LoadState faded() {
        return new LoadState(seq, loading, loadedAt, error, Set.of(), null, startedAt);
    }
}
