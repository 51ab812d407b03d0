package dev.lsorg.ui.render;

import com.googlecode.lanterna.TerminalTextUtils;

/**
 * Makes text from the API safe and measurable for the screen: control characters and escape sequences are shown
 * as visible caret notation (so a name can never drive the terminal), and widths are counted in terminal columns.
 */
public final class Text {
    private Text() {
    }

    /** Returns {@code raw} with every control character shown harmlessly, e.g. ESC as {@code ^[}; null gives "". */
    public static String sanitize(String raw) {
        if (raw == null) {
            return "";
        }
        if (isClean(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            appendSafe(out, cp);
        }
        return out.toString();
    }

    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c) || isInvisibleFormat(c)) {
                return false;
            }
        }
        return true;
    }

    // Bidi overrides and zero-width characters can disguise text, so they are shown too.
    private static boolean isInvisibleFormat(int c) {
        return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xfeff;
    }

    private static void appendSafe(StringBuilder out, int cp) {
        if (cp < 0x20) {
            out.append('^').append((char) (cp + 0x40));
        } else if (cp == 0x7f) {
            out.append("^?");
        } else if (cp >= 0x80 && cp <= 0x9f) {
            out.append(String.format("<%02X>", cp));
        } else if (isInvisibleFormat(cp)) {
            out.append(String.format("<U+%04X>", cp));
        } else if (cp > 0xffff) {
            // Lanterna 3.1 lays out one UTF-16 unit per cell; astral characters (emoji) would break the grid.
            out.append('?');
        } else {
            out.appendCodePoint(cp);
        }
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
