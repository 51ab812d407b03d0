package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Refreshes;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.RequestRows;
import dev.lsorg.app.rows.Row;
import java.util.Arrays;
import java.util.List;

/** Pane 7: the loads in flight, then every REST call this run made, newest first. */
public final class RequestsPane implements Pane {
    @Override
    public PaneId id() {
        return PaneId.REQUESTS;
    }

    @Override
    public List<Column> columns() {
        return RequestRows.COLUMNS;
    }

    @Override
    public List<Row> rows(AppState s) {
        return RequestRows.rows(s.requests(), s.loads(), s.data(), s.now());
    }

    // The loads map and the tick: a load in flight shows how long it has taken, second by second.
    @Override
    public List<Object> inputs(AppState s) {
        return Arrays.asList(s.requests(), s.loads(), s.data().workspaces(), s.anyLoading() ? s.now() : null);
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        return RequestRows.detail(row.source(), s.data());
    }

    /** How many requests the latest refresh sent (so far, while it runs). */
    @Override
    public String subtitle(AppState s) {
        Refreshes r = s.refreshes();
        if (r.kind() == null) {
            return "";
        }
        return r.running() ? "· refresh (" + r.kind() + "): " + r.requests() + " requests so far"
                : "· last refresh (" + r.kind() + "): " + r.requests() + " requests";
    }

    @Override
    public String emptyText(AppState s) {
        return "No requests yet.";
    }
}
