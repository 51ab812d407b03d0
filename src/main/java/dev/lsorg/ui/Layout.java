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
        List<Column> kept = new ArrayList<>(columns);
        while (kept.size() > 1 && need(kept) > total) {
            Column drop = kept.stream().max((a, b) -> Integer.compare(a.priority(), b.priority())).get();
            if (drop.priority() == 0) {
                break;
            }
            kept.remove(drop);
        }
        int[] out = new int[columns.size()];
        int spare = Math.max(0, total - need(kept));
        int weights = kept.stream().mapToInt(Column::weight).sum();
        int given = 0;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (kept.contains(c)) {
                int extra = weights == 0 ? 0 : spare * c.weight() / weights;
                out[i] = c.min() + extra;
                given += extra;
            }
        }
        out[firstKept(columns, kept)] += spare - given;
        return out;
    }

    private static int firstKept(List<Column> columns, List<Column> kept) {
        for (int i = 0; i < columns.size(); i++) {
            if (kept.contains(columns.get(i)) && columns.get(i).weight() > 0) {
                return i;
            }
        }
        return columns.indexOf(kept.get(0));
    }

    private static int need(List<Column> cols) {
        return cols.stream().mapToInt(Column::min).sum() + cols.size() - 1;
    }
}
