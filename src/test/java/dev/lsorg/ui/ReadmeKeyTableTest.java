package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's key tables are the key table in code: one source, so a key changed in code shows up here as a failure. */
class ReadmeKeyTableTest {
    @Test
    void theReadmesKeyTablesAreGeneratedFromTheKeyTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertEquals(KeyTableDoc.rewrite(readme), readme, "the README's key tables differ from the code's; run"
                + " java -cp target/classes dev.lsorg.ui.KeyTableDoc README.md");
    }

    @Test
    void theTablesShowTheKeysOfIssue14() {
        String md = KeyTableDoc.markdown();
        assertTrue(md.contains("| `-` | Back to the previous view |"), md);
        assertTrue(md.contains("| `←` `h`"), "columns scroll");
        assertTrue(md.contains("| 2 Members | `Enter` | Their workspaces, with their role in each |"), md);
        assertTrue(md.contains("| 5 Roles | `Enter` | Who holds the role |"), md);
        assertTrue(md.contains("| `D` | Show or hide deleted workspaces (Workspaces) |"), md);
    }
}
