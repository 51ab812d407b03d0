package dev.lsorg.app.pane;

import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders of one set of a pane's rows asked for so far, by column and direction, so that a keystroke on 50,000
 * rows never sorts them again: each column's ascending order is sorted once, and its descending order is derived
 * from it in one pass. Used on one thread at a time (made on a worker, then handed to the GUI thread).
 */
final class ColumnOrders {
    private final List<Row> rows;
    private final Map<Integer, List<Row>> ascending = new HashMap<>();
    private final Map<Integer, List<Row>> descending = new HashMap<>();

    ColumnOrders(List<Row> rows) {
        this.rows = rows;
    }

    /** {@code rows} with every one of {@code columns} sorted both ways: what a worker prepares for the GUI thread. */
    static ColumnOrders sortedAll(List<Row> rows, int columns) {
        ColumnOrders orders = new ColumnOrders(rows);
        for (int col = 0; col < columns; col++) {
            orders.get(col, true);
        }
        return orders;
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
        other.ascending.forEach(ascending::putIfAbsent);
        other.descending.forEach(descending::putIfAbsent);
    }

    /** The rows in the order of {@code column} ({@code desc}: descending); a negative column keeps the given order. */
    List<Row> get(int column, boolean desc) {
        if (column < 0) {
            return rows;
        }
        List<Row> up = ascending.computeIfAbsent(column, k -> RowView.ascending(rows, k));
        return desc ? descending.computeIfAbsent(column, k -> RowView.descending(up, k)) : up;
    }
}
