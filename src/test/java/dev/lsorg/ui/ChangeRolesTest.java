package dev.lsorg.ui;

import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.model.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Roles pane's change keys on the real console at 80x24 against the demo emulator: n creates a custom role
 * (permissions completed from those the org's roles carry), e edits it, x deletes it with its name typed, and a
 * role someone still holds is refused with the server's reason in full.
 */
class ChangeRolesTest {
    @TempDir
    Path dir;

    private static Optional<Role> role(ChangeHarness c, String name) {
        return await(c.reader.roles().list()).stream().filter(r -> r.displayName().equals(name)).findFirst();
    }

    @Test
    void aCustomRoleIsCreatedEditedAndDeletedFromTheRolesPane() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("5");
            assertTrue(c.h.line(23).contains("n new  e edit  x delete"), c.h.line(23));
            c.h.type("n");
            c.assertScreenHas(" Create a custom role");
            c.h.type("QA Reviewer");
            c.h.press(KeyType.Tab);
            c.h.type("Reviews runs");
            c.h.press(KeyType.Tab);
            c.h.type("runs:r");
            c.assertScreenHas("   Tab: runs:read");
            c.h.press(KeyType.Tab, KeyType.Enter);
            c.h.type("datasets:re");
            c.h.press(KeyType.Tab);
            c.assertScreenHas(" Permissions            runs:read, datasets:read");
            c.h.press(KeyType.Enter, KeyType.Enter);
            Mutation create = c.confirming();
            c.assertScreenHas(" Confirm: create role");
            c.assertScreenHas(" Create custom role QA Reviewer with 2 permissions");
            c.assertScreenHas(" Effective access: in each workspace where it is given, runs:read and");
            c.assertScreenHas("(is_restricted false)");
            c.assertScreenHas(" POST " + c.emulator.endpoint() + "/api/v1/orgs/current/roles");
            c.h.type("y");
            c.awaitOutcome();
            ChangeHarness.sentAsShown(create.previews().get(0), c.awaitChanges(1).get(0));
            assertEquals(List.of("runs:read", "datasets:read"), role(c, "QA Reviewer").orElseThrow().permissions());
            c.assertScreenHas("Done: Create custom role QA Reviewer with 2 permissions");
            assertTrue(c.h.text().matches("(?s).*\nQA Reviewer +workspace custom +2 Reviews runs.*"), c.h.text());

            c.select('5', "QA Reviewer");
            c.h.type("e");
            c.assertScreenHas(" Edit the custom role");
            c.assertScreenHas(" For: QA Reviewer");
            c.assertScreenHas(" Permissions            runs:read, datasets:read");
            c.h.press(KeyType.Tab, KeyType.Tab);
            c.h.ctrl('u');
            c.h.type("datasets:read, prompts:rea");
            c.h.press(KeyType.Tab, KeyType.Enter, KeyType.Enter);
            Mutation edit = c.confirming();
            c.assertScreenHas(" Edit custom role QA Reviewer: add prompts:read; remove runs:read");
            c.assertScreenHas(" Effective access: in each workspace where it is given, datasets:read and");
            c.h.type("y");
            c.awaitOutcome();
            ChangeHarness.sentAsShown(edit.previews().get(0), c.awaitChanges(2).get(1));
            assertEquals(List.of("datasets:read", "prompts:read"), role(c, "QA Reviewer").orElseThrow()
                    .permissions());

            c.h.press(KeyType.Delete);
            c.assertScreenHas(" Confirm: delete role (cannot be undone)");
            c.assertScreenHas("Type 'QA Reviewer' to confirm:");
            c.h.type("QA Reviewer");
            c.h.press(KeyType.Tab, KeyType.Enter);
            c.awaitOutcome();
            assertEquals("DELETE", c.awaitChanges(3).get(2).method());
            assertTrue(role(c, "QA Reviewer").isEmpty());
            c.assertScreenHas("Done: Delete custom role QA Reviewer (2 permissions)");
            assertFalse(c.h.text().contains("QA Reviewer   "), c.h.text());
            assertTrue(c.emulator.requestLog().entries().stream()
                    .noneMatch(e -> e.path().equals("/api/v1/orgs/permissions")), "the catalogue is Bearer-only");
        }
    }

    @Test
    void aRoleSomeoneHoldsIsRefusedWithTheServersReasonInFull() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('5', "Annotator");
            c.h.type("x");
            c.assertScreenHas(" Delete custom role Annotator (5 permissions)");
            c.assertScreenHas(" LangSmith refuses to delete a role that members, invites or keys still hold;");
            c.h.type("Annotator");
            c.h.press(KeyType.Tab, KeyType.Enter);
            c.awaitOutcome();
            assertEquals(409, c.awaitChanges(1).get(0).status());
            assertTrue(c.dialog() instanceof ChangeDialog.TextView, c.h.text());
            assertEquals(" Refused: Delete custom role Annotator (5 permissions) │ Esc: back", c.h.title());
            c.assertScreenHas(" LangSmith refused it; nothing was changed.");
            c.assertScreenHas("Role 'Annotator' is in use by 2");
            c.assertScreenHas("workspace members and cannot be deleted; assign them another role first");
            assertTrue(c.state().status().text().startsWith("Refused: Conflict with the current state of the org:"
                    + " Role 'Annotator' is in use by 2 workspace members"), c.state().status().text());
            c.h.press(KeyType.Escape);
            assertTrue(c.state().overlay() instanceof Overlay.None);
            assertTrue(role(c, "Annotator").isPresent(), "the role stays");
            assertTrue(c.h.text().contains("\nAnnotator "), c.h.text());
        }
    }

    @Test
    void aSystemRoleIsNotOfferedForChangeAndAKeyWithoutManageCannotCreate() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('5', "Editor");
            c.h.type("e");
            assertTrue(c.state().overlay() instanceof Overlay.None, c.h.text());
            assertEquals("Refused: role: Editor is a system role: LangSmith does not change or delete system roles",
                    c.state().status().text());
            c.h.type("x");
            assertTrue(c.state().overlay() instanceof Overlay.None, c.h.text());
            assertEquals(List.of(), c.changes());
        }
        try (ChangeHarness c = new ChangeHarness(dir.resolve("viewer"), ChangeHarness.Setup.withKey("viewer"))) {
            c.h.type("5n");
            assertEquals("new is disabled: the API key lacks the permission organization:manage",
                    c.state().status().text());
            assertTrue(c.state().overlay() instanceof Overlay.None);
        }
    }
}
