package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An audit that could not see everything says so in the console's Audit pane as {@code lsorg audit} does: its notes
 * (other members' PATs not visible, tokens whose owner is unknown) lead the findings, are counted in the title and
 * read in full with Enter.
 */
class AuditNotesScreenTest {
    @TempDir
    Path dir;

    @Test
    void withoutTheOrgWideTokenListTheAuditPaneSaysOtherMembersTokensAreNotVisible() throws Exception {
        try (DemoOrg org = DemoOrg.start()) {
            org.emulator.server().orgPatList(false);
            try (ScreenHarness h = ScreenHarness.console(org, 80, 24, "dark", dir)) {
                h.type("8");
                h.waitFor(" info, 1 note (");
                assertTrue(h.title().matches(" Audit \\d+ high, .*, 1 note \\(\\d+\\)"), h.title());
                assertEquals("note     personal_access_tokens -                      Other members' personal …",
                        h.line(4));
                h.press(KeyType.Enter);
                assertTrue(h.app.store().state().overlay() instanceof Overlay.Detail, h.text());
                assertEquals(PaneId.AUDIT, h.app.store().state().pane(), "a note is read here, not jumped from");
                String text = h.text().replaceAll("\\s+", " ");
                assertTrue(text.contains("About personal_access_tokens"), h.text());
                assertTrue(text.contains("Other members' personal access tokens are not visible (the server has no"
                        + " org-wide PAT list"), h.text());
                assertTrue(text.contains("only the API key's own tokens are listed."), h.text());
            }
        }
    }

    @Test
    void tokensWhoseOwnerIsUnknownAreNamedInANote() throws Exception {
        try (DemoOrg org = DemoOrg.start(); ScreenHarness h = new ScreenHarness(ChangePatsTest.withoutOwners(
                new ClientOrgReader(org.client)), 80, 24, "dark", false, dir, org.emulator.endpoint(), null,
                org.clock)) {
            h.start();
            h.type("8");
            h.waitFor(", 1 note (");
            assertEquals("note     keys.pat-of-disabled-… -                      Could not be evaluated f…",
                    h.line(4));
            h.press(KeyType.Enter);
            String text = h.text().replaceAll("\\s+", " ");
            assertTrue(text.contains("Could not be evaluated for 5 personal access tokens whose owner is unknown"),
                    h.text());
            assertTrue(text.contains("old laptop (lsv2_pt_"), h.text());
        }
    }
}
