package dev.lsorg.app.rows;

import dev.lsorg.text.Sanitizer;
import java.util.Locale;

/**
 * One rendered table row: sanitised cell texts, sort keys that order correctly as strings, the lower-case text the
 * filter searches, display flags and the record it came from (for the detail view, raw JSON and copy).
 */
public final class Row {
    /** Deleted, disabled or otherwise inactive. */
    public static final int DIM = 1;
    /** Needs attention: expired, stale or never-used keys, limits reached. */
    public static final int WARN = 2;
    /** Pending invites and other rows with a marker. */
    public static final int MARKED = 4;
    /** Needs action now: high-severity audit findings (drawn in the theme's danger colours). */
    public static final int ALERT = 8;

    private final String id;
    private final String[] cells;
    private final String[] sortKeys;
    private final int flags;
    private final String copy;
    private final Object source;
    // Made when first asked for: a large pane's rows are drawn before anyone filters them, and their search index is
    // made on a worker (at 50,000 members the search texts were two fifths of making the rows on the GUI thread).
    // Racy but safe: any thread that finds none makes an equal one, and Search's fields are final.
    private Search search;

    private Row(String id, String[] cells, String[] sortKeys, int flags, String copy, Object source) {
        this.id = id;
        this.cells = cells;
        this.sortKeys = sortKeys;
        this.flags = flags;
        this.copy = copy;
        this.source = source;
    }

    /** Builds a row, sanitising its cells; its search text is made when first asked for. */
    public static Row of(String id, String[] cells, String[] sortKeys, int flags, String copy, Object source) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = Sanitizer.screen(cells[i]);
        }
        return new Row(id, safe, sortKeys, flags, copy, source);
    }

    /** Stable identity used to keep the selection across refreshes. */
    public String id() {
        return id;
    }

    /** Display texts, already sanitised. */
    public String[] cells() {
        return cells;
    }

    /** One sort key per cell; dates as ISO text, numbers zero-padded. */
    public String[] sortKeys() {
        return sortKeys;
    }

    /** {@link #DIM}, {@link #WARN}, {@link #MARKED}, {@link #ALERT}. */
    public int flags() {
        return flags;
    }

    /** What {@code c} copies (an id or email, never a secret). */
    public String copy() {
        return copy;
    }

    /** The model record behind the row. */
    public Object source() {
        return source;
    }

    /** The lower-cased visible text, cells joined by U+0000, that the filter searches. */
    public String search() {
        return searched().text;
    }

    /** Which characters {@link #search()} holds ({@link SearchMask}): most rows are ruled out by it alone. */
    public long chars() {
        return searched().chars;
    }

    private Search searched() {
        Search s = search;
        if (s == null) {
            StringBuilder text = new StringBuilder();
            for (String cell : cells) {
                text.append(cell.toLowerCase(Locale.ROOT)).append('\u0000');
            }
            String joined = text.toString();
            s = new Search(joined, SearchMask.of(joined));
            search = s;
        }
        return s;
    }

    private record Search(String text, long chars) {
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
