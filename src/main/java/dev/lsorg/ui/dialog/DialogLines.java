package dev.lsorg.ui.dialog;

import dev.lsorg.ui.render.Painter;
import dev.lsorg.ui.render.Text;
import dev.lsorg.ui.theme.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * Styled, wrapped lines for the change dialogs, and drawing a scrolled window of them: a request URL or a long
 * sentence is wrapped, never cut, because the confirmation must show exactly what will be sent.
 */
public final class DialogLines {
    private final List<Line> lines = new ArrayList<>();
    private final int width;

    /**
     * One line of a dialog.
     *
     * @param text what it says (sanitised when drawn)
     * @param slot how it is coloured
     */
    public record Line(String text, Slot slot) {
    }

    /** Lines wrapped to {@code width} columns. */
    public DialogLines(int width) {
        this.width = Math.max(10, width);
    }

    /** Adds {@code text} (may hold newlines), wrapped, in {@code slot}; continuation lines are indented. */
    public DialogLines add(String text, Slot slot) {
        for (String part : text.split("\n", -1)) {
            wrap(Text.sanitize(part), slot);
        }
        return this;
    }

    private void wrap(String text, Slot slot) {
        String rest = text;
        String indent = "";
        do {
            int room = width - indent.length();
            String head = rest.length() <= room ? rest : rest.substring(0, breakAt(rest, room));
            lines.add(new Line(indent + head, slot));
            rest = rest.substring(head.length());
            indent = "    ";
        } while (!rest.isEmpty());
    }

    // Prose breaks at a space; a URL or an id without one is cut where the line ends.
    private static int breakAt(String text, int room) {
        int space = text.lastIndexOf(' ', room);
        return space > room / 2 ? space + 1 : room;
    }

    /** The lines so far. */
    public List<Line> lines() {
        return lines;
    }

    /** Draws lines from {@code scroll} into {@code rows} rows from {@code top}; returns the scroll used. */
    public static int draw(Painter p, List<Line> lines, int scroll, int top, int rows, int width) {
        int max = Math.max(0, lines.size() - rows);
        int s = Math.max(0, Math.min(scroll, max));
        for (int i = 0; i < rows; i++) {
            Line l = s + i < lines.size() ? lines.get(s + i) : new Line("", Slot.DIALOG);
            p.text(0, top + i, width, " " + l.text(), p.style(l.slot()));
        }
        if (s < max) {
            String more = " " + p.glyphs().down() + " " + (max - s) + " more (" + p.glyphs().down() + " scrolls) ";
            p.word(width - Text.width(more), top + rows - 1, width, more, p.style(Slot.PANE_TITLE));
        }
        return s;
    }
}
