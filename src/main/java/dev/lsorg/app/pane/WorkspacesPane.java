package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.WorkspaceRows;
import java.util.Arrays;
import java.util.List;

/** Pane 1: the org's workspaces; {@code d} shows deleted ones too. */
public final class WorkspacesPane implements Pane {
    @Override
    public PaneId id() {
        return PaneId.WORKSPACES;
    }

    @Override
    public List<Column> columns() {
        return WorkspaceRows.COLUMNS;
    }

    @Override
    public List<Row> rows(AppState s) {
        return WorkspaceRows.rows(s.data(), s.paneState(id()).showDeleted(), Panes.minute(s));
    }

    @Override
    public List<Object> inputs(AppState s) {
        return Arrays.asList(s.data().workspaces(), s.data().members(), s.data().workspaceMembers(),
                s.data().serviceKeys(), s.paneState(id()).showDeleted(), Panes.minute(s));
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        return WorkspaceRows.detail((TenantForUser) row.source(), s.data(), Panes.minute(s));
    }

    @Override
    public String subtitle(AppState s) {
        return s.paneState(id()).showDeleted() ? "incl. deleted" : "";
    }
}
