package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.MemberRows;
import dev.lsorg.app.rows.Row;
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
        // Roles too: custom roles are shown by the display name the roles list gives.
        return Arrays.asList(s.data().members(), s.data().roles(), Panes.minute(s));
    }

    // the org's whole list, whichever workspace is open: a change of the inputs is a refresh
    @Override
    public boolean refreshedInPlace() {
        return true;
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        return MemberRows.detail(row.source(), s.data(), Panes.minute(s));
    }
}
