package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The console's screen puts strings as cells it keeps, not through Lanterna's graphics: what reaches the terminal
 * must be what Lanterna's own graphics would have put there, for every string the console draws (names from other
 * people: CJK, emoji, combining marks, private-use marks the sanitiser shows) at every place a region of the GUI
 * can put it, the edges and double-width padding included.
 */
class ConsoleScreenTest {
    private static final TerminalSize SIZE = new TerminalSize(30, 8);
    private static final String[] STRINGS = {
        "plain ascii", "東京 新しい人", "a東b京", "naïve café", "e\u0301\u0301x", "😀 emoji 👩‍💻", "\uD83D", "\uDE00x",
        "…▲▼│─┼", "<U+E000>\uE000", "ÿĀþ", "ｱｲｳ half ＡＢ full", "\tlead tab", "cut\nhere", "cr\rcut", "ไทย",
        "", " ", "                                        ",
    };

    @Test
    void framesReachTheTerminalAsLanternasOwnGraphicsWouldPutThem() throws IOException {
        Frames frames = new Frames();
        frames.draw(g -> {
            g.setForegroundColor(TextColor.ANSI.GREEN);
            g.putString(0, 0, "東京 and more text than fits on the first line");
            g.enableModifiers(SGR.BOLD, SGR.REVERSE);
            g.setBackgroundColor(new TextColor.RGB(10, 20, 30));
            g.putString(-3, 1, "a東b京 starts left of the screen");
            g.putString(28, 2, "東京");
            g.putString(29, 3, "東");
            g.putString(5, 8, "below the screen");
            g.putString(5, -1, "above the screen");
            g.clearModifiers();
            TextGraphics region = g.newTextGraphics(new TerminalPosition(4, 4), new TerminalSize(10, 3));
            region.setForegroundColor(TextColor.ANSI.RED);
            region.putString(-2, 0, "東京 spills out of its region");
            region.putString(8, 1, "東京");
            region.putString(0, 3, "the row under the region");
            TextGraphics inner = region.newTextGraphics(new TerminalPosition(6, 1), new TerminalSize(10, 5));
            inner.putString(0, 0, "wider than its parent");
            inner.putString(0, 1, "and lower");
            inner.fill('#');
            g.newTextGraphics(new TerminalPosition(40, 2), new TerminalSize(5, 5)).putString(0, 0, "nowhere");
            g.newTextGraphics(new TerminalPosition(-6, 6), new TerminalSize(9, 4)).putString(0, 0, "half off東京");
        });
        // The next frame moves things over cells the last one drew: the write sends what changed.
        frames.draw(g -> {
            g.putString(1, 0, "東京 and more text than fits on the first line");
            g.putString(0, 1, "x");
            g.putString(0, 5, "      ");
        });
    }

    @Test
    void randomFramesOfHostileStringsMatchLanternasOwn() throws IOException {
        Random random = new Random(20261202);
        TextColor[] colors = {TextColor.ANSI.DEFAULT, TextColor.ANSI.WHITE, TextColor.ANSI.BLUE_BRIGHT,
            new TextColor.Indexed(202), new TextColor.RGB(1, 2, 3)};
        SGR[] modifiers = {SGR.BOLD, SGR.REVERSE, SGR.UNDERLINE, SGR.ITALIC};
        Frames frames = new Frames();
        for (int frame = 0; frame < 60; frame++) {
            List<Consumer<TextGraphics>> puts = new ArrayList<>();
            for (int n = 0; n < 25; n++) {
                TextColor fg = colors[random.nextInt(colors.length)];
                TextColor bg = colors[random.nextInt(colors.length)];
                SGR modifier = random.nextBoolean() ? modifiers[random.nextInt(modifiers.length)] : null;
                int col = random.nextInt(40) - 5;
                int row = random.nextInt(12) - 2;
                String text = STRINGS[random.nextInt(STRINGS.length)];
                String cut = text.substring(random.nextInt(text.length() + 1));
                boolean sub = random.nextInt(3) == 0;
                TerminalPosition at = new TerminalPosition(random.nextInt(36) - 3, random.nextInt(10) - 1);
                TerminalSize size = new TerminalSize(random.nextInt(15), random.nextInt(6));
                puts.add(g -> {
                    TextGraphics t = sub ? g.newTextGraphics(at, size) : g;
                    t.setForegroundColor(fg);
                    t.setBackgroundColor(bg);
                    t.clearModifiers();
                    if (modifier != null) {
                        t.enableModifiers(modifier);
                    }
                    t.putString(col, row, cut);
                });
            }
            frames.draw(g -> puts.forEach(put -> put.accept(g)));
        }
    }

    // The same frames on Lanterna's screen and the console's, compared after each.
    private static final class Frames {
        private final DefaultVirtualTerminal lanternaTerminal = new DefaultVirtualTerminal(SIZE);
        private final DefaultVirtualTerminal consoleTerminal = new DefaultVirtualTerminal(SIZE);
        private final TerminalScreen lanterna;
        private final ConsoleScreen console;
        private int drawn;

        Frames() throws IOException {
            lanterna = new TerminalScreen(lanternaTerminal);
            console = new ConsoleScreen(consoleTerminal);
            lanterna.startScreen();
            console.startScreen();
        }

        void draw(Consumer<TextGraphics> frame) throws IOException {
            frame.accept(lanterna.newTextGraphics());
            frame.accept(console.newTextGraphics());
            drawn++;
            for (int row = 0; row < SIZE.getRows(); row++) {
                for (int col = 0; col < SIZE.getColumns(); col++) {
                    assertSame("frame " + drawn + " cell " + col + "," + row, lanterna.getBackCharacter(col, row),
                            console.getBackCharacter(col, row));
                }
            }
            lanterna.refresh();
            console.refresh();
            for (int row = 0; row < SIZE.getRows(); row++) {
                for (int col = 0; col < SIZE.getColumns(); col++) {
                    TerminalPosition at = new TerminalPosition(col, row);
                    assertSame("frame " + drawn + " on the terminal at " + col + "," + row,
                            lanternaTerminal.getCharacter(at), consoleTerminal.getCharacter(at));
                }
            }
        }

        private static void assertSame(String where, TextCharacter expected, TextCharacter actual) {
            assertEquals(describe(expected), describe(actual), where);
        }

        private static String describe(TextCharacter c) {
            return "[" + c.getCharacterString() + "] fg " + c.getForegroundColor() + " bg " + c.getBackgroundColor()
                    + " " + c.getModifiers() + (c.isDoubleWidth() ? " wide" : "");
        }
    }
}
