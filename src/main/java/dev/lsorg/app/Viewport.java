package dev.lsorg.app;

/**
 * The size of the screen the console is drawn on, as far as the update side needs it: how many rows a page is,
 * how wide text can be.
 *
 * @param width  screen columns
 * @param height screen rows
 */
public record Viewport(int width, int height) {
    /** The size assumed until the screen reports its own. */
    public static final Viewport DEFAULT = new Viewport(80, 24);

    /** Rows in the table body (header, tabs, title, column header, status and hint lines take six). */
    public int bodyRows() {
        return Math.max(1, height - 6);
    }
}
