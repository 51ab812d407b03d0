package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.Effect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A served console's files: an export is a bare name inside the person's folder, never a path they typed. */
class ConfinedFilesTest {
    @TempDir
    Path dir;

    private static Effect.Export export(String name) {
        return new Effect.Export(Path.of(name), "csv", List.of("EMAIL"), List.of(List.of("a@example.com")));
    }

    @Test
    void aBareNameIsWrittenIntoThePersonsFolder() throws Exception {
        Path alice = dir.resolve("exports").resolve("alice");
        String said = new ConfinedFiles(alice).export(export("members.csv"));
        assertEquals("Exported 1 rows to members.csv in your export folder on the server", said);
        assertEquals("EMAIL\na@example.com\n", Files.readString(alice.resolve("members.csv")).replace("\r\n", "\n"));
    }

    @Test
    void aPathIsRefusedAndNothingIsWritten() {
        ConfinedFiles files = new ConfinedFiles(dir.resolve("alice"));
        for (String name : List.of("../x.csv", "/tmp/x.csv", "sub/x.csv", ".hidden", "..")) {
            IOException e = assertThrows(IOException.class, () -> files.export(export(name)), name);
            assertTrue(e.getMessage().startsWith("give a plain file name"), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("x.csv")));
        assertFalse(Files.exists(dir.resolve("alice")));
    }

    @Test
    void withoutAnExportFolderExportsAreOffAndNoHistoryIsKept() throws Exception {
        ConfinedFiles off = new ConfinedFiles(null);
        assertTrue(assertThrows(IOException.class, () -> off.export(export("m.csv"))).getMessage()
                .startsWith("exports are off on this server"));
        off.appendHistory(":theme light");
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }
}
