package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(Command.QUIT, t.lookup(KeyContext.TABLE, "q", false));
        assertEquals(Command.BACK, t.lookup(KeyContext.DETAIL, "q", false));
        assertEquals(Command.RAW_JSON, t.lookup(KeyContext.DETAIL, "y", false));
        assertNull(t.lookup(KeyContext.TABLE, "y", false));
    }

    @Test
    void keymapRebindsAndReportsProblems() {
        List<String> problems = new ArrayList<>();
        KeyTable t = KeyTable.defaults().withKeymap("keys.conf",
                List.of("# mine", "move-down = n Down", "refresh = s", "teleport = t"), problems);
        assertEquals(Command.MOVE_DOWN, t.lookup(KeyContext.TABLE, "n", false));
        assertNull(t.lookup(KeyContext.TABLE, "j", false));
        assertTrue(problems.contains("keys.conf line 4: unknown command 'teleport'"), problems.toString());
        assertTrue(problems.contains("key 's' is bound to both sort-next and refresh in table"), problems.toString());
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
