package dev.lsorg.ui.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.ui.render.Column;
import dev.lsorg.ui.render.MemberRows;
import dev.lsorg.ui.render.Row;
import java.util.Arrays;
import java.util.List;

/** Pane 2: org members and pending invites together. */
public final class MembersPane implements Pane {
    @Override
    public PaneId id() {
        return PaneId.MEMBERS;
    }

    @Override
    public List<Column> columns() {
        return MemberRows.COLUMNS;
    }

    @Override
    public List<Row> rows(AppState s) {
        return MemberRows.rows(s.data(), Panes.minute(s));
    }

    @Override
    public List<Object> inputs(AppState s) {
        return Arrays.asList(s.data().members(), Panes.minute(s));
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        return MemberRows.detail(row.source(), s.data(), s.now());
    }
}
