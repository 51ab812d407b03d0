package dev.lsorg.app.mutation;

import static dev.lsorg.app.mutation.MutationAssertions.ready;
import static dev.lsorg.app.mutation.MutationAssertions.refused;
import static dev.lsorg.app.mutation.MutationAssertions.request;
import static dev.lsorg.app.mutation.MutationAssertions.runOk;
import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.OrgData;
import dev.lsorg.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The custom-role rows of the mutations table: create, edit and delete, and the input rules around them. */
class RoleMutationsTest extends DemoMutationTest {
    private static Role role(OrgData o, String displayName) {
        return o.roles().stream().filter(r -> r.displayName().equals(displayName)).findFirst().orElseThrow();
    }

    @Test
    void aRoleIsCreatedEditedAndDeletedWithTheRequestsShown() {
        Mutation create = ready(factory.createRole(" QA Reviewer ", "Reviews runs", List.of("runs:read",
                "workspaces:read", "runs:read")));
        assertEquals("Create custom role QA Reviewer with 2 permissions", create.title());
        assertFalse(create.destructive());
        request(create.requests().get(0), "POST /api/v1/orgs/current/roles", null, "{\"display_name\":\"QA Reviewer\","
                + "\"description\":\"Reviews runs\",\"permissions\":[\"runs:read\",\"workspaces:read\"]}");
        assertTrue(runOk(demo, create, dir.resolve("j")).ok());
        OrgData after = demo.load();
        Role qa = role(after, "QA Reviewer");

        MutationFactory f2 = new MutationFactory(demo.client, after, false, demo.clock);
        Mutation edit = ready(f2.editRole("qa reviewer", null, null, List.of("workspaces:read", "datasets:read")));
        assertEquals("Edit custom role QA Reviewer: add datasets:read; remove runs:read", edit.title());
        request(edit.requests().get(0), "PATCH /api/v1/orgs/current/roles/" + qa.id(), null, "{\"display_name\":"
                + "\"QA Reviewer\",\"description\":\"Reviews runs\",\"permissions\":[\"workspaces:read\","
                + "\"datasets:read\"]}");
        runOk(demo, edit, dir.resolve("j"));
        assertEquals(List.of("workspaces:read", "datasets:read"), role(demo.load(), "QA Reviewer").permissions());

        Mutation delete = ready(new MutationFactory(demo.client, demo.load(), false, demo.clock)
                .deleteRole(qa.id().toString()));
        assertTrue(delete.destructive());
        assertEquals("QA Reviewer", delete.confirmText());
        assertEquals("Delete custom role QA Reviewer (2 permissions)", delete.title());
        request(delete.requests().get(0), "DELETE /api/v1/orgs/current/roles/" + qa.id(), null, null);
        runOk(demo, delete, dir.resolve("j"));
        assertTrue(await(demo.client.roles().list()).stream().noneMatch(r -> r.id().equals(qa.id())));
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() {
        refused(factory.createRole("annotator", "", List.of("runs:read")),
                new Problem("name", "a role called annotator already exists"));
        Problem unknown = factory.createRole("X", "", List.of("runs:read", "root:all")).problems().get(0);
        assertEquals("permissions", unknown.field());
        assertTrue(unknown.reason().startsWith("unknown permission 'root:all'; the org's roles carry:"
                + " annotation-queues:create, "), unknown.reason());
        refused(factory.createRole("X", "", List.of()), new Problem("permissions", "give at least one permission"));
        refused(factory.createRole(" ", "", List.of("runs:read")), new Problem("name", "a role name is required"));
        refused(factory.editRole("Viewer", null, null, List.of("runs:read")), new Problem("role",
                "Viewer is a system role: LangSmith does not change or delete system roles"));
        refused(factory.deleteRole("Organization Admin"), new Problem("role", "Organization Admin is a system role:"
                + " LangSmith does not change or delete system roles"));
        refused(factory.deleteRole("Nope"), new Problem("role", "no role called 'Nope'; custom roles: Annotator"));
        Role annotator = role(org, "Annotator");
        refused(factory.editRole("Annotator", "Annotator", null, annotator.permissions()), new Problem(
                "permissions", "nothing to change: the role already has that name, description and permissions"));
        assertEquals("Edit custom role Annotator: rename to Labeler; description 'labels'",
                ready(factory.editRole("Annotator", "Labeler", "labels", null)).title());
    }

    @Test
    void permissionsAreAddedAndDroppedAndTheConfirmationSaysTheAccessInWords() {
        Mutation edit = ready(factory.editRole("Annotator", new RoleEdit(null, null, null,
                List.of("datasets:read"), List.of("feedback:create"))));
        assertEquals("Edit custom role Annotator: add datasets:read; remove feedback:create", edit.title());
        assertEquals("Effective access: in each workspace where it is given, workspaces:read, runs:read,"
                + " annotation-queues:read, annotation-queues:update and datasets:read; nothing more (a workspace role"
                + " grants no org permission).", edit.notes().get(0));
        assertEquals("Whoever holds Annotator gets the new permissions at once.", edit.notes().get(1));
        refused(factory.editRole("Annotator", new RoleEdit(null, null, null, List.of(), List.of("prompts:read"))),
                new Problem("permissions", "'prompts:read' is not among the role's permissions"));
        refused(factory.editRole("Annotator", new RoleEdit(null, null, List.of("runs:read"), List.of(),
                List.of("runs:read"))), new Problem("permissions", "give at least one permission"));

        Mutation create = ready(factory.createRole("Labeler", null, List.of("runs:read")));
        assertEquals(List.of("Effective access: in each workspace where it is given, runs:read; nothing more (a"
                        + " workspace role grants no org permission).",
                "Nobody holds it yet: it takes effect where you give it to workspace members, invites or keys.",
                "Not sent, so LangSmith's default applies: the role is not restricted (is_restricted false). The"
                        + " description is sent empty (LangSmith requires the field)."), create.notes());
    }

    @Test
    void theCatalogueIsEveryPermissionTheWorkspaceRolesCarry() {
        List<String> all = factory.index().rolePermissions();
        assertEquals(role(org, "Admin").permissions().stream().sorted().toList(), all,
                "the built-in Admin role holds every workspace permission");
        assertTrue(all.containsAll(role(org, "Annotator").permissions()));
        assertFalse(all.contains("organization:manage"), "custom roles are workspace roles");
    }
}
