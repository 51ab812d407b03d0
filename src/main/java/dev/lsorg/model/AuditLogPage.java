package dev.lsorg.model;

import java.util.List;

/**
 * One page of {@code GET /api/v1/audit-logs} ({@code ListAuditLogsOCSFResponse}), newest first.
 *
 * @param cursor where the next (older) page starts, or null on the last page
 * @param items  the records of this page
 */
public record AuditLogPage(String cursor, List<ActivityRecord> items) {
    public AuditLogPage {
        items = List.copyOf(items);
    }
}
