package dev.lsorg.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeLoaderTest {
    @TempDir
    Path dir;

    @Test
    void everyBundledThemeLoadsWithEverySlotSet() throws Exception {
        ThemeLoader loader = new ThemeLoader(dir);
        for (String name : ThemeLoader.BUNDLED) {
            Theme t = loader.load(name);
            for (Slot s : Slot.values()) {
                assertTrue(t.style(s) != null, name + " " + s);
            }
        }
    }

    @Test
    void monoUsesNoColourAndReverseForTheSelection() throws Exception {
        Theme mono = new ThemeLoader(dir).load("mono");
        for (Slot s : Slot.values()) {
            assertEquals(TextColor.ANSI.DEFAULT, mono.style(s).fg(), s.key());
            assertEquals(TextColor.ANSI.DEFAULT, mono.style(s).bg(), s.key());
        }
        assertTrue(mono.style(Slot.ROW_SELECTED).modifiers().contains(SGR.REVERSE));
    }

    @Test
    void badFileNamesFileLineAndSlot() throws Exception {
        Path bad = dir.resolve("broken.theme");
        Files.writeString(bad, "# comment\nbase = white on black\nrow.selectd = red on blue\n");
        ThemeException e = assertThrows(ThemeException.class, () -> new ThemeLoader(dir).load(bad.toString()));
        assertTrue(e.getMessage().startsWith(bad + ":3: unknown slot (known: base,"), e.getMessage());
        Files.writeString(bad, "header = chartreuse on black\n");
        e = assertThrows(ThemeException.class, () -> new ThemeLoader(dir).load(bad.toString()));
        assertEquals(bad + ":1: slot 'header': unknown colour (expected default, red, bright-red, #rrggbb or 0-255)",
                e.getMessage());
    }

    /** A file that is not a theme (here a key file, named by mistake) is refused without repeating any of it. */
    @Test
    void aFileThatIsNotAThemeIsNeverQuoted() throws Exception {
        String key = "lsv2_sk_0123456789abcdef0123456789abcdef_9f2c";
        Path file = dir.resolve("langsmith.key");
        String[][] cases = {
            {key + "\n", ":1: expected 'slot = FG on BG'"},
            {"\n\n" + key + " = red on black\n", ":3: unknown slot (known: "},
            {"header = " + key + "\n", ":1: slot 'header': expected 'FG on BG'"},
            {"header = " + key + " on black\n", ":1: slot 'header': unknown colour"},
            {"header = red on black, " + key + "\n", ":1: slot 'header': unknown modifier"},
        };
        for (String[] c : cases) {
            Files.writeString(file, c[0]);
            ThemeException e = assertThrows(ThemeException.class, () -> new ThemeLoader(dir).load(file.toString()));
            assertEquals(file + c[1], e.getMessage().substring(0, Math.min(e.getMessage().length(),
                    (file + c[1]).length())), e.getMessage());
            assertFalse(e.getMessage().contains("0123456789abcdef"), e.getMessage());
        }
        Files.write(file, new byte[] {'b', 'a', 's', 'e', '\n', (byte) 0xFF, (byte) 0xFE, 0, 0});
        ThemeException binary = assertThrows(ThemeException.class, () -> new ThemeLoader(dir).load(file.toString()));
        assertEquals(file + ":2: not UTF-8 text (expected a theme; is it a binary file?)", binary.getMessage());
    }

    @Test
    void userThemesOverrideAndExtendTheBundledOnes() throws Exception {
        Files.writeString(dir.resolve("solar.theme"), "base = #002b36 on #fdf6e3, bold\n");
        ThemeLoader loader = new ThemeLoader(dir);
        Theme t = loader.load("solar");
        assertEquals(new TextColor.RGB(0, 0x2b, 0x36), t.style(Slot.ROW).fg(), "unset slots inherit base");
        assertTrue(loader.names().contains("solar") && loader.names().contains("high-contrast"));
    }

    @Test
    void coloursDowngradeTo256And16() {
        TextColor rgb = new TextColor.RGB(0, 95, 135);
        assertTrue(ColorDepth.INDEXED_256.adapt(rgb) instanceof TextColor.Indexed);
        assertEquals(TextColor.ANSI.BLUE, ColorDepth.ANSI_16.adapt(new TextColor.RGB(0, 0, 190)));
        assertEquals(TextColor.ANSI.BLACK, ColorDepth.ANSI_16.adapt(new TextColor.RGB(28, 28, 28)));
        assertEquals(ColorDepth.TRUE_COLOR, ColorDepth.detect(Map.of("COLORTERM", "truecolor", "TERM", "xterm")));
        assertEquals(ColorDepth.INDEXED_256, ColorDepth.detect(Map.of("TERM", "screen-256color")));
        assertEquals(ColorDepth.ANSI_16, ColorDepth.detect(Map.of("TERM", "screen")));
    }
}
