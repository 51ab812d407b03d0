package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.Row;
import java.util.List;

/** One pane of the console: which columns it shows and how it turns the state into rows and detail lines. */
public interface Pane {
    /** Which pane this is. */
    PaneId id();

    /** The table's columns. */
    List<Column> columns();

    /** The rows, unfiltered and unsorted; pure. */
    List<Row> rows(AppState s);

    /** The data the rows are built from; rows are rebuilt only when one of these objects changes. */
    List<Object> inputs(AppState s);

    /**
     * Whether every change of {@link #inputs} is a newer version of the same data (a refresh: no input names what is
     * shown, such as a workspace or a scope), so that a large pane's rows may stay on screen while the newer ones are
     * made on the rows worker. False (the default): only a move of the clock keeps them.
     */
    default boolean refreshedInPlace() {
        return false;
    }

    /** Label and value lines for the detail view of {@code row}. */
    List<String[]> detail(Row row, AppState s);

    /** Extra words for the pane title (e.g. the workspace shown), or "". */
    default String subtitle(AppState s) {
        return "";
    }

    /** What the pane says while it has no rows. */
    default String emptyText(AppState s) {
        return "Nothing here.";
    }
}
