package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared set-up of whole-screen tests that only read the demo org: one org for the class, a fresh console on it
 * for each test ({@link #console}), and the screen assertions they share.
 */
abstract class DemoScreenTest {
    static DemoOrg org;

    @TempDir
    Path dir;

    @BeforeAll
    static void startDemoOrg() {
        org = DemoOrg.start();
    }

    @AfterAll
    static void stopDemoOrg() {
        org.close();
    }

    /** The real console on the demo org at {@code cols} x {@code rows}, loaded, with no faults left from before. */
    ScreenHarness console(int cols, int rows) throws Exception {
        org.emulator.faults().reset();
        return ScreenHarness.console(org, cols, rows, "dark", dir);
    }

    static void assertLine(ScreenHarness h, int row, String regex) {
        assertTrue(h.line(row).matches(regex), "line " + row + " '" + h.line(row) + "' !~ " + regex + "\n" + h.text());
    }

    static void assertTitle(ScreenHarness h, String regex) {
        assertTrue(h.title().matches(regex), "title '" + h.title() + "' !~ " + regex + "\n" + h.text());
    }

    static void assertScreenHas(ScreenHarness h, String text) {
        assertTrue(h.text().contains(text), "screen lacks '" + text + "':\n" + h.text());
    }
}
