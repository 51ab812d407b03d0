package dev.lsorg.app.rows;

import dev.lsorg.text.Sanitizer;
import java.util.Locale;

/**
 * One rendered table row: sanitised cell texts, sort keys that order correctly as strings, the lower-case text the
 * filter searches, display flags and the record it came from (for the detail view, raw JSON and copy).
 *
 * @param id       stable identity used to keep the selection across refreshes
 * @param cells    display texts, already sanitised
 * @param sortKeys one per cell; dates as ISO text, numbers zero-padded
 * @param flags    {@link #DIM}, {@link #WARN}, {@link #MARKED}, {@link #ALERT}
 * @param copy     what {@code c} copies (an id or email, never a secret)
 * @param source   the model record behind the row
 * @param search   lower-cased visible text, joined once so filtering 10,000 rows stays cheap
 * @param chars    which characters {@code search} holds ({@link SearchMask}): most rows are ruled out by it alone
 */
public record Row(String id, String[] cells, String[] sortKeys, int flags, String copy, Object source,
                  String search, long chars) {
    /** Deleted, disabled or otherwise inactive. */
    public static final int DIM = 1;
    /** Needs attention: expired, stale or never-used keys, limits reached. */
    public static final int WARN = 2;
    /** Pending invites and other rows with a marker. */
    public static final int MARKED = 4;
    /** Needs action now: high-severity audit findings (drawn in the theme's danger colours). */
    public static final int ALERT = 8;

    /** Builds a row, sanitising its cells and precomputing its search text. */
    public static Row of(String id, String[] cells, String[] sortKeys, int flags, String copy, Object source) {
        String[] safe = new String[cells.length];
        StringBuilder search = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            safe[i] = Sanitizer.screen(cells[i]);
            search.append(safe[i].toLowerCase(Locale.ROOT)).append('\u0000');
        }
        String text = search.toString();
        return new Row(id, safe, sortKeys, flags, copy, source, text, SearchMask.of(text));
    }

    /** Whether the row has {@code flag}. */
    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Same identity and same visible content: used to highlight rows that changed in a refresh. */
    public boolean sameContent(Row other) {
        return other != null && java.util.Arrays.equals(cells, other.cells) && flags == other.flags;
    }
}
