package dev.lsorg.app.mutation;

import static dev.lsorg.app.mutation.MutationAssertions.ready;
import static dev.lsorg.app.mutation.MutationAssertions.refused;
import static dev.lsorg.app.mutation.MutationAssertions.request;
import static dev.lsorg.app.mutation.MutationAssertions.runOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.DemoOrg;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every org-membership row of the mutations table: exact request, then the emulator's state after running it. */
class MemberMutationsTest extends DemoMutationTest {
    @Test
    void inviteOneToTheOrgAndTwoWorkspaces() {
        TenantForUser prod = DemoOrg.workspace(org, "Production");
        TenantForUser staging = DemoOrg.workspace(org, "Staging");
        Mutation m = ready(factory.invite("Ana@Example.com", null, List.of("Production", "Staging"), "Editor"));
        assertEquals("Invite ana@example.com to the org as Organization User and to workspaces Production and"
                + " Staging as Editor", m.title());
        assertEquals(List.of("ana@example.com"), m.targets());
        assertEquals(Risk.NORMAL, m.risk());
        request(m.requests().get(0), "POST /api/v1/orgs/current/members", null,
                "{\"email\":\"ana@example.com\",\"role_id\":\"" + id("ORGANIZATION_USER") + "\",\"workspace_ids\":[\""
                        + prod.id() + "\",\"" + staging.id() + "\"],\"workspace_role_id\":\"" + id("WORKSPACE_USER") + "\"}");
        runOk(demo, m, dir.resolve("j"));
        OrgPendingIdentity p = pending(demo.load(), "ana@example.com");
        assertEquals(DemoOrg.role(org, "ORGANIZATION_USER").id(), p.roleId());
        assertEquals(List.of(prod.id(), staging.id()), p.workspaceIds());
    }

    @Test
    void invitingManyUsesTheBatchEndpointInChunksOf500() {
        Mutation three = ready(factory.invite("a@x.com, b@x.com\nc@x.com", "Organization Viewer", null, null));
        assertEquals("Invite 3 people to the org as Organization Viewer", three.title());
        assertEquals(1, three.requests().size());
        assertEquals("POST /api/v1/orgs/current/members/batch", three.requests().get(0).operation());
        runOk(demo, three, dir.resolve("j"));
        OrgData after = demo.load();
        List.of("a@x.com", "b@x.com", "c@x.com").forEach(e -> pending(after, e));

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add("user" + i + "@x.com");
        }
        Mutation big = ready(factory.invite(String.join("\n", many), null, null, null));
        assertEquals(List.of(500, 1), big.requests().stream().map(r -> ((List<?>) r.body()).size()).toList());
    }

    @Test
    void inviteInputIsCheckedBeforeAnythingIsSent() {
        OrgMemberIdentity member = org.members().members().get(0);
        Proposal p = factory.invite("bad, x@y.com, X@y.com, " + member.email(), "Boss", List.of("Nowhere"), "Editor");
        refused(p, new Problem("emails", "'bad' is not an email address"),
                new Problem("emails", "x@y.com is listed twice"),
                new Problem("emails", member.email() + " is already a member of the org"),
                new Problem("role", "no organization role called 'Boss'; roles: Organization Admin,"
                        + " Organization User, Organization Viewer"),
                new Problem("workspaces", "no workspace called 'Nowhere'"),
                new Problem("workspace_role", "name the workspaces this role is for"));
        assertTrue(demo.changes().isEmpty());
    }

    @Test
    void changeOrgRole() {
        TenantForUser prod = DemoOrg.workspace(org, "Production");
        OrgMemberIdentity user = DemoOrg.member(org, "ORGANIZATION_USER", prod);
        Mutation m = ready(factory.changeOrgRole(List.of(user.email()), "admin"));
        assertEquals("Change " + user.email() + "'s org role from Organization User to Organization Admin", m.title());
        request(m.requests().get(0), "PATCH /api/v1/orgs/current/members/" + user.id(), null,
                "{\"role_id\":\"" + id("ORGANIZATION_ADMIN") + "\"}");
        runOk(demo, m, dir.resolve("j"));
        assertEquals(id("ORGANIZATION_ADMIN"), member(demo.load(), user.email()).roleId());
        refused(new MutationFactory(demo.client, demo.load(), false, demo.clock)
                .changeOrgRole(List.of(user.email()), "Organization Admin"),
                new Problem("role", user.email() + " is already Organization Admin"));
    }

    @Test
    void removeFromOrgIsDestructiveAndConfirmedByTheEmail() {
        OrgMemberIdentity user = DemoOrg.member(org, "ORGANIZATION_USER", DemoOrg.workspace(org, "Staging"));
        Mutation m = ready(factory.removeFromOrg(List.of(user.email())));
        assertTrue(m.destructive());
        assertEquals(user.email(), m.confirmText());
        assertFalse(m.confirmedBy("yes"));
        assertTrue(m.confirmedBy(user.email()));
        request(m.requests().get(0), "DELETE /api/v1/orgs/current/members/" + user.id(), null, null);
        assertTrue(m.describe().contains("This cannot be undone."));
        runOk(demo, m, dir.resolve("j"));
        assertTrue(demo.load().members().members().stream().noneMatch(x -> user.email().equals(x.email())));
    }

    @Test
    void markedRowsBecomeOneMutationListingEveryTarget() {
        TenantForUser research = DemoOrg.workspace(org, "Research");
        List<String> emails = org.members().members().stream().filter(x -> !x.isDisabled()
                && x.tenantIds().contains(research.id()) && id("ORGANIZATION_USER").equals(x.roleId()))
                .limit(3).map(OrgMemberIdentity::email).toList();
        Mutation m = ready(factory.removeFromOrg(emails));
        assertEquals("Remove 3 members from the org and every workspace in it", m.title());
        assertEquals(emails, m.targets());
        assertEquals("3", m.confirmText());
        assertEquals(3, m.requests().size());
        assertTrue(m.describe().contains("Targets (3): " + String.join(", ", emails)));
        runOk(demo, m, dir.resolve("j"));
        OrgData after = demo.load();
        emails.forEach(e -> assertTrue(after.members().members().stream().noneMatch(x -> e.equals(x.email()))));
    }

    @Test
    void changeAndRevokePendingInvites() {
        OrgPendingIdentity auditor = pending(org, "auditor@acme-robotics.com");
        Mutation change = ready(factory.changeInviteRole(List.of(auditor.email()), "Organization User"));
        request(change.requests().get(0), "PATCH /api/v1/orgs/current/members/" + auditor.id() + "/pending", null,
                "{\"role_id\":\"" + id("ORGANIZATION_USER") + "\"}");
        runOk(demo, change, dir.resolve("j"));
        assertEquals(id("ORGANIZATION_USER"), pending(demo.load(), auditor.email()).roleId());

        Mutation revoke = ready(factory.revokeInvite(List.of(auditor.email())));
        assertEquals("Revoke the pending invite of auditor@acme-robotics.com", revoke.title());
        assertEquals(auditor.email(), revoke.confirmText());
        request(revoke.requests().get(0), "DELETE /api/v1/orgs/current/members/" + auditor.id() + "/pending", null,
                null);
        runOk(demo, revoke, dir.resolve("j"));
        assertTrue(demo.load().members().pending().stream().noneMatch(x -> auditor.email().equals(x.email())));
    }

    private OrgPendingIdentity pending(OrgData o, String email) {
        return o.members().pending().stream().filter(p -> email.equals(p.email())).findFirst()
                .orElseThrow(() -> new AssertionError("no pending invite for " + email));
    }

    private static OrgMemberIdentity member(OrgData o, String email) {
        return o.members().members().stream().filter(m -> email.equals(m.email())).findFirst().orElseThrow();
    }

    private java.util.UUID id(String roleName) {
        return DemoOrg.role(org, roleName).id();
    }

}
