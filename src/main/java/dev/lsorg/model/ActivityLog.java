package dev.lsorg.model;

import java.time.Instant;
import java.util.List;

/**
 * The org's audit-log records of one time window, newest first, as lsorg read them page by page.
 *
 * @param start     the window's start (inclusive)
 * @param end       the window's end (inclusive)
 * @param records   the records, newest first
 * @param truncated true when reading stopped at a record limit before the window's oldest record
 */
public record ActivityLog(Instant start, Instant end, List<ActivityRecord> records, boolean truncated) {
    public ActivityLog {
        records = List.copyOf(records);
    }
}
