package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Status;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.TenantForUser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Workspaces pane's change keys on the real console against the demo emulator: n, e, x/Del. */
class ChangeWorkspacesTest {
    @TempDir
    Path dir;

    private static List<TenantForUser> workspaces(ChangeHarness c) {
        return c.reader.workspaces().list(true).toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void createSendsExactlyWhatTheDialogShowsWithCancelFocused() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("1n");
            c.assertScreenHas(" Create a workspace");
            c.h.type("Robotics Lab");
            c.h.press(KeyType.Tab);
            c.h.type("robotics-lab");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertFalse(((ChangeDialog.Confirm) c.dialog()).onConfirm(), "Cancel has the focus");
            c.assertScreenHas(" Confirm: create workspace");
            c.assertScreenHas("Create workspace Robotics Lab with handle robotics-lab");
            c.assertScreenHas("Scope: org Acme Robotics");
            c.assertScreenHas("POST " + c.emulator.endpoint() + "/api/v1/workspaces");
            c.assertScreenHas("X-API-Key: lsv2_sk_");
            c.assertScreenHas("\"display_name\" : \"Robotics Lab\"");
            c.assertScreenHas("[ Cancel ]  [ Confirm ]");
            assertFalse(c.h.text().contains(c.emulator.keys().orgAdminKey()), "the key is masked");
            c.h.type("y");
            c.awaitOutcome();
            List<RequestLog.Entry> sent = c.awaitChanges(1);
            assertEquals(1, sent.size());
            ChangeHarness.sentAsShown(m.previews().get(0), sent.get(0));
            assertTrue(workspaces(c).stream().anyMatch(w -> w.displayName().equals("Robotics Lab")
                    && "robotics-lab".equals(w.tenantHandle())));
            c.assertScreenHas("Done: Create workspace Robotics Lab");
            c.assertScreenHas("Robotics Lab");
            assertTrue(c.state().overlay() instanceof Overlay.None);
        }
    }

    @Test
    void cancelSendsNothingWhicheverWayItIsCancelled() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("1n");
            c.h.press(KeyType.Escape);
            c.h.type("nLab");
            c.h.press(KeyType.Enter);
            c.h.type("n");
            assertTrue(c.state().overlay() instanceof Overlay.None, c.h.text());
            c.h.type("nLab");
            c.h.press(KeyType.Enter, KeyType.Escape);
            c.h.type("nLab");
            c.h.press(KeyType.Enter, KeyType.Enter);
            assertTrue(c.state().overlay() instanceof Overlay.None, "Enter on the focused Cancel cancels");
            c.assertScreenHas("Cancelled; nothing was sent");
            c.h.pump();
            assertEquals(List.of(), c.changes());
            assertEquals(6, workspaces(c).stream().filter(w -> !w.isDeleted()).count());
        }
    }

    @Test
    void renameSendsThePatchInTheWorkspacesScope() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('1', "Sandbox");
            c.h.type("e");
            c.assertScreenHas("New name               Sandbox");
            c.h.ctrl('u');
            c.h.type("Sandbox Two");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            c.assertScreenHas("Rename workspace Sandbox to Sandbox Two");
            c.assertScreenHas("X-Tenant-Id: " + m.workspaceId());
            c.h.press(KeyType.Tab, KeyType.Enter);
            c.awaitOutcome();
            ChangeHarness.sentAsShown(m.previews().get(0), c.awaitChanges(1).get(0));
            assertTrue(workspaces(c).stream().anyMatch(w -> w.displayName().equals("Sandbox Two")));
        }
    }

    @Test
    void deleteEnablesConfirmOnlyOnceTheExactNameIsTyped() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('1', "Sandbox");
            c.h.press(KeyType.Delete);
            c.assertScreenHas("This cannot be undone.");
            c.assertScreenHas("Type 'Sandbox' to confirm:");
            c.assertScreenHas("[ Confirm: type the name first ]");
            c.h.type("y");
            c.h.press(KeyType.Tab, KeyType.Enter);
            assertEquals("Type 'Sandbox' exactly to confirm", c.state().status().text());
            c.h.ctrl('u');
            c.h.type("sandbox");
            c.h.press(KeyType.Enter);
            assertTrue(c.state().overlay() instanceof Overlay.Change, "a name in the wrong case does not confirm");
            c.h.ctrl('u');
            c.h.type("Sandbox");
            c.assertScreenHas("[ Confirm ]");
            Mutation m = c.confirming();
            assertEquals(List.of(), c.changes());
            c.h.press(KeyType.Enter);
            c.awaitOutcome();
            ChangeHarness.sentAsShown(m.previews().get(0), c.awaitChanges(1).get(0));
            assertEquals("DELETE", c.changes().get(0).method());
            assertTrue(workspaces(c).stream().noneMatch(w -> w.displayName().equals("Sandbox") && !w.isDeleted()));
        }
    }

    @Test
    void anInvalidNameIsRefusedNextToTheFieldWithTheInputKept() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("1nbad/name");
            c.h.press(KeyType.Enter);
            c.assertScreenHas("Name                   bad/name");
            c.assertScreenHas("! only letters, digits, spaces and - _ ' @ ( ) are allowed");
            assertTrue(c.dialog() instanceof ChangeDialog.Form);
            assertEquals(List.of(), c.changes());
        }
    }

    @Test
    void aConflictFromTheServerIsShownInWordsAndTheFormKeepsItsInput() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("1nAnother");
            c.h.press(KeyType.Tab);
            c.h.type("production");
            c.h.press(KeyType.Enter);
            c.h.type("y");
            c.awaitOutcome();
            assertEquals(409, c.awaitChanges(1).get(0).status());
            assertEquals(Status.Level.WARN, c.state().status().level());
            assertTrue(c.state().status().text().startsWith("Refused: Conflict with the current state of the org"));
            c.assertScreenHas("! The server refused it: Conflict with the current state of the org");
            c.assertScreenHas("Handle (optional)      production");
            c.h.ctrl('u');
            c.h.type("another");
            c.h.press(KeyType.Enter);
            c.h.type("y");
            c.awaitOutcome();
            assertTrue(c.awaitChanges(2).get(1).status() < 300, "the fixed input goes through");
            assertTrue(workspaces(c).stream().anyMatch(w -> "another".equals(w.tenantHandle())));
        }
    }
}
