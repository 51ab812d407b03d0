package dev.lsorg.ui;

import static dev.lsorg.ui.ChangeMembersTest.choose;
import static dev.lsorg.ui.ChangeMembersTest.confirmAndCheck;
import static dev.lsorg.ui.ChangeMembersTest.roleName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.TenantMembers;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Workspace members pane's change keys: a (with completion), o and x/Del, in the selected workspace. */
class ChangeWorkspaceMembersTest {
    @TempDir
    Path dir;

    private static Optional<MemberIdentity> member(ChangeHarness c, String emailStart) {
        TenantMembers tm = c.reader.workspaceMembers().list(c.state().workspace()).toCompletionStage()
                .toCompletableFuture().join();
        return tm.members().stream().filter(m -> m.email().startsWith(emailStart)).findFirst();
    }

    @Test
    void addCompletesOverOrgMembersNotYetInTheWorkspace() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            assertTrue(member(c, "felix.bakker").isPresent());
            c.h.type("3a");
            c.assertScreenHas(" Add org members to the workspace");
            c.h.type("felix.bak");
            assertFalse(c.h.text().contains("Tab: felix.bakker"), "members of the workspace are not offered");
            c.h.ctrl('u');
            c.h.type("ines.gar");
            c.assertScreenHas("Tab: ines.garcia@acme-robotics.com");
            c.h.press(KeyType.Tab);
            c.assertScreenHas("Org members            ines.garcia@acme-robotics.com");
            c.h.press(KeyType.Tab);
            choose(c, "Viewer");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertEquals("Add ines.garcia@acme-robotics.com to workspace Production as Viewer", m.title());
            c.assertScreenHas("Scope: workspace Production");
            c.assertScreenHas("X-Tenant-Id: " + c.state().workspace());
            confirmAndCheck(c, m);
            assertEquals("Viewer", roleName(c, member(c, "ines.garcia").orElseThrow().roleId()));
        }
    }

    @Test
    void changeTheWorkspaceRole() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('3', "felix.bakker");
            c.h.type("o");
            choose(c, "Viewer");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertTrue(m.title().startsWith("Change felix.bakker@acme-robotics.com's role in Production from "),
                    m.title());
            confirmAndCheck(c, m);
            assertEquals("Viewer", roleName(c, member(c, "felix.bakker").orElseThrow().roleId()));
        }
    }

    @Test
    void removeFromTheWorkspaceNeedsTheEmailTyped() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('3', "felix.bakker");
            c.h.type("x");
            c.assertScreenHas("Remove felix.bakker@acme-robotics.com from workspace Production (they stay in");
            c.assertScreenHas("This cannot be undone.");
            c.h.press(KeyType.Tab, KeyType.Enter);
            assertEquals(List.of(), c.changes());
            c.h.type("felix.bakker@acme-robotics.com");
            c.h.press(KeyType.Enter);
            c.awaitOutcome();
            assertEquals("DELETE", c.awaitChanges(1).get(0).method());
            assertTrue(member(c, "felix.bakker").isEmpty());
            c.assertScreenHas("Done: Remove felix.bakker@acme-robotics.com from workspace Production");
        }
    }

    @Test
    void addingToAnotherWorkspaceReadsThatWorkspacesMembersAloneAgain() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            var org = c.org.load();
            var staging = dev.lsorg.testing.DemoOrg.workspace(org, "Staging");
            String email = dev.lsorg.testing.DemoOrg.outsider(org, staging).email();
            c.h.pumpUntil(() -> c.state().load(dev.lsorg.app.Resource.ALL_WS_MEMBERS).loadedAt() != null,
                    "every workspace's members");
            c.h.type("3");
            c.h.type(":add " + email + " --workspace Staging --role Viewer");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            int before = c.emulator.requestLog().entries().size();
            confirmAndCheck(c, m);
            List<String> reread = c.emulator.requestLog().entries().subList(before,
                    c.emulator.requestLog().entries().size()).stream()
                    .filter(e -> e.method().equals("GET") && e.path().startsWith("/api/v1/workspaces/current/members"))
                    .map(e -> e.headers().get("x-tenant-id")).toList();
            assertEquals(List.of(staging.id().toString()), reread, "Staging's members only, once");
            c.select('2', email);
            c.h.press(KeyType.Enter);
            c.assertScreenHas("Staging");
        }
    }
}
