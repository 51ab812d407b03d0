package dev.lsorg.app.pane;

import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowSort;
import dev.lsorg.app.rows.SearchIndex;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The orders of one set of a pane's rows asked for so far, by column and direction, so that a keystroke on 50,000
 * rows never sorts them again: each column is sorted once, both ways ({@link RowSort}). Changed on one thread at a
 * time (made on a worker, then handed to the GUI thread); a worker sorting ahead reads which orders it has.
 */
final class ColumnOrders {
    private final List<Row> rows;
    private final Map<Integer, RowSort.Orders> sorted = new ConcurrentHashMap<>();
    // The rows' search index (one for every order), once a worker has made it.
    private volatile SearchIndex index;
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

    /**
     * Orders for {@code rows}, made again from the same data (a minute moved the ages shown, or a refresh brought
     * data that may be the same): each of {@code known} (the orders of the rows they replace) whose column's keys
     * did not move, and {@code index} if no row's search text changed; the rest are sorted or made when asked for.
     */
    static ColumnOrders carried(List<Row> rows, Map<Integer, RowSort.Orders> known, SearchIndex index) {
        ColumnOrders orders = new ColumnOrders(rows);
        known.forEach((column, both) -> {
            RowSort.Orders same = both.carriedTo(rows, column);
            if (same != null) {
                orders.sorted.put(column, same);
            }
        });
        orders.index = index == null ? null : index.carriedTo(rows);
        return orders;
    }

    /** The orders made so far, by column (GUI thread: what a remake on a worker may carry over). */
    Map<Integer, RowSort.Orders> known() {
        return Map.copyOf(sorted);
    }

    /** Whether {@code column} is sorted already. */
    boolean has(int column) {
        return sorted.containsKey(column);
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
