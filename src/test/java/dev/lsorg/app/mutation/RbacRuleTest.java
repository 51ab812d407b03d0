package dev.lsorg.app.mutation;

import static dev.lsorg.app.mutation.MutationAssertions.ready;
import static dev.lsorg.app.mutation.MutationAssertions.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.Json;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.FreshDemoOrgTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Workspace roles only where the org has RBAC ({@code config.can_use_rbac}); without it everyone is Admin. */
class RbacRuleTest extends FreshDemoOrgTest {
    MutationFactory factory;
    OrgData org;

    @BeforeEach
    void loadWithoutRbac() {
        org = withoutRbac(demo.load());
        factory = new MutationFactory(demo.client, org, false, demo.clock);
    }

    @Test
    void onlyAdminIsOfferedWithoutRbac() {
        Problem noRbac = new Problem("workspace_role",
                "workspace roles other than Admin need RBAC, which this org's plan lacks (config.can_use_rbac)");
        refused(factory.invite("a@x.com", null, List.of("Research"), "Editor"), noRbac);
        ready(factory.invite("a@x.com", null, List.of("Research"), "Admin"));
        TenantForUser sandbox = DemoOrg.workspace(org, "Sandbox");
        String outsider = DemoOrg.outsider(org, sandbox).email();
        Mutation add = ready(factory.addToWorkspace("Sandbox", List.of(outsider), null));
        assertEquals("Add " + outsider + " to workspace Sandbox (as Admin, the only role without RBAC)", add.title());
        refused(factory.addToWorkspace("Sandbox", List.of(outsider), "Viewer"),
                new Problem("role", noRbac.reason()));
        String inResearch = DemoOrg.member(org, "ORGANIZATION_USER", DemoOrg.workspace(org, "Research")).email();
        assertEquals(new Problem("role", "changing workspace roles needs RBAC, which this org's plan lacks"
                + " (config.can_use_rbac): every member is Admin"),
                factory.changeWorkspaceRole("Research", List.of(inResearch), "Viewer").problems().get(0));
    }

    @Test
    void customRolesAreRefusedWithoutRbacAndSaySo() {
        Problem noRbac = new Problem("plan",
                "custom roles need workspace RBAC, which this org's plan lacks (config.can_use_rbac)");
        refused(factory.createRole("QA", "", List.of("runs:read")), noRbac);
        refused(factory.editRole("Annotator", null, null, List.of("runs:read")), noRbac);
        refused(factory.deleteRole("Annotator"), noRbac);
        assertEquals(java.util.Optional.of(noRbac.reason()), factory.unavailable(MutationKind.CREATE_ROLE));
    }

    private static OrgData withoutRbac(OrgData org) {
        ObjectNode info = Json.mapper().valueToTree(org.info());
        ((ObjectNode) info.get("config")).put("can_use_rbac", false);
        OrganizationInfo changed = Json.mapper().convertValue(info, OrganizationInfo.class);
        return new OrgData(changed, org.workspaces(), org.roles(), org.members(), org.workspaceMembers(),
                org.serviceKeys(), org.workspaceKeys(), org.personalAccessTokens(), org.loadedAt());
    }
}
