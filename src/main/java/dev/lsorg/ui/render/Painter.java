package dev.lsorg.ui.render;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.lsorg.ui.theme.Slot;
import dev.lsorg.ui.theme.Style;
import dev.lsorg.ui.theme.Theme;

/** Draws themed, width-fitted text on Lanterna graphics; every string drawn goes through {@link Text}. */
public final class Painter {
    private final TextGraphics g;
    private final Theme theme;
    private final Glyphs glyphs;

    /** A painter on {@code g} with {@code theme} and {@code glyphs}. */
    public Painter(TextGraphics g, Theme theme, Glyphs glyphs) {
        this.g = g;
        this.theme = theme;
        this.glyphs = glyphs;
    }

    /** The drawable size. */
    public TerminalSize size() {
        return g.getSize();
    }

    /** The glyph set in use. */
    public Glyphs glyphs() {
        return glyphs;
    }

    /** The style of {@code slot}. */
    public Style style(Slot slot) {
        return theme.style(slot);
    }

    /** Fills {@code cols} cells of row {@code row} from {@code col} with spaces in {@code style}. */
    public void fill(int col, int row, int cols, Style style) {
        put(col, row, " ".repeat(Math.max(0, cols)), style);
    }

    /** Draws {@code text} (sanitised, cut or padded to {@code cols}) in {@code style}; returns the next column. */
    public int text(int col, int row, int cols, String text, Style style) {
        if (cols <= 0) {
            return col;
        }
        put(col, row, Text.fit(Text.sanitize(text), cols, glyphs.ellipsis()), style);
        return col + cols;
    }

    /** Draws {@code text} at its own width (at most {@code max} columns); returns the next column. */
    public int word(int col, int row, int max, String text, Style style) {
        String safe = Text.sanitize(text);
        int w = Math.min(Text.width(safe), max);
        return text(col, row, w, safe, style);
    }

    private void put(int col, int row, String s, Style style) {
        g.setForegroundColor(style.fg());
        g.setBackgroundColor(style.bg());
        g.clearModifiers();
        for (SGR m : style.modifiers()) {
            g.enableModifiers(m);
        }
        g.putString(col, row, s);
    }
}
