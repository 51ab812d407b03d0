package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.pane.Panes;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowView;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rows a pane shows (filtered and sorted, from {@link Panes}), which is selected, and which a change acts on. */
final class Selection {
    private final Panes panes;

    Selection(Panes panes) {
        this.panes = panes;
    }

    /** The rows {@code pane} shows now. */
    RowView view(AppState s, PaneId pane) {
        return panes.view(s, pane);
    }

    /** The selected row of the pane on screen, or empty when it has none. */
    Optional<Row> selected(AppState s) {
        RowView view = view(s, s.pane());
        return Optional.ofNullable(view.size() == 0 ? null : view.at(index(s, s.pane(), view)));
    }

    /** The marked rows still shown, else the selected row. */
    List<Row> targets(AppState s) {
        RowView view = view(s, s.pane());
        Set<String> marked = s.changes().marked(s.pane());
        List<Row> rows = view.rows().stream().filter(r -> marked.contains(r.id())).toList();
        return rows.isEmpty() ? selected(s).map(List::of).orElse(List.of()) : rows;
    }

    /** Moves the selection by {@code delta} rows, clamped to the view. */
    void move(AppState s, long delta, Out out) {
        RowView view = view(s, s.pane());
        if (view.size() == 0) {
            return;
        }
        int cur = index(s, s.pane(), view);
        long target = Math.max(0, Math.min((long) view.size() - 1, cur + delta));
        out.add(new Action.RowSelected(s.pane(), view.at((int) target).id()));
    }

    /** The index of the selected row in {@code view}: the row with the selected id, else the first row. */
    static int index(AppState s, PaneId id, RowView view) {
        int i = view.indexOf(s.paneState(id).selectedId());
        return i < 0 ? 0 : i;
    }
}
