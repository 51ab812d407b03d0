package dev.lsorg.app.rows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A filtered and sorted view over a pane's rows, in which the selection is found near where it last was. Filtering
 * is a case-insensitive substring match over the visible columns; a leading {@code !} inverts it.
 */
public final class RowView {
    /** How far around the last position a lookup looks before it scans: a page of a tall terminal. */
    private static final int NEAR = 128;
    private final List<Row> rows;
    // The rows as picked (rows is this, read-only): a pick's positions are read without a call per row.
    private final List<Row> raw;
    // Where the last lookup found its row, and that row: the GUI thread's only (a view is made and read there).
    private int hint;
    private Row found;
    // The list found was at foundAt of: the rows the picks of a pane's views are picked from.
    private List<Row> foundIn;
    private int foundAt;

    private RowView(List<Row> rows) {
        this(rows, rows);
    }

    private RowView(List<Row> rows, List<Row> raw) {
        this.rows = rows;
        this.raw = raw;
    }

    private static RowView readOnly(List<Row> rows) {
        return rows instanceof PickedRows ? new RowView(rows) // read-only itself
                : new RowView(java.util.Collections.unmodifiableList(rows), rows);
    }

    /** Filters {@code all} by {@code filter}, then sorts by column {@code sort} (negative keeps the given order). */
    public static RowView of(List<Row> all, String filter, int sort, boolean descending) {
        List<Row> kept = new ArrayList<>(filter(all, filter));
        if (sort >= 0) {
            Comparator<Row> cmp = Comparator.comparing(r -> RowSort.key(r, sort));
            kept.sort(descending ? cmp.reversed() : cmp);
        }
        return new RowView(kept);
    }

    /**
     * The rows of {@code sorted} (already in display order) that match {@code filter}: the same rows in the same
     * order as {@link #of} gives for the unsorted rows, since a stable sort keeps ties in their first order either way.
     */
    public static RowView filtered(List<Row> sorted, String filter) {
        // no filter shows the order itself: nothing changes a kept order, and 50,000 rows need no copy per keystroke
        return noFilter(filter) ? readOnly(sorted) : new RowView(filter(sorted, filter));
    }

    private static boolean noFilter(String filter) {
        return filter == null || filter.isEmpty() || filter.equals("!");
    }

    /** Whether {@code filter} keeps the rows that do not match (a leading {@code !}). */
    static boolean inverted(String filter) {
        return filter.startsWith("!");
    }

    /** What {@code filter} looks for in a row's search text: without its {@code !}, lower-cased as that text is. */
    static String needle(String filter) {
        return (inverted(filter) ? filter.substring(1) : filter).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code filter} filters anything out (not empty, not a lone {@code !}). */
    public static boolean filters(String filter) {
        return !noFilter(filter);
    }

    /**
     * The rows of {@code order} (the rows of {@code index} in some order) that {@code filter} keeps: {@link #filtered}
     * in one scan of the index.
     */
    public static RowView filtered(SearchIndex index, List<Row> order, String filter) {
        if (noFilter(filter)) {
            return readOnly(order);
        }
        List<Row> kept = index.filter(filter, order);
        return new RowView(kept != null ? kept : filter(order, filter));
    }

    /**
     * Whether every row matching {@code next} also matches {@code previous}, so that {@code next} can filter the rows
     * {@code previous} kept instead of all of them: typing more of a (not inverted) filter only narrows it.
     */
    public static boolean narrows(String previous, String next) {
        if (previous == null || previous.isEmpty() || next == null || inverted(previous) || inverted(next)) {
            return false;
        }
        return next.toLowerCase(Locale.ROOT).contains(previous.toLowerCase(Locale.ROOT));
    }

    static List<Row> filter(List<Row> all, String filter) {
        if (noFilter(filter)) {
            return new ArrayList<>(all);
        }
        boolean invert = inverted(filter);
        String needle = needle(filter);
        // A row lacking one of the needle's characters cannot hold it: at 50,000 rows the first typed character
        // used to scan every row's text (most of a keystroke's time); now the masks answer it, and a longer needle
        // scans only the rows that have all of its characters.
        long need = SearchMask.of(needle);
        boolean answered = needle.length() == 1 && SearchMask.exact(needle.charAt(0));
        // positions, not a new list of the rows: see PickedRows
        int[] kept = new int[all.size()];
        int count = 0;
        for (int i = 0; i < kept.length; i++) {
            Row r = all.get(i);
            boolean holds = (r.chars() & need) == need && (answered || r.search().contains(needle));
            if (holds != invert) {
                kept[count++] = i;
            }
        }
        return PickedRows.of(all, kept, count);
    }

    /** The rows in display order. */
    public List<Row> rows() {
        return rows;
    }

    /** How many rows are shown. */
    public int size() {
        return rows.size();
    }

    /**
     * Starts this view's lookups from what {@code previous} (a view of the same row objects in another order or
     * filter) last found, so that the selection is looked for by the row itself: after a sort or a filter of 50,000
     * rows it is anywhere, and reading every row's id to find it cost more than the rest of the key; and a row a
     * filter left out is known to be missing once no reference matches, without reading every row's id as well.
     */
    public RowView after(RowView previous) {
        if (previous != null) {
            found = previous.found;
            foundIn = previous.foundIn;
            foundAt = previous.foundAt;
        }
        return this;
    }

    /**
     * The position of the row with {@code id}, or -1. The cursor moves a few rows at a time, so the search starts
     * where the last one ended and widens from there, then looks at both ends (G, g), then at every row: by the row
     * itself when this view or the one it {@linkplain #after follows} found one with this id (comparing references,
     * no row is read), else by id. No index of 50,000 ids is built for a view that the next keystroke of a filter
     * replaces.
     */
    public int indexOf(String id) {
        if (id == null || rows.isEmpty()) {
            return -1;
        }
        Row known = found != null && found.id().equals(id) ? found : null;
        int from = Math.min(hint, rows.size() - 1);
        int last = rows.size() - 1;
        for (int d = 0; d <= NEAR; d++) {
            if (at(from + d, id, known)) {
                return found(from + d);
            }
            if (d > 0 && at(from - d, id, known)) {
                return found(from - d);
            }
        }
        // G and g jump to the ends
        for (int d = 0; d <= NEAR; d++) {
            if (at(last - d, id, known)) {
                return found(last - d);
            }
            if (at(d, id, known)) {
                return found(d);
            }
        }
        if (known != null && foundIn != null) {
            // where the row stands in the list this view is picked from is known: look for that position
            int i = raw instanceof PickedRows picked ? picked.source() == foundIn ? picked.find(foundAt) : -2
                    : raw == foundIn ? (foundAt <= last ? foundAt : -1) : -2;
            if (i >= 0 && rows.get(i) == known) {
                return found(i);
            }
            if (i == -1) {
                hint = 0;
                return -1;
            }
        }
        if (known != null) {
            for (int i = 0; i <= last; i++) {
                if (rows.get(i) == known) {
                    return found(i);
                }
            }
            // these are the rows `known` is one of: it is not among them
            hint = 0;
            return -1;
        }
        for (int i = 0; i <= last; i++) {
            if (rows.get(i).id().equals(id)) {
                return found(i);
            }
        }
        hint = 0;
        return -1;
    }

    private int found(int i) {
        hint = i;
        found = rows.get(i);
        if (raw instanceof PickedRows picked) {
            foundIn = picked.source();
            foundAt = picked.position(i);
        } else {
            foundIn = raw;
            foundAt = i;
        }
        return i;
    }

    private boolean at(int i, String id, Row known) {
        if (i < 0 || i >= rows.size()) {
            return false;
        }
        Row r = rows.get(i);
        return r == known || r.id().equals(id);
    }

    /** The row at {@code i} clamped into range, or null when empty. */
    public Row at(int i) {
        return rows.isEmpty() ? null : rows.get(Math.max(0, Math.min(rows.size() - 1, i)));
    }
}
