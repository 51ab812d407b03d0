package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 8 at 80x24: a confirmation states what the change takes with it, a form names its target, and a
 * typed confirmation is confirmed by Enter once the name matches.
 */
class ConfirmationScreenTest {
    @TempDir
    Path dir;

    @Test
    void deletingAWorkspaceStatesItsMembersAndKeysAndTheTypedNameThenEnterSends() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('1', "research");
            c.h.type("x");
            assertTrue(c.h.text().matches("(?s).*It has \\d+ members? (and \\d+ pending invites? )?and \\d+ service"
                    + " keys?; they lose access to.*"), c.h.text());
            c.h.type("Research");
            c.h.press(KeyType.Enter);
            c.awaitOutcome();
            assertEquals("DELETE", c.awaitChanges(1).get(0).method(), "Enter sent it; no Tab to Confirm needed");
        }
    }

    @Test
    void revokingAKeyStatesItsShortFormAndLastUseAndARoleFormNamesTheKey() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('4', "quarterly eval");
            c.h.type("x");
            assertTrue(c.h.text().matches("(?s).*quarterly eval \\(lsv2_sk_\\S+\\): last used .*"), c.h.text());
            c.h.press(KeyType.Escape);
            c.h.type("o");
            assertTrue(c.h.text().matches("(?s).* For: quarterly eval \\(lsv2_sk_\\S+\\).*"), c.h.text());
        }
    }
}
