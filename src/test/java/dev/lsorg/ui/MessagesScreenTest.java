package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages that must be read stay: a change's outcome and every warning outlast background refreshes and their
 * failures, until Esc or another action; {@code :messages} lists the session's messages with their times; a
 * rejected key is a state of the header with the change keys withdrawn; deleting the workspace on screen moves
 * the console to another and says so.
 */
class MessagesScreenTest {
    @TempDir
    Path dir;

    @Test
    void aChangesOutcomeOutlastsFailingRefreshesAndMessagesListsBoth() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('6', "Invites");
            c.h.type(" y");
            c.awaitOutcome();
            String done = "Done: Disable inviting people to the org in org Acme Robotics";
            assertEquals(done, c.state().status().text());
            c.emulator.faults().errorRate(1.0).onlyFor("GET");
            c.h.tick(c.org.clock.instant().plusSeconds(60));
            c.h.pumpUntil(() -> !c.state().anyLoading() && c.state().messages().size() > 3, "failed refreshes");
            c.emulator.faults().reset();
            assertEquals(done, c.state().status().text(), "a refresh's failure never replaces the outcome");
            assertTrue(c.h.line(22).startsWith(" " + done), c.h.line(22));
            c.h.type(":messages");
            c.h.press(KeyType.Enter);
            c.h.waitFor(" Messages of this session");
            List<String> lines = ((dev.lsorg.app.ChangeDialog.TextView) c.dialog()).lines();
            assertTrue(c.h.text().matches("(?s).*\\d\\d:\\d\\d:\\d\\d  WARN  GET .*"), c.h.text());
            assertTrue(lines.stream().anyMatch(l -> l.equals(hms(c.org.clock.instant()) + "  INFO  " + done)),
                    c.h.text());
            assertTrue(lines.stream().anyMatch(l -> l.matches(hms(c.org.clock
                    .instant().plusSeconds(60)) + "  WARN  GET /api/v1/.*: HTTP 50\\d; retrying")), c.h.text());
            c.h.press(KeyType.Escape);
            assertEquals(done, c.state().status().text(), "closing the list leaves the message");
            c.h.press(KeyType.Escape);
            assertEquals(done, c.state().status().text(), "Esc clears the pane's filter first");
            c.h.press(KeyType.Escape);
            assertFalse(c.state().status().present(), "then Esc dismisses the message");
        }
    }

    private static String hms(java.time.Instant at) {
        return at.toString().substring(11, 19);
    }

    @Test
    void startUpWarningsStayAfterTheFirstLoad() throws Exception {
        try (DemoOrg org = DemoOrg.start(); ScreenHarness h = new ScreenHarness(new ClientOrgReader(org.client), 80,
                24, "dark", false, dir, org.emulator.endpoint(), null, org.clock,
                List.of("theme 'nope' not found; using dark"))) {
            h.start();
            h.tick(org.clock.instant().plusSeconds(60));
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "a refresh");
            assertEquals(" theme 'nope' not found; using dark  [Esc]", h.line(22));
        }
    }

    @Test
    void aRejectedKeyIsAStateOfTheHeaderAndWithdrawsTheChangeKeys() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir, ChangeHarness.Setup.withKey("lsv2_sk_" + "0".repeat(40)))) {
            assertTrue(c.h.line(0).startsWith(" lsorg KEY REJECTED: LangSmith rejected the API key"), c.h.line(0));
            assertTrue(c.state().status().text().startsWith("The API key was rejected: "), c.h.text());
            String hints = c.h.line(23);
            assertFalse(hints.contains(" new") || hints.contains(" delete"), hints);
            c.h.press(KeyType.Escape);
            c.h.type("n");
            assertEquals("new is disabled: LangSmith rejected the API key; changes are off until a load succeeds",
                    c.state().status().text());
            assertEquals(List.of(), c.changes());
        }
    }

    @Test
    void deletingTheWorkspaceOnScreenMovesToAnotherAndSaysSo() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type(":ws Sandbox");
            c.h.press(KeyType.Enter);
            c.h.pumpUntil(() -> c.h.line(0).contains("ws Sandbox"), "Sandbox on screen");
            c.select('1', "Sandbox");
            c.h.type("x");
            c.h.type("Sandbox");
            c.h.press(KeyType.Tab, KeyType.Enter);
            c.awaitOutcome();
            c.h.pumpUntil(() -> c.state().status().text().startsWith("Workspace Sandbox was deleted"), "the move");
            assertEquals("Workspace Sandbox was deleted; now in workspace Production", c.state().status().text());
            assertTrue(c.h.line(0).contains("ws Production"), c.h.line(0));
        }
    }
}
