package dev.lsorg.ui;

import static dev.lsorg.ui.ChangeMembersTest.choose;
import static dev.lsorg.ui.ChangeMembersTest.confirmAndCheck;
import static dev.lsorg.ui.ChangeMembersTest.roleName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.OrganizationInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API keys pane (n, o, x/Del) and the Security pane (Space toggles, U unshare all). */
class ChangeKeysAndSecurityTest {
    @TempDir
    Path dir;

    private static Optional<APIKeyGetResponse> key(ChangeHarness c, String descriptionStart) {
        return c.reader.apiKeys().listServiceKeys(List.of()).toCompletionStage().toCompletableFuture().join()
                .stream().filter(k -> k.description() != null && k.description().startsWith(descriptionStart))
                .findFirst();
    }

    private static OrganizationInfo info(ChangeHarness c) {
        return c.reader.orgInfo().get().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aNewKeysSecretIsShownOnceCopyableAndNeverJournaled() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("4n");
            c.h.type("nightly audit");
            c.h.press(KeyType.Tab);
            choose(c, "Organization Viewer");
            c.h.press(KeyType.Tab, KeyType.Tab, KeyType.Tab);
            c.h.type("abc");
            c.h.press(KeyType.Enter);
            c.assertScreenHas("! a whole number of days, or empty for a key that never expires");
            c.h.ctrl('u');
            c.h.type("30");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            String expires = java.time.LocalDate.now(c.org.clock).plusDays(30).toString();
            assertEquals("Create service key 'nightly audit' for the whole org as Organization Viewer, Viewer in"
                    + " every workspace, expiring " + expires, m.title());
            confirmAndCheck(c, m);
            ChangeDialog.SecretShown shown = (ChangeDialog.SecretShown) c.dialog();
            String secret = shown.secret();
            c.assertScreenHas("Store it now: it is shown only this once and cannot be shown again.");
            c.assertScreenHas(secret);
            c.h.type("c");
            assertTrue(c.h.clipboard.toString(StandardCharsets.US_ASCII).contains("\u001b]52;c;"), "OSC 52 written");
            c.assertScreenHas("Copied the new key to the clipboard (OSC 52)");
            c.h.press(KeyType.Escape);
            assertTrue(c.state().overlay() instanceof Overlay.None);
            assertFalse(c.h.text().contains(secret), "gone from the screen once closed");
            assertTrue(key(c, "nightly audit").isPresent());
            String journal = Files.readString(c.journal);
            assertFalse(journal.contains(secret), "the secret is never journaled");
            assertFalse(journal.contains(c.emulator.keys().orgAdminKey()), "the key is never journaled");
            List<JournalEntry> entries = new Journal(c.journal).read();
            assertEquals(List.of("intent", "done"), entries.stream().map(JournalEntry::outcome).toList());
            assertEquals(m.title(), entries.get(1).change());
        }
    }

    @Test
    void changeAKeysRoleThenRevokeItByTypingItsDescription() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('4', "terraform");
            c.h.type("o");
            choose(c, "Organization Viewer");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertTrue(m.title().endsWith("to Organization Viewer (the secret stays the same)"), m.title());
            confirmAndCheck(c, m);
            assertEquals("Organization Viewer", roleName(c, key(c, "terraform").orElseThrow().orgRoleId()));
            c.h.press(KeyType.Delete);
            Mutation revoke = c.confirming();
            c.assertScreenHas("Type '" + revoke.confirmText() + "' to confirm:");
            c.h.type(revoke.confirmText());
            c.h.press(KeyType.Tab, KeyType.Enter);
            c.awaitOutcome();
            assertEquals("DELETE", c.awaitChanges(2).get(1).method());
            assertTrue(key(c, "terraform").isEmpty());
        }
    }

    @Test
    void spaceTogglesPublicSharingAfterConfirmation() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            assertFalse(info(c).publicSharingDisabled());
            c.select('6', "Public sharing");
            c.h.type(" ");
            Mutation m = c.confirming();
            assertEquals("Disable public sharing of runs, datasets and prompts in org Acme Robotics", m.title());
            c.assertScreenHas("PATCH " + c.emulator.endpoint() + "/api/v1/orgs/current/info");
            c.assertScreenHas("\"public_sharing_disabled\" : true");
            confirmAndCheck(c, m);
            assertTrue(info(c).publicSharingDisabled());
            assertTrue(c.h.line(4).matches("Public sharing +disabled"), c.h.text());
        }
    }

    @Test
    void unshareAllNeedsTheOrgsNameAndSpaceOnAReadOnlySettingSaysSo() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('6', "SSO only");
            c.h.type(" ");
            assertTrue(c.state().status().text().startsWith("Space toggles public sharing, PAT creation and invites"));
            c.h.type("U");
            Mutation m = c.confirming();
            c.assertScreenHas("Type 'Acme Robotics' to confirm:");
            c.assertScreenHas("\"unshare_all\" : true");
            c.h.type("Acme Robotics");
            c.h.press(KeyType.Tab, KeyType.Enter);
            c.awaitOutcome();
            ChangeHarness.sentAsShown(m.previews().get(0), c.awaitChanges(1).get(0));
            assertTrue(c.changes().get(0).status() < 300);
        }
    }
}
