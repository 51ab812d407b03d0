package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.model.Role;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.RoleRows;
import dev.lsorg.app.rows.Row;
import java.util.Arrays;
import java.util.List;

/** Pane 5: org and workspace roles; the detail view lists their permissions. */
public final class RolesPane implements Pane {
    @Override
    public PaneId id() {
        return PaneId.ROLES;
    }

    @Override
    public List<Column> columns() {
        return RoleRows.COLUMNS;
    }

    @Override
    public List<Row> rows(AppState s) {
        return RoleRows.rows(s.data().roles());
    }

    @Override
    public List<Object> inputs(AppState s) {
        return Arrays.asList(s.data().roles());
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        return RoleRows.detail((Role) row.source());
    }
}
