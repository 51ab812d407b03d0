package dev.lsorg.app.rows;

import java.util.List;

/**
 * The search texts of a pane's rows laid end to end in one string, so that a filter on a large pane is one scan
 * of that string in order rather than a visit to every row: at 50,000 rows a filter that kept most of them (every
 * member's email ends in the same domain) spent its time fetching each row, its text and that text's bytes from
 * all over the heap, not matching. A needle found in the string names its row by where it was found; cells and
 * rows are separated by U+0000, so a needle without it never spans two cells or two rows. One index serves every
 * column's order of the same rows: what it finds is read off in the order's sequence. Immutable and thread-safe
 * once made (a worker makes it ahead of the keys that use it).
 */
public final class SearchIndex {
    private final List<Row> rows;
    private final String text;
    /** Where each row's text begins; one more entry, the text's length, closes the last row. */
    private final int[] starts;
    /** Each row's {@link SearchMask}, side by side: a row lacking one of a needle's characters is passed over. */
    private final long[] masks;

    private SearchIndex(List<Row> rows, String text, int[] starts, long[] masks) {
        this.rows = rows;
        this.text = text;
        this.starts = starts;
        this.masks = masks;
    }

    /** The index of {@code rows} in their order. */
    public static SearchIndex of(List<Row> rows) {
        int[] starts = new int[rows.size() + 1];
        long[] masks = new long[rows.size()];
        int length = 0;
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = length;
            length += rows.get(i).search().length() + 1;
            masks[i] = rows.get(i).chars();
        }
        starts[rows.size()] = length;
        StringBuilder all = new StringBuilder(length);
        for (Row r : rows) {
            // a separator of the index's own after each row, whatever the row's text ends with
            all.append(r.search()).append('\u0000');
        }
        return new SearchIndex(rows, all.toString(), starts, masks);
    }

    /**
     * This index for {@code rows}, rows made again whose search texts are those of the rows this index is of,
     * position by position (a refresh that changed nothing); null when a text differs.
     */
    public SearchIndex carriedTo(List<Row> rows) {
        int n = rows.size();
        if (n != this.rows.size()) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (!rows.get(i).search().equals(this.rows.get(i).search())) {
                return null;
            }
        }
        return new SearchIndex(rows, text, starts, masks);
    }

    /** The rows this index is of, in its order. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * What {@link RowView#filtered} keeps of {@code order} for {@code filter} (not empty), in that order; null when
     * the index cannot answer it: a needle holding the separator, or an order that is not of this index's rows (all
     * of them, as {@link RowSort} gives them). The rows must then be scanned one by one.
     */
    List<Row> filter(String filter, List<Row> order) {
        boolean invert = RowView.inverted(filter);
        String needle = RowView.needle(filter);
        if (needle.isEmpty() || needle.indexOf('\u0000') >= 0) {
            return null;
        }
        long need = SearchMask.of(needle);
        // a one-character needle with a class of its own is answered by the masks alone
        boolean answered = needle.length() == 1 && SearchMask.exact(needle.charAt(0));
        int n = rows.size();
        if (order == rows) {
            int[] kept = new int[n];
            int count = 0;
            int row = 0;
            while (row < n) {
                int at = next(needle, need, answered, row);
                // rows from `row` up to the one holding the needle
                for (; row < at; row++) {
                    if (invert) {
                        kept[count++] = row;
                    }
                }
                if (row < n && !invert) {
                    kept[count++] = row;
                }
                row++;
            }
            return PickedRows.of(rows, kept, count);
        }
        if (!(order instanceof PickedRows picked) || picked.source() != rows || picked.size() != n) {
            return null;
        }
        boolean[] holds = new boolean[n];
        for (int row = next(needle, need, answered, 0); row < n; row = next(needle, need, answered, row + 1)) {
            holds[row] = true;
        }
        int[] kept = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (holds[picked.position(i)] != invert) {
                kept[count++] = i;
            }
        }
        return PickedRows.of(order, kept, count);
    }

    // The first row from `row` whose text holds the needle, or the number of rows. Rows whose mask lacks one of the
    // needle's characters are passed over without reading the text (a rare needle reads little of it); where a row
    // may hold it, the text is searched from there on, and the rows before the next place it is found are skipped.
    private int next(String needle, long need, boolean answered, int row) {
        int n = rows.size();
        while (row < n) {
            if ((masks[row] & need) != need) {
                row++;
                continue;
            }
            if (answered) {
                return row;
            }
            int at = text.indexOf(needle, starts[row]);
            if (at < 0) {
                return n;
            }
            // rows are found in order, so the one holding `at` is at or after the one the search began in
            while (starts[row + 1] <= at) {
                row++;
            }
            return row;
        }
        return n;
    }
}
