package dev.lsorg.ui;

import dev.lsorg.app.Mode;
import dev.lsorg.app.Verb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTableTest {
    @Test
    void defaultsHaveNoClashes() {
        assertEquals(List.of(), KeyTable.defaults().conflicts());
    }

    @Test
    void lookupDependsOnContext() {
        KeyTable t = KeyTable.defaults();
        assertEquals(Verb.QUIT, t.lookup(Mode.TABLE, "q", false));
        assertEquals(Verb.BACK, t.lookup(Mode.DETAIL, "q", false));
        assertEquals(Verb.RAW_JSON, t.lookup(Mode.DETAIL, "y", false));
        assertNull(t.lookup(Mode.TABLE, "y", false));
    }

    @Test
    void keymapRebindsAndReportsProblems() {
        List<String> problems = new ArrayList<>();
        KeyTable t = KeyTable.defaults().withKeymap("keys.conf",
                List.of("# mine", "move-down = n Down", "refresh = s", "teleport = t"), problems);
        assertEquals(Verb.MOVE_DOWN, t.lookup(Mode.TABLE, "n", false));
        assertNull(t.lookup(Mode.TABLE, "j", false));
        assertTrue(problems.contains("keys.conf:4: unknown command (the names are listed in the README and help)"),
                problems.toString());
        assertTrue(problems.contains("key 's' is bound to both sort-next and refresh in table"), problems.toString());
    }

    /** A key file named as the keymap by mistake: every problem names the line, none repeats what it holds. */
    @Test
    void keymapProblemsNeverQuoteTheFile(@TempDir Path dir) throws Exception {
        String key = "lsv2_sk_0123456789abcdef0123456789abcdef_9f2c";
        Path file = dir.resolve("keys.conf");
        Files.writeString(file, key + "\n" + key + " = j\nquit = " + key + "\nquit = \u001b]52;c;x\u0007\nquit = Q\n");
        List<String> problems = new ArrayList<>();
        KeyTable t = KeyTable.defaults().withKeymap(file, problems);
        assertEquals(List.of(file + ":1: expected 'command = key key'",
                file + ":2: unknown command (the names are listed in the README and help)",
                file + ":3: quit: not a key name (a character, C-x, M-x, Up, Down, Enter, Esc, Tab, F1, Space ...)",
                file + ":4: quit: not a key name (a character, C-x, M-x, Up, Down, Enter, Esc, Tab, F1, Space ...)"),
                problems);
        assertEquals(Verb.QUIT, t.lookup(Mode.TABLE, "Q", false), "the good line still applies");
        Files.write(file, new byte[] {'q', 'u', 'i', 't', ' ', '=', ' ', (byte) 0xC0, (byte) 0xAF});
        problems.clear();
        KeyTable.defaults().withKeymap(file, problems);
        assertEquals(List.of(file + ":1: not UTF-8 text (expected a keymap; is it a binary file?)"), problems);
    }

    @Test
    void keyNamesAreCharactersOrKnownNames() {
        for (String ok : List.of("j", "G", "?", "é", "C-x", "M-j", "Up", "S-Tab", "Space", "F1")) {
            assertTrue(KeyNames.isValid(ok), ok);
        }
        for (String bad : List.of("", "jj", "C-", "Ctrl-x", "\u001b", "\u0007", "\u202e", " ", "F2x", "lsv2_sk_x")) {
            assertFalse(KeyNames.isValid(bad), bad);
        }
    }

    @Test
    void aKeyFileGivenAsTheThemeIsAProblemThatDoesNotQuoteIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("k");
        Files.writeString(file, "lsv2_sk_0123456789abcdef0123456789abcdef_9f2c\n");
        ConsoleSettings s = SettingsResolver.resolve(file.toString(), false, false, java.util.Map.of("HOME",
                dir.toString()), ConsolePaths.of(java.util.Map.of("HOME", dir.toString())));
        assertEquals(List.of(file + ":1: expected 'slot = FG on BG'; using the dark theme"), s.problems());
    }

    @Test
    void helpIsBuiltFromTheTable() {
        List<String> problems = new ArrayList<>();
        KeyTable t = KeyTable.defaults().withKeymap("k", List.of("workspace-picker = W"), problems);
        List<String> help = HelpText.lines(t, false, true);
        assertTrue(help.stream().anyMatch(l -> l.startsWith("  W ") && l.endsWith("Pick the workspace")), help.toString());
        for (Binding b : t.all(false)) {
            assertTrue(help.stream().anyMatch(l -> l.endsWith(b.help())), b.help());
        }
    }
}
