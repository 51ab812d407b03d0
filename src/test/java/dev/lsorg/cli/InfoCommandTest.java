package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lsorg info} names every file lsorg writes, the shell's history too (issue 14, item 11). */
class InfoCommandTest {
    @Test
    void infoNamesTheConsolesAndTheShellsHistories(@TempDir Path dir) {
        CommandRunner.Result r = CommandRunner.run(CommandRunner.isolated(dir), "info");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("history ") && l.contains("lsorg/history")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("shell ") && l.contains("lsorg/shell_history")),
                r.out());
    }
}
