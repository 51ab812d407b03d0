package dev.lsorg.ui;

import com.googlecode.lanterna.TerminalSize;
import dev.lsorg.app.rows.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things go on a screen of a given size: one header line, the tab strip, the pane title, the table, the
 * status line and the hint bar. Column widths come from the columns' minimums and weights, never from the rows.
 *
 * @param width  screen columns
 * @param height screen rows
 */
public record Layout(int width, int height) {
    /** Smallest usable screen. */
    public static final int MIN_WIDTH = 40;
    /** Smallest usable screen. */
    public static final int MIN_HEIGHT = 10;

    /** The layout for {@code size}. */
    public static Layout of(TerminalSize size) {
        return new Layout(size.getColumns(), size.getRows());
    }

    /** Whether the screen is big enough to draw the console. */
    public boolean usable() {
        return width >= MIN_WIDTH && height >= MIN_HEIGHT;
    }

    /** Row of the pane title. */
    public int titleRow() {
        return 2;
    }

    /** Row of the table's column header. */
    public int tableHeaderRow() {
        return 3;
    }

    /** First row of the table body (and of overlays that replace it). */
    public int bodyTop() {
        return 4;
    }

    /** Rows in the table body: the page size for PgUp and PgDn. */
    public int bodyRows() {
        return Math.max(1, height - 6);
    }

    /** Row of the status line. */
    public int statusRow() {
        return height - 2;
    }

    /** Row of the hint bar / input line. */
    public int hintRow() {
        return height - 1;
    }

    /** Widths for {@code columns} (0 for dropped ones), separated by one space, filling the width. */
    public static int[] widths(List<Column> columns, int total) {
        return widths(columns, total, null, 0);
    }

    /**
     * Widths from what the columns hold and how much they matter. Columns that do not fit at their minimum are
     * dropped, least needed first (priority 0 never is); then the room left is poured by weight into the columns
     * whose widest cell on screen (title included, at most two thirds of the line) does not fit yet, and what is
     * still left is shared by weight. Columns 1 to {@code first} are scrolled out (Left/Right); the first column always
     * stays. With {@code content} null, columns grow by weight alone.
     */
    public static int[] widths(List<Column> columns, int total, int[] content, int first) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (i == 0 || i > first) {
                kept.add(i);
            }
        }
        while (kept.size() > 1 && need(columns, kept) > total) {
            int drop = kept.stream().max((a, b) -> Integer.compare(columns.get(a).priority(),
                    columns.get(b).priority())).get();
            if (columns.get(drop).priority() == 0) {
                break;
            }
            kept.remove(Integer.valueOf(drop));
        }
        int[] out = new int[columns.size()];
        kept.forEach(i -> out[i] = columns.get(i).min());
        int spare = Math.max(0, total - need(columns, kept));
        if (content != null) {
            spare = grow(columns, kept, content, out, spare, total);
        }
        share(columns, out, spare);
        return out;
    }

    private static int need(List<Column> columns, List<Integer> kept) {
        return kept.stream().mapToInt(i -> columns.get(i).min()).sum() + kept.size() - 1;
    }

    // Room is poured by weight into the columns whose widest cell does not fit yet, a column taking no more than
    // it needs (at most two thirds of the line), so what one column cannot use goes to the others; returns the rest.
    private static int grow(List<Column> columns, List<Integer> kept, int[] content, int[] out, int spare,
                            int total) {
        int cap = Math.max(1, total * 2 / 3);
        while (spare > 0) {
            List<Integer> needing = kept.stream().filter(i -> out[i] < Math.min(cap, content[i])).toList();
            if (needing.isEmpty()) {
                break;
            }
            int weights = needing.stream().mapToInt(i -> Math.max(1, columns.get(i).weight())).sum();
            int round = spare;
            for (int i : needing) {
                int share = Math.max(1, round * Math.max(1, columns.get(i).weight()) / weights);
                int more = Math.min(spare, Math.min(share, Math.min(cap, content[i]) - out[i]));
                out[i] += more;
                spare -= more;
            }
        }
        return spare;
    }

    // Room left over goes to the kept columns by weight, the rounding to the first weighted one.
    private static void share(List<Column> columns, int[] out, int spare) {
        if (spare <= 0) {
            return;
        }
        int weights = 0;
        for (int i = 0; i < out.length; i++) {
            weights += out[i] > 0 ? columns.get(i).weight() : 0;
        }
        int given = 0;
        int firstWeighted = -1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] > 0 && columns.get(i).weight() > 0) {
                int extra = weights == 0 ? 0 : spare * columns.get(i).weight() / weights;
                out[i] += extra;
                given += extra;
                firstWeighted = firstWeighted < 0 ? i : firstWeighted;
            }
        }
        out[firstWeighted < 0 ? 0 : firstWeighted] += spare - given;
    }
}
