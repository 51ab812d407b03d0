package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AsynchronousTextGUIThread;
import com.googlecode.lanterna.gui2.SeparateTextGUIThread;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lsorg.app.Connection;
import dev.lsorg.testing.TestClock;
import dev.lsorg.ui.render.Glyphs;
import dev.lsorg.ui.theme.ColorDepth;
import dev.lsorg.ui.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exception on the GUI thread is logged (with its stack trace) and shown as one line; the console keeps going. */
class GuiErrorTest {
    @TempDir
    Path dir;

    @Test
    void aGuiThreadExceptionBecomesALoggedErrorLine() throws Exception {
        DefaultVirtualTerminal t = new DefaultVirtualTerminal(new TerminalSize(100, 24));
        TerminalScreen screen = new TerminalScreen(t);
        screen.startScreen();
        ThemeLoader loader = new ThemeLoader(dir);
        ConsoleSettings settings = new ConsoleSettings(loader.load("dark"), ColorDepth.TRUE_COLOR, loader,
                Glyphs.UNICODE, KeyTable.defaults(), Duration.ofSeconds(30), List.of(), dir.resolve("h"), List.of());
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        ConsoleLog log = new ConsoleLog(new PrintStream(logged, true, StandardCharsets.UTF_8), System.err,
                TestClock.pinned());
        try (ConsoleApp app = new ConsoleApp(screen, new SeparateTextGUIThread.Factory(), new FixtureReader(),
                new Connection("x", "k", null, false, false), null, settings, TestClock.pinned(), null)) {
            AsynchronousTextGUIThread thread = (AsynchronousTextGUIThread) app.gui().getGUIThread();
            thread.setExceptionHandler(ConsoleLauncher.handler(app, log));
            thread.start();
            thread.invokeLater(() -> {
                throw new IllegalStateException("boom in a pane");
            });
            // the GUI thread runs its queue in order: once this no-op has run, the failing task has run and its
            // handler has put the status in the store; the next task draws the screen with it
            thread.invokeAndWait(() -> { });
            thread.invokeAndWait(() -> {
                try {
                    app.gui().updateScreen();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String status = row(t, 22);
            assertTrue(status.contains("Internal error: java.lang.IllegalStateException: boom in a pane"), status);
            String text = logged.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("ERROR GUI thread") && text.contains("at dev.lsorg.ui.GuiErrorTest"), text);
            assertTrue(thread.getState() == AsynchronousTextGUIThread.State.STARTED, "the console keeps running");
            thread.stop();
            thread.waitForStop(2, TimeUnit.SECONDS);
        }
    }

    private static String row(DefaultVirtualTerminal t, int r) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < 100; c++) {
            b.append(t.getCharacter(c, r).getCharacterString());
        }
        return b.toString();
    }
}
