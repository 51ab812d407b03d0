package dev.lsorg.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.AbstractTextGraphics;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Lanterna's terminal screen, with three costs of every frame taken out. Each cell Lanterna writes or compares is
 * checked for double width ({@code Character.UnicodeBlock.of}, several times a cell), which under the launcher's C1
 * compiler is most of a frame's cost; so:
 * <ul>
 * <li>No backdrop: Lanterna's GUI fills the whole screen with blanks before it draws the component that fills its
 * background (the console), and the console then writes every cell again. The console paints every cell of every
 * frame itself (the header, the tabs, every line of the body, the status and hint lines), so a character fill on
 * the graphics this screen hands out draws nothing; Lanterna's GUI is its only caller here (the console draws text,
 * blank runs included, as strings).</li>
 * <li>No second comparison: Lanterna's automatic refresh compared every cell of the new frame with the last to decide
 * whether to write the whole screen, then compared them again to write what changed. A frame writes what changed;
 * one after a start, a clear or a resize is still written whole.</li>
 * <li>Cells made once: Lanterna's graphics make a new cell for every character of every string drawn (a string
 * made of the character, checked for being one grapheme by a new break iterator, interned), then check it and its
 * neighbour for double width as they put it in the frame, and the frame's write checks every cell again. The
 * graphics this screen hands out (and every region of them the GUI asks for) put strings as cells kept by style and
 * character, which know their width, so the write finds an unchanged cell by reference. What ends up in the frame is
 * what Lanterna's own graphics would put there, cell for cell (colours, modifiers, double-width padding, clipping to
 * every region); a string holding a tab or a line break is still put by Lanterna's own code.</li>
 * </ul>
 *
 * <p>With {@link #showingBackdrop} the fill draws a mark instead, for tests that check that no cell of a frame is
 * left unpainted (a cell not painted would show the frame before it).
 */
public final class ConsoleScreen extends TerminalScreen {
    /**
     * What a cell the console did not paint shows when the backdrop is shown: the test harness looks for it. A
     * private-use character, which data never puts on screen (the sanitiser shows it as {@code <U+E000>}).
     */
    public static final char BACKDROP = '\uE000';
    private final boolean backdrop;
    // Whether the next frame must be written whole (the screen started, was cleared or resized): Lanterna's own
    // hint for it is private.
    private boolean whole = true;

    /** A screen on {@code terminal} that leaves the backdrop out. */
    public ConsoleScreen(Terminal terminal) throws IOException {
        this(terminal, false);
    }

    private ConsoleScreen(Terminal terminal, boolean backdrop) throws IOException {
        super(terminal);
        this.backdrop = backdrop;
    }

    /** A screen on {@code terminal} that paints the backdrop as {@link #BACKDROP}, for tests. */
    public static ConsoleScreen showingBackdrop(Terminal terminal) throws IOException {
        return new ConsoleScreen(terminal, true);
    }

    /** Writes what changed since the last frame, or the whole screen after a start, a clear or a resize. */
    @Override
    public synchronized void refresh() throws IOException {
        RefreshType type = whole ? RefreshType.AUTOMATIC : RefreshType.DELTA;
        whole = false;
        refresh(type);
    }

    @Override
    public synchronized void startScreen() throws IOException {
        super.startScreen();
        whole = true;
    }

    @Override
    public synchronized void clear() {
        super.clear();
        whole = true;
    }

    @Override
    public synchronized TerminalSize doResizeIfNecessary() {
        TerminalSize resized = super.doResizeIfNecessary();
        if (resized != null) {
            whole = true;
        }
        return resized;
    }

    @Override
    public TextGraphics newTextGraphics() {
        return new Graphics();
    }

    // The screen's whole area: Lanterna's GUI asks for it at the start of every frame.
    private final class Graphics extends Region {
        Graphics() {
            super(0, 0, null, 0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public TerminalSize getSize() {
            return getTerminalSize();
        }

        @Override
        public TextGraphics fill(char c) {
            return backdrop ? super.fill(BACKDROP) : this;
        }
    }

    /**
     * Part of the screen from {@code (left, top)}: what a region of Lanterna's graphics does (a character outside it,
     * or outside any region it is part of, is dropped), with every string put as kept cells.
     */
    private class Region extends AbstractTextGraphics {
        private final int left;
        private final int top;
        private final TerminalSize size;
        // What of the screen this region and every region it is part of leave writable, as screen columns and rows
        // (right and bottom exclusive).
        private final int clipLeft;
        private final int clipTop;
        private final int clipRight;
        private final int clipBottom;

        Region(int left, int top, TerminalSize size, int clipLeft, int clipTop, int clipRight, int clipBottom) {
            this.left = left;
            this.top = top;
            this.size = size;
            this.clipLeft = clipLeft;
            this.clipTop = clipTop;
            this.clipRight = clipRight;
            this.clipBottom = clipBottom;
        }

        @Override
        public TerminalSize getSize() {
            return size;
        }

        @Override
        public TextGraphics setCharacter(int column, int row, TextCharacter character) {
            TerminalSize own = getSize();
            if (column < 0 || row < 0 || column >= own.getColumns() || row >= own.getRows()) {
                return this;
            }
            int x = left + column;
            int y = top + row;
            if (x >= clipLeft && x < clipRight && y >= clipTop && y < clipBottom) {
                ConsoleScreen.this.setCharacter(x, y, character);
            }
            return this;
        }

        @Override
        public TextCharacter getCharacter(int column, int row) {
            return getBackCharacter(left + column, top + row);
        }

        @Override
        public TextGraphics newTextGraphics(TerminalPosition topLeft, TerminalSize area) {
            TerminalSize own = getSize();
            if (topLeft.getColumn() + area.getColumns() <= 0 || topLeft.getColumn() >= own.getColumns()
                    || topLeft.getRow() + area.getRows() <= 0 || topLeft.getRow() >= own.getRows()) {
                return super.newTextGraphics(topLeft, area); // wholly outside: Lanterna's graphics that draw nothing
            }
            int x = left + topLeft.getColumn();
            int y = top + topLeft.getRow();
            return new Region(x, y, area,
                    Math.max(Math.max(clipLeft, left), x), Math.max(Math.max(clipTop, top), y),
                    Math.min(Math.min(clipRight, left + own.getColumns()), x + area.getColumns()),
                    Math.min(Math.min(clipBottom, top + own.getRows()), y + area.getRows()));
        }

        @Override
        public TextGraphics putString(int column, int row, String string) {
            if (string.indexOf('\t') >= 0 || string.indexOf('\n') >= 0 || string.indexOf('\r') >= 0) {
                return super.putString(column, row, string); // Lanterna's cut at a line break and tab stops
            }
            TerminalSize own = getSize();
            int y = top + row;
            boolean rowShown = row >= 0 && row < own.getRows() && y >= clipTop && y < clipBottom;
            int right = Math.min(clipRight, left + own.getColumns());
            int from = Math.max(clipLeft, left);
            Cells.Palette palette = cells.palette(foregroundColor, backgroundColor, activeModifiers);
            int x = left + column;
            for (int i = 0; i < string.length(); i++) {
                Cell cell = palette.cell(string.charAt(i));
                if (rowShown && x >= from && x < right) {
                    ConsoleScreen.this.setCharacter(x, y, cell);
                }
                x += cell.advance;
            }
            return this;
        }
    }

    private final Cells cells = new Cells();

    /** A cell that knows its width and is equal to itself at a glance. */
    static final class Cell extends TextCharacter {
        private static final long serialVersionUID = 1L;
        private final boolean wide;
        // How far Lanterna's graphics move on after putting this character (its own double-width test differs).
        final int advance;

        @SuppressWarnings("deprecation") // the one public way to make a cell of one character with a set of styles
        Cell(char c, TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
            super(c, fg, bg, modifiers);
            this.wide = super.isDoubleWidth();
            this.advance = TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
        }

        @Override
        public boolean isDoubleWidth() {
            return wide;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /** The cells drawn so far, by style and character. */
    static final class Cells {
        // Beyond this many characters in one style (data of every script) further cells are made as needed, not kept.
        private static final int KEPT = 4096;
        private final Map<Style, Palette> palettes = new HashMap<>();
        private Palette last;

        Palette palette(TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
            Palette p = last;
            if (p != null && p.style.fg == fg && p.style.bg == bg && p.style.modifiers.equals(modifiers)) {
                return p;
            }
            Style style = new Style(fg, bg, EnumSet.copyOf(modifiers));
            p = palettes.computeIfAbsent(style, Palette::new);
            last = p;
            return p;
        }

        private record Style(TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
        }

        static final class Palette {
            private final Style style;
            // By the character's high byte, then its low byte; a page is made when a character of it is first drawn.
            private final Cell[][] pages = new Cell[256][];
            private int kept;

            private Palette(Style style) {
                this.style = style;
            }

            Cell cell(char c) {
                Cell[] page = pages[c >>> 8];
                Cell cell = page == null ? null : page[c & 0xFF];
                if (cell != null) {
                    return cell;
                }
                cell = new Cell(c, style.fg, style.bg, style.modifiers);
                if (kept < KEPT) {
                    if (page == null) {
                        page = new Cell[256];
                        pages[c >>> 8] = page;
                    }
                    page[c & 0xFF] = cell;
                    kept++;
                }
                return cell;
            }
        }
    }
}
