package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.app.mutation.Mutation;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-only and dry-run modes, the key's permissions (disabled keys, 403), a 422, the : line and the journal. */
class ChangeModesTest {
    @TempDir
    Path dir;

    @Test
    void readOnlyHasNoChangeKeysAndRefusesChangeCommands() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir, new ChangeHarness.Setup(true, false, null, null, null))) {
            for (char pane : "123456".toCharArray()) {
                c.h.type(String.valueOf(pane));
                String hints = c.h.line(23);
                for (String label : List.of(" new", " rename", " delete", " invite", " role", " remove", " add",
                        " mark", " revoke", " toggle", " unshare")) {
                    assertFalse(hints.contains(label), "pane " + pane + " hints '" + hints + "'");
                }
                c.h.type("neixoa U");
                c.h.press(KeyType.Delete);
                assertTrue(c.state().overlay() instanceof Overlay.None, c.h.text());
            }
            c.h.type("?");
            assertFalse(String.join("\n", c.h.lines()).contains("Invite people"), c.h.text());
            c.h.press(KeyType.Escape);
            c.h.type(":invite ann@example.com");
            c.h.press(KeyType.Enter);
            assertTrue(c.state().status().text().startsWith("Refused: read-only mode: lsorg makes no changes"), c.state().status().text());
            assertTrue(c.state().overlay() instanceof Overlay.None);
            c.assertScreenHas("READ-ONLY");
            assertEquals(List.of(), c.changes());
        }
    }

    @Test
    void dryRunGoesThroughTheWholeFlowSendsNothingAndJournals() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir, new ChangeHarness.Setup(false, true, null, null, null))) {
            c.assertScreenHas("DRY-RUN");
            c.h.type("1nDry Lab");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            c.assertScreenHas("Dry run: the request is recorded in the journal, not sent.");
            c.h.type("y");
            c.awaitOutcome();
            c.assertScreenHas("Dry run: recorded in the journal, not sent: Create workspace Dry Lab");
            assertEquals(List.of(), c.changes());
            List<JournalEntry> entries = new Journal(c.journal).read();
            assertEquals(1, entries.size());
            assertEquals("dry-run", entries.get(0).outcome());
            assertEquals(0, entries.get(0).sent());
            assertEquals(m.previews().get(0).text(), entries.get(0).requests().get(0));
            assertFalse(Files.readString(c.journal).contains(c.emulator.keys().orgAdminKey()));
            c.h.type("J");
            c.h.pumpUntil(() -> c.state().overlay() instanceof Overlay.Change, "the journal view");
            assertTrue(c.dialog() instanceof ChangeDialog.TextView, c.h.text());
            c.assertScreenHas("DRY-RUN  Create workspace Dry Lab");
            c.assertScreenHas("    POST " + c.emulator.endpoint() + "/api/v1/workspaces");
            c.h.press(KeyType.Escape);
            c.h.type(":journal");
            c.h.press(KeyType.Enter);
            c.h.waitFor(" Journal of changes");
        }
    }

    @Test
    void keysTheApiKeyMayNotUseAreShownDisabledWithTheReason() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir, new ChangeHarness.Setup(false, false,
                "viewer", null, null))) {
            c.h.type("1");
            assertTrue(c.h.line(23).contains("n new"), c.h.line(23));
            var theme = new dev.lsorg.ui.theme.ThemeLoader(dir).load("dark");
            int col = c.h.line(23).indexOf("n new");
            assertEquals(theme.style(dev.lsorg.ui.theme.Slot.ROW_DIM).fg(), c.h.cell(col, 23).getForegroundColor(),
                    "the disabled key is drawn dimmed");
            int help = c.h.line(23).indexOf("? help");
            assertEquals(theme.style(dev.lsorg.ui.theme.Slot.HINT_KEY).fg(), c.h.cell(help, 23).getForegroundColor());
            c.h.type("n");
            assertEquals("new is disabled: the API key lacks the permission organization:manage",
                    c.state().status().text());
            assertTrue(c.state().overlay() instanceof Overlay.None);
            c.h.type("?");
            c.h.press(KeyType.PageDown, KeyType.PageDown, KeyType.PageDown, KeyType.PageDown);
            c.assertScreenHas("Changes this API key cannot make");
            c.h.press(KeyType.Escape);
            c.h.resize(160, 120);
            c.h.type("?");
            c.assertScreenHas("x in API keys, on a service key (a personal access token it still revokes): disabled");
            assertEquals(List.of(), c.changes());
        }
    }

    @Test
    void aForbiddenAnswerIsShownInWords() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir, new ChangeHarness.Setup(false, false, null, "viewer", null))) {
            c.select('6', "Invites");
            c.h.type(" y");
            c.awaitOutcome();
            assertEquals(403, c.awaitChanges(1).get(0).status());
            assertTrue(c.state().status().text().startsWith("Refused: The key is not allowed to do this"),
                    c.state().status().text());
            c.assertScreenHas("Refused: The key is not allowed to do this");
        }
    }

    @Test
    void aValidationAnswerIsShownInWordsInTheForm() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer().requestHandler(req -> req.response().setStatusCode(422)
                    .putHeader("content-type", "application/json")
                    .end("{\"detail\":[{\"loc\":[\"body\",\"display_name\"],\"msg\":\"String should match"
                            + " pattern\",\"type\":\"string_pattern_mismatch\",\"input\":\"Lab\"}]}"))
                    .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
            String stub = "http://127.0.0.1:" + server.actualPort();
            try (ChangeHarness c = new ChangeHarness(dir, new ChangeHarness.Setup(false, false, null, null, stub))) {
                c.h.type("1nLab");
                c.h.press(KeyType.Enter);
                c.h.type("y");
                c.awaitOutcome();
                assertTrue(c.dialog() instanceof ChangeDialog.Form, c.h.text());
                assertEquals(" Name                   Lab", c.h.line(3));
                assertEquals("   ! String should match pattern", c.h.line(4), "the 422's field is shown at its field");
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    void theCommandLineRoutesChangesIntoTheSameConfirmation() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type(":role farid.chen@acme-robotics.com admin");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertEquals("Change farid.chen@acme-robotics.com's org role from Organization User to Organization Admin",
                    m.title());
            ChangeMembersTest.confirmAndCheck(c, m);
            c.h.type(":remove nobody@example.com");
            c.h.press(KeyType.Enter);
            assertTrue(c.state().status().text().startsWith("Refused: target: no member, pending invite or key"),
                    c.state().status().text());
            c.h.type(":invite");
            c.h.press(KeyType.Enter);
            assertFalse(c.state().status().text().startsWith("Unknown command"), c.state().status().text());
            assertTrue(c.state().overlay() instanceof Overlay.None);
            assertEquals(1, c.changes().size(), "only the confirmed role change was sent");
        }
    }
}
