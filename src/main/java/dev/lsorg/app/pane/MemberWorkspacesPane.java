package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.MemberWorkspaceRows;
import dev.lsorg.app.rows.Row;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.text.Sanitizer;
import java.util.Arrays;
import java.util.List;

/** Drill-down from Members: the workspaces one member is in, with their role in each; Enter opens one. */
public final class MemberWorkspacesPane implements Pane {
    @Override
    public PaneId id() {
        return PaneId.MEMBER_WORKSPACES;
    }

    @Override
    public List<Column> columns() {
        return MemberWorkspaceRows.COLUMNS;
    }

    @Override
    public List<Row> rows(AppState s) {
        return MemberWorkspaceRows.rows(s.data(), scope(s), Panes.minute(s));
    }

    private static String scope(AppState s) {
        return s.paneState(PaneId.MEMBER_WORKSPACES).scope();
    }

    @Override
    public List<Object> inputs(AppState s) {
        return Arrays.asList(s.data().members(), s.data().workspaces(), s.data().workspaceMembers(), s.data().roles(),
                scope(s), Panes.minute(s));
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        if (row.source() instanceof TenantForUser w) {
            return dev.lsorg.app.rows.WorkspaceRows.detail(w, s.data(), Panes.minute(s));
        }
        return List.<String[]>of(new String[] {"Workspace", row.cells()[0]});
    }

    @Override
    public String subtitle(AppState s) {
        OrgMemberIdentity m = MemberWorkspaceRows.member(s.data(), scope(s));
        return m == null ? "" : "of " + Sanitizer.screen(m.email());
    }

    @Override
    public String emptyText(AppState s) {
        return MemberWorkspaceRows.member(s.data(), scope(s)) == null ? "This member is no longer listed."
                : "In no workspace.";
    }
}
