package dev.lsorg.app;

import dev.lsorg.api.AuditLogQuery;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.model.ActivityLog;
import java.util.List;

/**
 * One answer to the Activity pane's poll: the records of {@code query} (the whole window, or only what is new since
 * the last poll), or why the org's log cannot be read here, with the journal's entries of the same time so that
 * changes made by this lsorg can be linked to their journal lines.
 *
 * @param query       what was asked
 * @param whole       the whole window was read (the records replace the pane's); else they are added to them
 * @param log         the records read, or null when unavailable
 * @param unavailable why the log cannot be read (the key, the plan, the server), or null
 * @param journal     this lsorg's journal entries from the query's start on (empty without a journal)
 */
public record ActivityPage(AuditLogQuery query, boolean whole, ActivityLog log, String unavailable,
                           List<JournalEntry> journal) {
    public ActivityPage {
        journal = journal == null ? List.of() : List.copyOf(journal);
    }

    /** The log cannot be read, for {@code reason}. */
    public static ActivityPage unavailable(AuditLogQuery query, String reason) {
        return new ActivityPage(query, true, null, reason, List.of());
    }
}
