package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.RoleHolderRows;
import dev.lsorg.app.rows.RoleLabels;
import dev.lsorg.app.rows.Row;
import dev.lsorg.model.Role;
import dev.lsorg.text.Sanitizer;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Drill-down from Roles: who holds one role (members, invites, workspace members, keys); Enter opens one. */
public final class RoleHoldersPane implements Pane {
    @Override
    public PaneId id() {
        return PaneId.ROLE_HOLDERS;
    }

    @Override
    public List<Column> columns() {
        return RoleHolderRows.COLUMNS;
    }

    @Override
    public List<Row> rows(AppState s) {
        return RoleHolderRows.rows(s.data(), scope(s));
    }

    private static String scope(AppState s) {
        return s.paneState(PaneId.ROLE_HOLDERS).scope();
    }

    @Override
    public List<Object> inputs(AppState s) {
        return Arrays.asList(s.data().members(), s.data().workspaceMembers(), s.data().serviceKeys(),
                s.data().roles(), scope(s));
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        String[] c = row.cells();
        return List.of(new String[] {"Kind", c[0]}, new String[] {"Who", c[1]}, new String[] {"Where", c[2]},
                new String[] {"Name", c[3].isEmpty() ? "-" : c[3]});
    }

    /** The role the view is about, or null. */
    public static Role role(AppState s) {
        try {
            String id = scope(s);
            return id == null ? null : s.data().role(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String subtitle(AppState s) {
        Role r = role(s);
        return r == null ? "" : "of " + Sanitizer.screen(RoleLabels.of(r));
    }

    @Override
    public String emptyText(AppState s) {
        return role(s) == null ? "This role is no longer listed." : "Nobody holds this role.";
    }
}
