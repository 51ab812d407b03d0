package dev.lsorg.app.pane;

import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowSort;
import dev.lsorg.app.rows.SearchIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders of one set of a pane's rows asked for so far, by column and direction, so that a keystroke on 50,000
 * rows never sorts them again: each column is sorted once, both ways ({@link RowSort}). Used on one thread at a time
 * (made on a worker, then handed to the GUI thread).
 */
final class ColumnOrders {
    private final List<Row> rows;
    private final Map<Integer, RowSort.Orders> sorted = new HashMap<>();
    // The rows' search index (one for every order), once a worker has made it.
    private SearchIndex index;
    // Set on the GUI thread once these rows are no longer shown: a worker still sorting them ahead stops.
    private volatile boolean replaced;

    ColumnOrders(List<Row> rows) {
        this.rows = rows;
    }

    /** {@code rows} with {@code column} sorted both ways (none for a negative column): what a worker prepares. */
    static ColumnOrders sorted(List<Row> rows, int column) {
        ColumnOrders orders = new ColumnOrders(rows);
        if (column >= 0) {
            orders.get(column, true);
        }
        return orders;
    }

    /** Marks these rows as no longer shown. */
    void replace() {
        replaced = true;
    }

    /** Whether newer rows are shown instead of these. */
    boolean replaced() {
        return replaced;
    }

    /** The rows these orders are of. */
    List<Row> rows() {
        return rows;
    }

    /** Takes the orders {@code other} (of the same rows) has and this one has not yet. */
    void offer(ColumnOrders other) {
        if (other.rows != rows) {
            return;
        }
        other.sorted.forEach(sorted::putIfAbsent);
    }

    /**
     * The search index of these rows if a worker has made it, else null: making one for 50,000 rows is a keystroke's
     * time, so the GUI thread never makes it.
     */
    SearchIndex index() {
        return index;
    }

    /** Takes {@code index}, made on a worker for these rows. */
    void offerIndex(SearchIndex index) {
        if (index.rows() == rows) {
            this.index = index;
        }
    }

    /** The rows in the order of {@code column} ({@code desc}: descending); a negative column keeps the given order. */
    List<Row> get(int column, boolean desc) {
        if (column < 0) {
            return rows;
        }
        RowSort.Orders both = sorted.computeIfAbsent(column, k -> RowSort.of(rows, k));
        return desc ? both.descending() : both.ascending();
    }
}
