package dev.lsorg.app;

import dev.lsorg.api.AuditLogQuery;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.model.ActivityRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Activity pane's data: the org's audit-log records of the filter's window, newest first, tailed by polling.
 * LangSmith's cursor pages backwards in time (to older records), so a poll cannot continue from it: after the first
 * whole-window read, each poll asks from a little before the last poll (records can be written a moment after their
 * time) and keeps each record once, by its id; within a poll the cursor is followed.
 *
 * @param filter      what the pane shows
 * @param records     the records, newest first, at most {@value #MAX_RECORDS}
 * @param polledAt    when the last poll for this filter asked up to (null: never read for this filter)
 * @param truncated   the window held more records than were read
 * @param unavailable why the log cannot be read here, or null
 * @param journal     this lsorg's journal entries of the window (to link its own changes)
 */
public record ActivityFeed(ActivityFilter filter, List<ActivityRecord> records, Instant polledAt, boolean truncated,
                           String unavailable, List<JournalEntry> journal) {
    /** Most records kept (and read per whole-window load). */
    public static final int MAX_RECORDS = 5_000;
    /** How far before the last poll the next one starts. */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    /** How far past now a poll asks, in case the server's clock is ahead. */
    static final Duration SLACK = Duration.ofMinutes(1);

    /** Nothing read yet, the default filter. */
    public static ActivityFeed initial() {
        return new ActivityFeed(ActivityFilter.DEFAULT, List.of(), null, false, null, List.of());
    }

    /** Whether an answer for the current filter has arrived (records or "unavailable"). */
    public boolean loaded() {
        return polledAt != null || unavailable != null;
    }

    /** The next poll at {@code now}: the whole window first, then what is new. */
    public AuditLogQuery next(Instant now) {
        Instant windowStart = now.minus(filter.window());
        Instant from = polledAt == null ? windowStart : later(windowStart, polledAt.minus(OVERLAP));
        return new AuditLogQuery(from, now.plus(SLACK), filter.operations(), filter.workspace());
    }

    /** Whether the next poll reads the whole window. */
    public boolean wholeNext() {
        return polledAt == null;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** With {@code page} applied at {@code now}: replaced or merged, trimmed to the window, newest first. */
    public ActivityFeed merged(ActivityPage page, Instant now) {
        if (page.unavailable() != null) {
            return new ActivityFeed(filter, List.of(), null, false, page.unavailable(), page.journal());
        }
        Map<Object, ActivityRecord> byId = new LinkedHashMap<>();
        page.log().records().forEach(r -> byId.putIfAbsent(key(r), r));
        if (!page.whole()) {
            records.forEach(r -> byId.putIfAbsent(key(r), r));
        }
        Instant windowStart = now.minus(filter.window());
        List<ActivityRecord> kept = byId.values().stream().filter(r -> !r.time().isBefore(windowStart))
                .sorted(Comparator.comparing(ActivityRecord::time).reversed()).limit(MAX_RECORDS).toList();
        boolean cut = (page.whole() ? page.log().truncated() : truncated) || byId.size() > MAX_RECORDS;
        Instant polled = page.query().end().minus(SLACK);
        return new ActivityFeed(filter, kept, polled, cut, null, page.journal());
    }

    private static Object key(ActivityRecord r) {
        return r.uid() != null ? r.uid() : r.raw().toString();
    }

    /**
     * With {@code next} as the filter: records that still fit are kept when the server is asked the same and the
     * window did not grow (a narrower view shows at once); otherwise everything is read again.
     */
    public ActivityFeed refiltered(ActivityFilter next, Instant now) {
        boolean keep = loaded() && unavailable == null && filter.sameServerQuery(next)
                && next.window().compareTo(filter.window()) <= 0;
        if (!keep) {
            return new ActivityFeed(next, List.of(), null, false, null, journal);
        }
        Instant start = now.minus(next.window());
        return new ActivityFeed(next, records.stream().filter(r -> !r.time().isBefore(start)).toList(), polledAt,
                truncated, null, journal);
    }

    /** The ids of {@code page}'s records this feed does not have yet (highlighted as new). */
    Set<String> newIn(ActivityPage page) {
        if (!loaded() || page.log() == null || page.whole()) {
            return Set.of();
        }
        Set<Object> have = records.stream().map(ActivityFeed::key).collect(Collectors.toSet());
        List<String> fresh = new ArrayList<>();
        page.log().records().stream().filter(r -> !have.contains(key(r)))
                .forEach(r -> fresh.add(String.valueOf(key(r))));
        return Set.copyOf(fresh);
    }
}
