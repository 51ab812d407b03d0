package dev.lsorg.app.pane;

import dev.lsorg.text.Sanitizer;
import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Resource;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.Row;
import dev.lsorg.ui.render.Text;
import dev.lsorg.app.rows.WorkspaceMemberRows;
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
        return WorkspaceMemberRows.rows(members(s), s.data(), Panes.minute(s));
    }

    private static TenantMembers members(AppState s) {
        return s.workspace() == null ? null : s.data().workspaceMembers().get(s.workspace());
    }

    @Override
    public List<Object> inputs(AppState s) {
        // Roles too: custom roles are shown by the display name the roles list gives.
        return Arrays.asList(members(s), s.data().roles(), Panes.minute(s));
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        return WorkspaceMemberRows.detail(row.source(), s.data(), Panes.minute(s));
    }

    @Override
    public String subtitle(AppState s) {
        TenantForUser w = s.data().workspace(s.workspace());
        return w == null ? "no workspace" : "in " + Sanitizer.screen(w.displayName());
    }

    @Override
    public String emptyText(AppState s) {
        if (s.workspace() == null) {
            return "No workspace selected: press w to pick one.";
        }
        if (members(s) != null) {
            return "No members.";
        }
        // Just switched to a workspace whose list has not arrived: an empty list would claim it has no members.
        String error = s.load(Resource.WS_MEMBERS).error();
        return error == null ? "Loading this workspace's members..." : "Could not load its members: " + error;
    }
}
