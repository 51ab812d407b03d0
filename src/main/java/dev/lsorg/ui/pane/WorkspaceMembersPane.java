package dev.lsorg.ui.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.ui.render.Column;
import dev.lsorg.ui.render.Row;
import dev.lsorg.ui.render.Text;
import dev.lsorg.ui.render.WorkspaceMemberRows;
import java.util.Arrays;
import java.util.List;

/** Pane 3: members of the selected workspace ({@code w} or {@code :ws} switches). */
public final class WorkspaceMembersPane implements Pane {
    @Override
    public PaneId id() {
        return PaneId.WS_MEMBERS;
    }

    @Override
    public List<Column> columns() {
        return WorkspaceMemberRows.COLUMNS;
    }

    @Override
    public List<Row> rows(AppState s) {
        return WorkspaceMemberRows.rows(members(s), Panes.minute(s));
    }

    private static TenantMembers members(AppState s) {
        return s.workspace() == null ? null : s.data().memberships().get(s.workspace());
    }

    @Override
    public List<Object> inputs(AppState s) {
        return Arrays.asList(members(s), Panes.minute(s));
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        return WorkspaceMemberRows.detail(row.source(), s.now());
    }

    @Override
    public String subtitle(AppState s) {
        TenantForUser w = s.data().workspace(s.workspace());
        return w == null ? "no workspace" : "in " + Text.sanitize(w.displayName());
    }

    @Override
    public String emptyText(AppState s) {
        return s.workspace() == null ? "No workspace selected: press w to pick one." : "No members.";
    }
}
