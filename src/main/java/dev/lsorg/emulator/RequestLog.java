package dev.lsorg.emulator;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The emulator's record of the {@code /api/} requests it answered, so tests can assert what a client sent (and
 * that it never sent some calls); secrets never enter it: {@code X-API-Key} is kept in its short form only.
 * It keeps the last {@value #CAPACITY} entries so long benchmarks do not grow it without bound.
 */
public final class RequestLog {
    /** How many entries are kept; older ones are dropped first. */
    public static final int CAPACITY = 20_000;

    private final Deque<Entry> entries = new ArrayDeque<>();

    /**
     * One answered request.
     *
     * @param time    when the answer ended
     * @param method  HTTP method
     * @param path    path without the query
     * @param query   raw query string, or null
     * @param headers request headers, lower-case names, {@code x-api-key} masked to its short form
     * @param body    the request body as sent (JSON {@code password} values masked), or null when empty
     * @param status  the status sent (for a dropped connection: the status that was being sent)
     * @param fault   the injected fault, or null: {@code latency}, {@code error}, {@code rate_limit},
     *                {@code drop}, {@code malformed}
     * @param delayMs the injected delay (latency plus jitter) held before answering, 0 for none
     * @param retryAfter the {@code Retry-After} seconds sent (with a 429), or null
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Entry(Instant time, String method, String path, String query, Map<String, String> headers,
                        String body, int status, String fault, long delayMs, Long retryAfter) {
    }

    synchronized void add(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
        notifyAll();
    }

    /**
     * Waits until at least {@code n} logged entries match {@code which} and returns the matching ones. The log is
     * written when an answer ends, which can be just after a client saw it (or saw the connection drop), so a test
     * that counts requests waits here instead of sleeping. Woken by each new entry; fails after {@code limit}.
     */
    public synchronized List<Entry> await(java.util.function.Predicate<Entry> which, int n, java.time.Duration limit)
            throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        List<Entry> found = matching(which);
        while (found.size() < n) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("the emulator logged " + found.size() + " matching requests, not "
                        + n + ", within " + limit.toMillis() + " ms");
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
            found = matching(which);
        }
        return found;
    }

    private List<Entry> matching(java.util.function.Predicate<Entry> which) {
        return entries.stream().filter(which).toList();
    }

    /** A copy of the entries, oldest first. */
    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        entries.clear();
    }
}
