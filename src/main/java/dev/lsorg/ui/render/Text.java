package dev.lsorg.ui.render;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.lsorg.text.Sanitizer;

/**
 * Makes text from the API safe and measurable for the screen: the one {@link Sanitizer} shows control characters
 * and escape sequences as visible caret notation (so a name can never drive the terminal), and widths are counted
 * in terminal columns.
 */
public final class Text {
    private Text() {
    }

    /**
     * Returns {@code raw} made inert by the one {@link Sanitizer} (e.g. ESC as {@code ^[}), with characters beyond
     * the Basic Multilingual Plane (emoji) shown as {@code ?}; null gives "".
     */
    public static String sanitize(String raw) {
        return Sanitizer.screen(raw);
    }

    /** The number of terminal columns {@code s} takes (wide CJK characters count two); expects sanitised text. */
    public static int width(String s) {
        return TerminalTextUtils.getColumnWidth(s);
    }

    /** Cuts {@code s} to at most {@code cols} columns, marking a cut with {@code ellipsis}, and pads it with spaces. */
    public static String fit(String s, int cols, String ellipsis) {
        if (cols <= 0) {
            return "";
        }
        int w = width(s);
        if (w <= cols) {
            return w == cols ? s : s + " ".repeat(cols - w);
        }
        String cut = TerminalTextUtils.fitString(s, Math.max(0, cols - width(ellipsis))) + ellipsis;
        int cw = width(cut);
        return cw < cols ? cut + " ".repeat(cols - cw) : cut;
    }

    /** Like {@link #fit} but right-aligned, for numbers. */
    public static String fitRight(String s, int cols, String ellipsis) {
        int w = width(s);
        return w >= cols ? fit(s, cols, ellipsis) : " ".repeat(cols - w) + s;
    }
}
