package dev.lsorg.app.rows;

import java.util.List;

/**
 * The search texts of one order of rows laid end to end in one string, so that a filter on a large pane is one scan
 * of that string in order rather than a visit to every row: at 50,000 rows a filter that kept most of them (every
 * member's email ends in the same domain) spent its time fetching each row, its text and that text's bytes from
 * all over the heap, not matching. A needle found in the string names its row by where it was found; cells and
 * rows are separated by U+0000, so a needle without it never spans two cells or two rows. Immutable and
 * thread-safe once made (a worker makes it ahead of the keys that use it).
 */
public final class SearchIndex {
    private final List<Row> rows;
    private final String text;
    /** Where each row's text begins; one more entry, the text's length, closes the last row. */
    private final int[] starts;

    private SearchIndex(List<Row> rows, String text, int[] starts) {
        this.rows = rows;
        this.text = text;
        this.starts = starts;
    }

    /** The index of {@code rows} in their order. */
    public static SearchIndex of(List<Row> rows) {
        int[] starts = new int[rows.size() + 1];
        int length = 0;
        for (int i = 0; i < rows.size(); i++) {
            starts[i] = length;
            length += rows.get(i).search().length() + 1;
        }
        starts[rows.size()] = length;
        StringBuilder all = new StringBuilder(length);
        for (Row r : rows) {
            // a separator of the index's own after each row, whatever the row's text ends with
            all.append(r.search()).append('\u0000');
        }
        return new SearchIndex(rows, all.toString(), starts);
    }

    /** The rows this index is of, in its order. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * What {@link RowView#filtered} keeps of {@link #rows()} for {@code filter} (not empty), in their order; null when
     * the index cannot answer it (a needle holding the separator), and the rows must be scanned one by one.
     */
    List<Row> filter(String filter) {
        boolean invert = RowView.inverted(filter);
        String needle = RowView.needle(filter);
        if (needle.isEmpty() || needle.indexOf('\u0000') >= 0) {
            return null;
        }
        int n = rows.size();
        int[] kept = new int[n];
        int count = 0;
        int row = 0;
        while (row < n) {
            int at = text.indexOf(needle, starts[row]);
            if (at < 0) {
                break;
            }
            // rows are found in order, so the one holding `at` is at or after the one the search began in
            while (starts[row + 1] <= at) {
                if (invert) {
                    kept[count++] = row;
                }
                row++;
            }
            if (!invert) {
                kept[count++] = row;
            }
            row++;
        }
        while (invert && row < n) {
            kept[count++] = row++;
        }
        return PickedRows.of(rows, kept, count);
    }
}
