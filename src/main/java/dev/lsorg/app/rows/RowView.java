package dev.lsorg.app.rows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A filtered and sorted view over a pane's rows, with an id index so the selection can be found in O(1). Filtering
 * is a case-insensitive substring match over the visible columns; a leading {@code !} inverts it.
 */
public final class RowView {
    private final List<Row> rows;
    private Map<String, Integer> index;
    private int lookups;

    private RowView(List<Row> rows) {
        this.rows = rows;
    }

    /** Filters {@code all} by {@code filter}, then sorts by column {@code sort} (negative keeps the given order). */
    public static RowView of(List<Row> all, String filter, int sort, boolean descending) {
        List<Row> kept = filter(all, filter);
        if (sort >= 0) {
            Comparator<Row> cmp = Comparator.comparing(r -> key(r, sort));
            kept.sort(descending ? cmp.reversed() : cmp);
        }
        return new RowView(kept);
    }

    static List<Row> filter(List<Row> all, String filter) {
        if (filter == null || filter.isEmpty() || filter.equals("!")) {
            return new ArrayList<>(all);
        }
        boolean invert = filter.startsWith("!");
        String needle = (invert ? filter.substring(1) : filter).toLowerCase(Locale.ROOT);
        List<Row> kept = new ArrayList<>();
        for (Row r : all) {
            if (r.search().contains(needle) != invert) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static String key(Row r, int col) {
        return col < r.sortKeys().length && r.sortKeys()[col] != null ? r.sortKeys()[col] : "";
    }

    // A view made for one keystroke of a filter is usually asked once: a scan is cheaper than building the index.
    private int scan(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // Built on the second lookup: a view made for one keystroke of a filter may never be asked.
    private Map<String, Integer> buildIndex() {
        Map<String, Integer> out = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            out.putIfAbsent(rows.get(i).id(), i);
        }
        return out;
    }

    /** The rows in display order. */
    public List<Row> rows() {
        return rows;
    }

    /** How many rows are shown. */
    public int size() {
        return rows.size();
    }

    /** The position of the row with {@code id}, or -1. */
    public int indexOf(String id) {
        if (id == null) {
            return -1;
        }
        if (index == null && lookups++ == 0) {
            return scan(id);
        }
        if (index == null) {
            index = buildIndex();
        }
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** The row at {@code i} clamped into range, or null when empty. */
    public Row at(int i) {
        return rows.isEmpty() ? null : rows.get(Math.max(0, Math.min(rows.size() - 1, i)));
    }
}
