package dev.lsorg.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.AbstractTextGraphics;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * Lanterna's terminal screen, with two costs of every frame taken out. Each cell Lanterna writes or compares is
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

    private final class Graphics extends AbstractTextGraphics {
        @Override
        public TextGraphics setCharacter(int column, int row, TextCharacter character) {
            ConsoleScreen.this.setCharacter(column, row, character);
            return this;
        }

        @Override
        public TextCharacter getCharacter(int column, int row) {
            return getBackCharacter(column, row);
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
}
