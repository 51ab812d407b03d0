package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-screen tests of the console on fixture data. */
class ConsoleScreenTest {
    @TempDir
    Path dir;

    @Test
    void workspacesPaneAt80x24() throws Exception {
        try (ScreenHarness h = new ScreenHarness(new FixtureReader(), 80, 24, "dark", false, dir).start()) {
            System.out.println(h.text());
            assertTrue(h.line(0).contains("Acme Labs"));
        }
    }
}
