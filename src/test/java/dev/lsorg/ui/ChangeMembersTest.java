package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Members pane's change keys: i, o (members and pending invites), x/Del, and Space marks. */
class ChangeMembersTest {
    @TempDir
    Path dir;

    static OrganizationMembers members(ChangeHarness c) {
        return c.reader.orgMembers().list().toCompletionStage().toCompletableFuture().join();
    }

    static String roleName(ChangeHarness c, java.util.UUID id) {
        return c.reader.roles().list().toCompletionStage().toCompletableFuture().join().stream()
                .filter(r -> r.id().equals(id)).map(Role::displayName).findFirst().orElse("?");
    }

    /** Cycles the focused choice field to {@code value}. */
    static void choose(ChangeHarness c, String value) {
        for (int i = 0; i < 12 && !((ChangeDialog.Form) c.dialog()).focused().value().equals(value); i++) {
            c.h.press(KeyType.ArrowRight);
        }
        assertEquals(value, ((ChangeDialog.Form) c.dialog()).focused().value(), c.h.text());
    }

    /** Sends every request the confirm dialog shows and checks the emulator got exactly those. */
    static void confirmAndCheck(ChangeHarness c, Mutation m) throws Exception {
        int before = c.changes().size();
        c.h.type("y");
        c.awaitOutcome();
        List<RequestLog.Entry> sent = c.awaitChanges(before + m.requests().size());
        assertEquals(before + m.requests().size(), sent.size());
        for (int i = 0; i < m.requests().size(); i++) {
            ChangeHarness.sentAsShown(m.previews().get(i), sent.get(before + i));
            assertTrue(sent.get(before + i).status() < 300, () -> "refused: " + c.h.text());
        }
    }

    @Test
    void inviteAPastedListToTwoWorkspaces() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("2i");
            c.h.type("ann@example.com");
            c.h.press(KeyType.Enter);
            c.h.type("bob@example.com");
            c.h.press(KeyType.Tab);
            choose(c, "Organization User");
            c.h.press(KeyType.Tab);
            c.h.type("Research, Stag");
            c.h.press(KeyType.Tab);
            c.assertScreenHas("Workspaces (optional)  Research, Staging");
            c.h.press(KeyType.Tab);
            choose(c, "Viewer");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertEquals("Invite 2 people to the org as Organization User and to workspaces Research and Staging"
                    + " as Viewer", m.title());
            c.assertScreenHas("Invite 2 people to the org as Organization User and to workspaces Research and");
            c.assertScreenHas("Targets (2):");
            c.assertScreenHas("  - ann@example.com");
            c.assertScreenHas("POST " + c.emulator.endpoint() + "/api/v1/orgs/current/members/batch");
            confirmAndCheck(c, m);
            List<String> pending = members(c).pending().stream().map(OrgPendingIdentity::email).toList();
            assertTrue(pending.containsAll(List.of("ann@example.com", "bob@example.com")), pending.toString());
            c.h.type("G");
            c.assertScreenHas("pending  ann@example.com");
        }
    }

    @Test
    void invalidAndDuplicateEmailsAreRefusedBeforeAnythingIsSent() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("2inot-an-email, ann@example.com, ann@example.com");
            c.h.press(KeyType.Enter, KeyType.Enter);
            c.assertScreenHas("! 'not-an-email' is not an email address");
            c.assertScreenHas("! ann@example.com is listed twice");
            c.assertScreenHas("Emails                 not-an-email, ann@example.com, ann@example.com");
            assertEquals(List.of(), c.changes());
        }
    }

    @Test
    void markedMembersGetTheirOrgRoleChangedInOneConfirmation() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('2', "farid.chen");
            c.h.type(" ");
            c.h.press(KeyType.Escape);
            c.select('2', "mila.sato");
            c.h.type(" ");
            c.h.press(KeyType.Escape);
            c.assertScreenHas("● active farid.chen@");
            c.assertScreenHas(" Members (46)  2 marked (o/x act on them)");
            c.h.type("o");
            c.assertScreenHas("For: ");
            choose(c, "Organization Admin");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            c.assertScreenHas("Change the org role of 2 members to Organization Admin");
            c.assertScreenHas("  - farid.chen@acme-robotics.com");
            c.assertScreenHas("  - mila.sato@acme-robotics.com");
            c.assertScreenHas("2 requests to send, in order:");
            confirmAndCheck(c, m);
            for (OrgMemberIdentity mem : members(c).members()) {
                if (mem.email().startsWith("farid.chen") || mem.email().startsWith("mila.sato")) {
                    assertEquals("Organization Admin", roleName(c, mem.roleId()));
                }
            }
            assertEquals(java.util.Set.of(), c.state().changes().marked(dev.lsorg.app.PaneId.MEMBERS));
        }
    }

    @Test
    void aMixOfMembersAndInvitesIsRefusedWithAReason() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('2', "farid.chen");
            c.h.type(" ");
            c.h.press(KeyType.Escape);
            c.select('2', "freelancer.bob");
            c.h.type(" ");
            c.h.press(KeyType.Escape);
            c.h.type("x");
            assertEquals("Mark only members or only pending invites, not both", c.state().status().text());
            assertEquals(List.of(), c.changes());
        }
    }

    @Test
    void aPendingInvitesRoleChangesAndTheInviteIsRevokedWithTheTypedEmail() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('2', "freelancer.bob");
            c.h.type("o");
            c.assertScreenHas(" Change the pending invite's org role");
            choose(c, "Organization Admin");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertEquals("Change the org role of the pending invite of freelancer.bob@gmail.com to Organization Admin",
                    m.title());
            c.assertScreenHas("Change the org role of the pending invite of freelancer.bob@gmail.com to");
            confirmAndCheck(c, m);
            OrgPendingIdentity p = members(c).pending().stream()
                    .filter(x -> x.email().equals("freelancer.bob@gmail.com")).findFirst().orElseThrow();
            assertEquals("Organization Admin", roleName(c, p.roleId()));
            c.h.type("x");
            c.assertScreenHas("Revoke the pending invite of freelancer.bob@gmail.com");
            c.assertScreenHas("Type 'freelancer.bob@gmail.com' to confirm:");
            c.h.type("freelancer.bob@gmail.com");
            c.h.press(KeyType.Tab, KeyType.Enter);
            c.awaitOutcome();
            assertEquals("DELETE", c.awaitChanges(2).get(1).method());
            assertTrue(members(c).pending().stream().noneMatch(x -> x.email().equals("freelancer.bob@gmail.com")));
        }
    }

    @Test
    void removingAMemberNeedsTheirEmailAndADoubleEnterSendsOnce() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.emulator.faults().latency(400, 0);
            c.select('2', "ines.garcia");
            c.h.press(KeyType.Delete);
            c.assertScreenHas("Remove ines.garcia@acme-robotics.com from the org and every workspace in it");
            c.assertScreenHas("This cannot be undone.");
            c.h.type("ines.garcia@acme-robotics.com");
            c.h.press(KeyType.Tab, KeyType.Enter, KeyType.Enter);
            assertFalse(c.state().changes().idle(), "the change is in flight");
            assertEquals(dev.lsorg.app.PaneId.MEMBER_WORKSPACES, c.state().pane(), "the second Enter reached the table");
            c.h.press(KeyType.Escape);
            c.h.tick(dev.lsorg.ui.Fixtures.NOW.plusSeconds(1));
            assertTrue(c.h.lines().stream().anyMatch(l -> l.matches("[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] active +ines\\.garcia.*")), c.h.text());
            c.awaitOutcome();
            c.h.pump();
            assertEquals(1, c.awaitChanges(1).size(), "one request however often Enter is pressed");
            c.emulator.faults().reset();
            assertTrue(members(c).members().stream().noneMatch(x -> x.email().startsWith("ines.garcia")));
        }
    }
}
