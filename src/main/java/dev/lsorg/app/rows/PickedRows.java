package dev.lsorg.app.rows;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Some of a list's rows, by position: what a filter keeps (in the list's order), or all of them in a column's sorted
 * order. Kept as positions rather than as a new list
 * of the rows: with the G1 collector the console runs with, storing 50,000 row references into a new list cost
 * several times the scan that chose them (10-12 ms against 1-1.5 ms at 51,000 rows). Read-only.
 */
final class PickedRows extends AbstractList<Row> implements RandomAccess {
    private final List<Row> from;
    // null: every row of from, in its order
    private final int[] at;
    private final int size;

    private PickedRows(List<Row> from, int[] at, int size) {
        this.from = from;
        this.at = at;
        this.size = size;
    }

    /**
     * The rows of {@code from} at the first {@code count} positions of {@code at} (ascending): {@code from} itself
     * (read-only) when that is all of them; picked from what {@code from} was picked from when it is a pick itself,
     * so that a filter narrowed key after key reads each row through one position, not one per key.
     */
    static List<Row> of(List<Row> from, int[] at, int count) {
        if (count == from.size()) {
            // still a pick, so that where a row stands in the rows it is picked from is known
            return from instanceof PickedRows ? from : new PickedRows(from, null, count);
        }
        if (from instanceof PickedRows picked && picked.at == null) {
            return new PickedRows(picked.from, at, count);
        }
        if (from instanceof PickedRows picked) {
            int[] base = new int[count];
            for (int i = 0; i < count; i++) {
                base[i] = picked.at[at[i]];
            }
            return new PickedRows(picked.from, base, count);
        }
        return new PickedRows(from, at, count);
    }

    /** All of {@code rows} in the order of the positions {@code order} (a permutation): a column's sorted order. */
    static List<Row> ordered(List<Row> rows, int[] order) {
        return new PickedRows(rows, order, order.length);
    }

    /** The same positions picked from {@code rows} (as many as {@link #source()} holds) instead. */
    PickedRows over(List<Row> rows) {
        return new PickedRows(rows, at, size);
    }

    /** The list these rows are picked from (never itself a pick). */
    List<Row> source() {
        return from;
    }

    /** The position in {@link #source()} of the row at {@code i}. */
    int position(int i) {
        return at == null ? i : at[i];
    }

    /** Where the row at {@code position} of {@link #source()} is among these, or -1 when it is not one of them. */
    int find(int position) {
        if (at == null) {
            return position < size ? position : -1;
        }
        for (int i = 0; i < size; i++) {
            if (at[i] == position) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Row get(int i) {
        Objects.checkIndex(i, size);
        return from.get(at == null ? i : at[i]);
    }

    @Override
    public int size() {
        return size;
    }
}
