package dev.lsorg.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What to read from the org's audit log: a time window (both ends inclusive, both required by LangSmith), and
 * optionally only some operations ({@code AuditLogOperation} names) or one workspace.
 *
 * @param start      the window's start
 * @param end        the window's end
 * @param operations operation names to keep; empty keeps all
 * @param workspace  the workspace to keep, or null for all
 */
public record AuditLogQuery(Instant start, Instant end, List<String> operations, UUID workspace) {
    public AuditLogQuery {
        if (start == null || end == null) {
            throw new IllegalArgumentException("an audit-log query needs a start and an end");
        }
        operations = operations == null ? List.of() : List.copyOf(operations);
    }

    /** Everything between {@code start} and {@code end}. */
    public static AuditLogQuery between(Instant start, Instant end) {
        return new AuditLogQuery(start, end, List.of(), null);
    }
}
