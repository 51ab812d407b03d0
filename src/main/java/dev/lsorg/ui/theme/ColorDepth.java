package dev.lsorg.ui.theme;

import com.googlecode.lanterna.TextColor;
import java.util.Map;

/**
 * How many colours the terminal shows, detected from {@code COLORTERM} and {@code TERM}, and the downgrade of theme
 * colours to that depth (24-bit to the 256-colour cube to the 16 ANSI colours).
 */
public enum ColorDepth {
    TRUE_COLOR, INDEXED_256, ANSI_16;

    /** The depth for this environment. */
    public static ColorDepth detect(Map<String, String> env) {
        String colorterm = env.getOrDefault("COLORTERM", "").toLowerCase();
        String term = env.getOrDefault("TERM", "").toLowerCase();
        if (colorterm.contains("truecolor") || colorterm.contains("24bit")) {
            return TRUE_COLOR;
        }
        return term.contains("256") || term.contains("direct") ? INDEXED_256 : ANSI_16;
    }

    /** {@code c} as this depth can show it. */
    public TextColor adapt(TextColor c) {
        if (this == TRUE_COLOR || c instanceof TextColor.ANSI) {
            return c;
        }
        if (c instanceof TextColor.RGB rgb && this == INDEXED_256) {
            return TextColor.Indexed.fromRGB(rgb.getRed(), rgb.getGreen(), rgb.getBlue());
        }
        return this == INDEXED_256 ? c : nearestAnsi(c.getRed(), c.getGreen(), c.getBlue());
    }

    static TextColor.ANSI nearestAnsi(int r, int g, int b) {
        TextColor.ANSI best = TextColor.ANSI.WHITE;
        int bestDist = Integer.MAX_VALUE;
        for (TextColor.ANSI a : TextColor.ANSI.values()) {
            if (a == TextColor.ANSI.DEFAULT) {
                continue;
            }
            int d = sq(a.getRed() - r) + sq(a.getGreen() - g) + sq(a.getBlue() - b);
            if (d < bestDist) {
                bestDist = d;
                best = a;
            }
        }
        return best;
    }

    private static int sq(int x) {
        return x * x;
    }
}
