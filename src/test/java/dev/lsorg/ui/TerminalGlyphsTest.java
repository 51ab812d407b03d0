package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.ui.render.Glyphs;
import dev.lsorg.ui.theme.ColorDepth;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 11: a VT100 or the Linux console gets ASCII glyphs and 16 colours, never 256-colour sequences. */
class TerminalGlyphsTest {
    @TempDir
    Path dir;

    private ConsoleSettings settings(String term) {
        Map<String, String> env = Map.of("HOME", dir.toString(), "TERM", term);
        return SettingsResolver.resolve(null, false, false, env, ConsolePaths.of(env));
    }

    @Test
    void vt100AndTheLinuxConsoleGetAsciiAndSixteenColours() {
        for (String term : new String[] {"vt100", "vt220", "linux"}) {
            assertEquals(Glyphs.ASCII, settings(term).glyphs(), term);
            assertEquals(ColorDepth.ANSI_16, settings(term).depth(), term);
        }
        assertEquals(Glyphs.UNICODE, settings("xterm-256color").glyphs());
        assertEquals(ColorDepth.INDEXED_256, settings("xterm-256color").depth());
    }

    /** The workspace picker is framed, so it stands out in the mono theme where colours do not. */
    @Test
    void theWorkspacePickerHasAFrameInMono() throws Exception {
        try (ScreenHarness h = new ScreenHarness(new FixtureReader(), 80, 24, "mono", false, dir).start()) {
            h.type("w");
            int row = h.lines().indexOf(h.lines().stream().filter(l -> l.contains("Workspace │ type to filter"))
                    .findFirst().orElseThrow());
            String title = h.line(row);
            int left = title.indexOf(" Workspace │") - 1;
            assertEquals('│', h.line(row + 1).charAt(left), h.text());
            assertTrue(h.lines().stream().skip(row).anyMatch(l -> l.strip().matches("─{40,}")), h.text());
        }
    }
}
