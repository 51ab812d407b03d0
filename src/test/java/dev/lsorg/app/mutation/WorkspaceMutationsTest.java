package dev.lsorg.app.mutation;

import static dev.lsorg.app.mutation.MutationAssertions.ready;
import static dev.lsorg.app.mutation.MutationAssertions.refused;
import static dev.lsorg.app.mutation.MutationAssertions.request;
import static dev.lsorg.app.mutation.MutationAssertions.runOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.DemoOrg;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The workspace rows of the mutations table (create, rename, delete) and the workspace-member rows. */
class WorkspaceMutationsTest extends DemoMutationTest {
    @Test
    void createRenameAndDeleteAWorkspace() {
        Mutation create = ready(factory.createWorkspace(" Ana's Lab (2) ", "ana-lab"));
        assertEquals("Create workspace Ana's Lab (2) with handle ana-lab", create.title());
        // lsorg chooses the id, so that a lost answer can be checked by looking for exactly this workspace
        UUID chosen = ((WorkspaceChecks.Created) create.checks().get(0)).id();
        request(create.requests().get(0), "POST /api/v1/workspaces", null,
                "{\"id\":\"" + chosen + "\",\"display_name\":\"Ana's Lab (2)\",\"tenant_handle\":\"ana-lab\"}");
        runOk(demo, create, dir.resolve("j"));
        OrgData after = demo.load();
        TenantForUser lab = DemoOrg.workspace(after, "Ana's Lab (2)");
        assertEquals("ana-lab", lab.tenantHandle());
        assertEquals(chosen, lab.id());

        MutationFactory f2 = new MutationFactory(demo.client, after, false, demo.clock);
        Mutation rename = ready(f2.renameWorkspace("ana's lab (2)", "Vision Lab"));
        assertEquals("Rename workspace Ana's Lab (2) to Vision Lab", rename.title());
        request(rename.requests().get(0), "PATCH /api/v1/workspaces/" + lab.id(), lab.id(),
                "{\"display_name\":\"Vision Lab\"}");
        runOk(demo, rename, dir.resolve("j"));
        OrgData renamed = demo.load();
        DemoOrg.workspace(renamed, "Vision Lab");

        Mutation delete = ready(new MutationFactory(demo.client, renamed, false, demo.clock)
                .deleteWorkspace(lab.id().toString()));
        assertTrue(delete.destructive());
        assertEquals("Vision Lab", delete.confirmText());
        request(delete.requests().get(0), "DELETE /api/v1/workspaces/" + lab.id(), lab.id(), null);
        runOk(demo, delete, dir.resolve("j"));
        assertTrue(demo.load().workspaces().stream().noneMatch(w -> w.id().equals(lab.id()) && !w.isDeleted()));
    }

    @Test
    void workspaceNamesAreCheckedAgainstTheSpecPattern() {
        refused(factory.createWorkspace("Lab/1", null),
                new Problem("name", "only letters, digits, spaces and - _ ' @ ( ) are allowed"));
        refused(factory.createWorkspace("Production", null),
                new Problem("name", "a workspace called Production already exists"));
        refused(factory.renameWorkspace("Research", "Research"), new Problem("name", "that is already its name"));
        assertTrue(demo.changes().isEmpty());
    }

    @Test
    void addAnOrgMemberToAWorkspaceChangeTheirRoleAndRemoveThem() {
        TenantForUser sandbox = DemoOrg.workspace(org, "Sandbox");
        OrgMemberIdentity who = DemoOrg.outsider(org, sandbox);
        Mutation add = ready(factory.addToWorkspace("Sandbox", List.of(who.email()), "Viewer"));
        assertEquals("Add " + who.email() + " to workspace Sandbox as Viewer", add.title());
        assertEquals("workspace Sandbox", add.scope());
        request(add.requests().get(0), "POST /api/v1/workspaces/current/members", sandbox.id(),
                "{\"org_identity_id\":\"" + who.id() + "\",\"role_id\":\"" + role("WORKSPACE_VIEWER") + "\"}");
        runOk(demo, add, dir.resolve("j"));
        OrgData after = demo.load();
        MemberIdentity wm = DemoOrg.workspaceMember(after, sandbox, who.email());
        assertEquals(role("WORKSPACE_VIEWER"), wm.roleId());

        Mutation promote = ready(new MutationFactory(demo.client, after, false, demo.clock)
                .changeWorkspaceRole("Sandbox", List.of(who.email()), "Admin"));
        assertEquals("Change " + who.email() + "'s role in Sandbox from Viewer to Admin", promote.title());
        request(promote.requests().get(0), "PATCH /api/v1/workspaces/current/members/" + wm.id(), sandbox.id(),
                "{\"role_id\":\"" + role("WORKSPACE_ADMIN") + "\"}");
        runOk(demo, promote, dir.resolve("j"));
        OrgData promoted = demo.load();
        assertEquals(role("WORKSPACE_ADMIN"), DemoOrg.workspaceMember(promoted, sandbox, who.email()).roleId());

        Mutation remove = ready(new MutationFactory(demo.client, promoted, false, demo.clock)
                .removeFromWorkspace("Sandbox", List.of(who.email())));
        assertEquals(who.email(), remove.confirmText());
        request(remove.requests().get(0), "DELETE /api/v1/workspaces/current/members/" + wm.id(), sandbox.id(), null);
        runOk(demo, remove, dir.resolve("j"));
        OrgData removed = demo.load();
        assertNull(DemoOrg.workspaceMember(removed, sandbox, who.email()));
        assertTrue(removed.members().members().stream().anyMatch(m -> who.email().equals(m.email())),
                "removing from a workspace keeps the org membership");
    }

    @Test
    void addRefusesPendingAndExistingMembers() {
        TenantForUser prod = DemoOrg.workspace(org, "Production");
        OrgMemberIdentity inProd = DemoOrg.member(org, "ORGANIZATION_USER", prod);
        refused(factory.addToWorkspace("Production", List.of(inProd.email(), "new.hire@acme-robotics.com"), "Editor"),
                new Problem("emails", inProd.email() + " is already in Production"),
                new Problem("emails", "new.hire@acme-robotics.com has not accepted the org invite yet"));
        refused(factory.addToWorkspace("Production", List.of(DemoOrg.outsider(org, prod).email()), null),
                new Problem("role", "choose a role: Admin, Editor, Viewer, Annotator"));
    }

    private UUID role(String name) {
        return DemoOrg.role(org, name).id();
    }
}
