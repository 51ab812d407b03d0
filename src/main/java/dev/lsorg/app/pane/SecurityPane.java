package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.SecurityRows;
import java.util.Arrays;
import java.util.List;

/** Pane 6: sharing and access settings, and plan limits against current use. */
public final class SecurityPane implements Pane {
    @Override
    public PaneId id() {
        return PaneId.SECURITY;
    }

    @Override
    public List<Column> columns() {
        return SecurityRows.COLUMNS;
    }

    @Override
    public List<Row> rows(AppState s) {
        return SecurityRows.rows(s.data());
    }

    @Override
    public List<Object> inputs(AppState s) {
        return Arrays.asList(s.data().info(), s.data().members(), s.data().workspaces());
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        String[] cells = row.cells();
        return List.of(new String[] {"Setting", cells[0]}, new String[] {"Value", cells[1]},
                new String[] {"Note", cells[2].isEmpty() ? "-" : cells[2]});
    }
}
