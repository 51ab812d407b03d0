package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, items 1 and 2 on the demo org at 80x24: help leads with the pane's own keys and says why one is
 * unavailable; Enter drills into what a row holds, a breadcrumb says where, Esc and '-' come back as it was.
 */
class NavigationScreenTest extends DemoScreenTest {
    @Test
    void helpLeadsWithTheKeysOfThePaneOnScreen() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2?");
            assertEquals(" Members pane", h.line(3));
            assertEquals("   Enter                Their workspaces, with their role in each", h.line(4));
            assertEquals("   d                    Details of the row (y there: raw JSON)", h.line(5));
            assertEquals("   i                    Invite people to the org", h.line(6));
            assertScreenHas(h, "   x Del                Remove from the org (an invite: revoke it)");
            assertScreenHas(h, " In every pane");
            h.type("q4?");
            assertEquals(" API keys pane", h.line(3));
            assertScreenHas(h, "   n                    Create a service key");
            h.type("q8?");
            assertEquals("   Enter                Go to the finding's object (Esc comes back)", h.line(4));
        }
    }

    @Test
    void inReadOnlyModeAChangeKeySaysSoAndHelpSaysWhy() throws Exception {
        try (ScreenHarness h = new ScreenHarness(new FixtureReader(), 80, 24, "dark", true, dir).start()) {
            h.type("n");
            assertEquals("new is disabled: read-only mode: lsorg makes no changes (use --write to allow them)",
                    h.app.store().state().status().text());
            assertTrue(h.line(22).startsWith(" new is disabled: read-only mode"), h.line(22));
            h.type("?");
            assertEquals("   n                    Create a workspace", h.line(6));
            assertTrue(h.line(7).startsWith("                          unavailable: read-only mode: lsorg makes no"),
                    h.text());
        }
    }

    @Test
    void enterDrillsDownAndEscComesBackWithSelectionAndFilterAsTheyWere() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("/prod");
            h.press(KeyType.Enter);
            assertEquals(" Workspaces (1/6)  filter: prod", h.title());
            h.press(KeyType.Enter);
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "Production's members");
            String members = h.title();
            assertTrue(members.matches(" Acme Robotics › Production › Members \\(\\d+\\)"), members);
            h.type("jj");
            String person = h.app.store().state().paneState(dev.lsorg.app.PaneId.WS_MEMBERS).selectedId();
            h.press(KeyType.Enter);
            assertTrue(h.title().matches(" … › Production › Members › \\S+@acme-robotics\\.com › Workspaces \\(\\d+\\)"),
                    "the places furthest back give way at 80 columns: " + h.title());
            assertTrue(h.line(3).matches("WORKSPACE +WS ROLE +HANDLE +ADDED"), h.line(3));
            assertTrue(h.text().contains("Production"), h.text());
            h.press(KeyType.Escape);
            assertEquals(members, h.title());
            assertEquals(person, h.app.store().state().paneState(dev.lsorg.app.PaneId.WS_MEMBERS).selectedId(),
                    "the selection is where it was");
            h.press(KeyType.Escape);
            assertEquals(" Workspaces (1/6)  filter: prod", h.title(), "the filter is back as it was");
            assertTrue(h.line(4).startsWith("Production"), h.line(4));
        }
    }

    @Test
    void aRoleListsItsHoldersAndMinusGoesBack() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("5/organization admin");
            h.press(KeyType.Enter, KeyType.Enter);
            assertTrue(h.title().matches(" Roles › Org Admin › Holders \\(\\d+\\)"), h.title());
            assertTrue(h.line(3).matches("KIND +WHO +WHERE +NAME"), h.line(3));
            assertTrue(h.line(4).matches("member +\\S+@acme-robotics\\.com +org .*"), h.text());
            h.type("-");
            assertTrue(h.title().startsWith(" Roles (1/"), h.title());
            h.type("2-");
            assertTrue(h.title().startsWith(" Roles "), "'-' goes back to the pane before: " + h.title());
        }
    }
}
