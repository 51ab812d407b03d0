package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.OrgReader;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.model.Json;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.testing.DemoOrg;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No change surprises its author: a new key or invite says the access it really gives, sending the least
 * privileged workspace role where one can be sent, or saying LangSmith's Admin default where none can.
 */
class ChangeSafetyScreenTest {
    @TempDir
    Path dir;

    @Test
    void aNewKeyGetsTheLeastPrivilegedWorkspaceRoleAndItsConfirmationSaysTheAccess() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("4n");
            c.assertScreenHas(" Workspace role         < Viewer >");
            c.assertScreenHas("     Always sent: the role in every workspace the key reaches (the least");
            c.h.type("nightly");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertEquals("Effective access: Organization Viewer in the org; Viewer in every workspace it reaches"
                    + " (role_id sent).", m.notes().get(0));
            c.assertScreenHas("Effective access: Organization Viewer in the org; Viewer in every workspace it");
            c.assertScreenHas("Expires: ");
            assertTrue(m.requests().get(0).bodyJson().contains("\"role_id\":\"" + role(c, "WORKSPACE_VIEWER")),
                    m.requests().get(0).bodyJson());
        }
    }

    @Test
    void withoutWorkspaceRbacTheKeyFormSaysLangSmithGivesAdmin() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir, ChangeHarness.Setup.reading(ChangeSafetyScreenTest::noRbac))) {
            c.h.type("4n");
            c.assertScreenHas(" Workspace role         < Admin >");
            c.assertScreenHas("     No workspace RBAC on this plan: LangSmith gives Admin in every");
            c.h.type("nightly");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertEquals("Effective access: Organization Viewer in the org; Admin in every workspace it reaches:"
                    + " without workspace RBAC LangSmith gives every key Admin in each workspace it reaches (no"
                    + " role_id is sent).", m.notes().get(0));
            assertTrue(m.title().contains("Admin in every workspace"), m.title());
            assertFalse(m.requests().get(0).bodyJson().contains("role_id\":\"" + role(c, "WORKSPACE_VIEWER")));
            c.h.type("y");
            c.awaitOutcome();
            OrgData org = c.org.load();
            UUID given = org.serviceKeys().stream().filter(k -> k.description().equals("nightly")).findFirst()
                    .orElseThrow().roleId();
            assertEquals(role(c, "WORKSPACE_ADMIN"), given, "the server's default is what the confirmation said");
        }
    }

    @Test
    void anInviteSaysTheWorkspaceRoleTheInviteeWillGet() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("2i");
            c.h.type("new.person@x.com");
            c.h.press(KeyType.Tab, KeyType.Tab);
            c.h.type("Research");
            c.h.press(KeyType.Tab);
            c.assertScreenHas(" Workspace role         < Viewer >");
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertEquals("Access once accepted: Organization User in the org; Viewer in Research"
                    + " (workspace_role_id sent).", m.notes().get(0));
            c.assertScreenHas("Access once accepted: Organization User in the org; Viewer in Research");
        }
    }

    static UUID role(ChangeHarness c, String name) {
        return DemoOrg.role(c.org.load(), name).id();
    }

    /** The org as a plan without workspace RBAC shows it ({@code config.can_use_rbac} false). */
    static OrgReader noRbac(OrgReader r) {
        return new OrgReader() {
            @Override
            public Future<OrganizationInfo> orgInfo() {
                return r.orgInfo().map(ChangeSafetyScreenTest::withoutRbac);
            }

            @Override
            public Future<List<TenantForUser>> workspaces() {
                return r.workspaces();
            }

            @Override
            public Future<List<Role>> roles() {
                return r.roles();
            }

            @Override
            public Future<OrganizationMembers> orgMembers() {
                return r.orgMembers();
            }

            @Override
            public Future<TenantMembers> workspaceMembers(UUID workspace) {
                return r.workspaceMembers(workspace);
            }

            @Override
            public Future<dev.lsorg.model.ActivityLog> activity(dev.lsorg.api.AuditLogQuery query, int max) {
                return r.activity(query, max);
            }

            @Override
            public Future<OrgData> apiKeys() {
                return r.apiKeys();
            }

            @Override
            public Failure describe(Throwable error) {
                return r.describe(error);
            }
        };
    }

    private static OrganizationInfo withoutRbac(OrganizationInfo info) {
        ObjectNode n = Json.mapper().valueToTree(info);
        ((ObjectNode) n.get("config")).put("can_use_rbac", false);
        try {
            return Json.mapper().treeToValue(n, OrganizationInfo.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
