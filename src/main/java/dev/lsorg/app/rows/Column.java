package dev.lsorg.app.rows;

/**
 * One table column: its title and how it takes space, so widths are computed from the screen width alone (never by
 * measuring every row, which would cost O(rows) per frame).
 *
 * @param title    header text
 * @param min      columns it needs to be useful
 * @param weight   share of the spare width it takes
 * @param priority 0 is always shown; higher numbers are dropped first on narrow screens
 * @param right    right-aligned (numbers)
 */
public record Column(String title, int min, int weight, int priority, boolean right) {
    /** A left-aligned column. */
    public static Column of(String title, int min, int weight, int priority) {
        return new Column(title, min, weight, priority, false);
    }

    /** A right-aligned (numeric) column. */
    public static Column num(String title, int min, int priority) {
        return new Column(title, min, 0, priority, true);
    }
}
