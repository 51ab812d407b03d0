package dev.lsorg.app.pane;

import dev.lsorg.app.ActivityFeed;
import dev.lsorg.app.ActivityFilter;
import dev.lsorg.app.ActivitySpan;
import dev.lsorg.app.AppState;
import dev.lsorg.app.JournalLinks;
import dev.lsorg.app.PaneId;
import dev.lsorg.audit.ActivityNames;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.app.rows.ActivityRows;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.Row;
import dev.lsorg.model.OrgData;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Pane 9: the org's audit log, tailed (each refresh adds what is new), newest first; {@code :activity} sets the
 * window, operation, workspace and actor. Names come from what the other panes loaded; Enter goes to the object
 * when it is still listed, and the detail links a change of this lsorg to its journal lines.
 */
public final class ActivityPane implements Pane {
    // GUI thread only: the names made for the last org data seen, rebuilt when it changes (every load makes new data).
    private OrgData namedFrom;
    private ActivityNames names = ActivityNames.of(null);

    @Override
    public PaneId id() {
        return PaneId.ACTIVITY;
    }

    @Override
    public List<Column> columns() {
        return ActivityRows.COLUMNS;
    }

    @Override
    public List<Row> rows(AppState s) {
        ActivityFeed feed = s.activity();
        return ActivityRows.rows(feed.records(), names(s), feed.filter().actor(), feed.journal());
    }

    @Override
    public List<Object> inputs(AppState s) {
        return Arrays.asList(s.activity(), s.data());
    }

    /** The names for the ids of the log, from the lists loaded so far. */
    public ActivityNames names(AppState s) {
        OrgData d = s.data();
        if (d != namedFrom) {
            namedFrom = d;
            names = ActivityNames.of(d);
        }
        return names;
    }

    /** Where Enter on {@code r} goes, when one of its objects is still listed. */
    public Optional<FindingJump> jump(ActivityRecord r, AppState s) {
        return ActivityJump.of(r, names(s), s.data());
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        ActivityRecord r = (ActivityRecord) row.source();
        return ActivityRows.detail(r, names(s), JournalLinks.of(r, s.activity().journal()),
                ActivityJump.describe(jump(r, s)), s.now());
    }

    @Override
    public String subtitle(AppState s) {
        ActivityFeed feed = s.activity();
        ActivityFilter f = feed.filter();
        String ws = f.workspace() == null ? "" : names(s).workspace(f.workspace());
        return f.describe(ws) + (feed.truncated() ? ", the newest " + feed.records().size() : "")
                + (f.narrowed() ? "  (:activity clear)" : "  (:activity since|op|ws|actor)");
    }

    @Override
    public String emptyText(AppState s) {
        ActivityFeed feed = s.activity();
        if (feed.unavailable() != null) {
            return "No audit log here: " + feed.unavailable() + ".";
        }
        if (!feed.loaded()) {
            return "Reading the org's audit log...";
        }
        String window = ActivitySpan.format(feed.filter().window());
        if (!feed.records().isEmpty()) {
            return "No change matches the filter.";
        }
        boolean narrowed = feed.filter().operation() != null || feed.filter().workspace() != null;
        return "No " + (narrowed ? "matching " : "") + "changes in the last " + window + ".";
    }
}
