package dev.lsorg.ui.render;

/**
 * The few non-ASCII symbols the console draws, in a Unicode set and an ASCII set for {@code --ascii} and terminals
 * whose font lacks box-drawing characters.
 *
 * @param ellipsis   marks cut text
 * @param separator  between tabs and header segments
 * @param up         ascending sort
 * @param down       descending sort
 * @param spinner    frames of the loading spinner
 * @param mark       marks flagged rows (stale keys, pending members)
 * @param rule       horizontal line in dialogs
 */
public record Glyphs(String ellipsis, String separator, String up, String down, String[] spinner, String mark,
                     String rule) {
    /** Box-drawing and arrows. */
    public static final Glyphs UNICODE = new Glyphs("…", "│", "↑", "↓",
            new String[] {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}, "●", "─");
    /** Plain ASCII only. */
    public static final Glyphs ASCII = new Glyphs("~", "|", "^", "v", new String[] {"-", "\\", "|", "/"}, "*", "-");

    /** Between the crumbs of a breadcrumb ({@code Acme › Research › Members}). */
    public String separatorArrow() {
        return separator.equals("|") ? ">" : "\u203a";
    }

    /** Columns scrolled out to the left (Left brings them back). */
    public String left() {
        return separator.equals("|") ? "<" : "\u2190";
    }

    /** Columns cut off to the right (Right shows them). */
    public String right() {
        return separator.equals("|") ? ">" : "\u2192";
    }

    /** The spinner frame for a monotonically increasing counter. */
    public String spin(long tick) {
        return spinner[(int) Math.floorMod(tick, (long) spinner.length)];
    }
}
