package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.TestHttp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkspaceMembersTest extends EmulatorTestBase {
    private static final String BASE = "/api/v1/workspaces/current/members";
    private static final String ONE = BASE + "/{identity_id}";
    private static final String ORG = "/api/v1/orgs/current/members";

    private JsonNode orgMemberOutside(String workspaceId) {
        for (JsonNode m : admin().get(ORG).json().get("members")) {
            boolean inside = m.get("tenant_ids").toString().contains(workspaceId);
            if (!inside && !m.get("is_disabled").asBoolean()) {
                return m;
            }
        }
        throw new AssertionError("everyone is in " + workspaceId);
    }

    @Test
    void addsAnOrgMemberByEachKindOfId() {
        String ws = workspaceId("Sandbox");
        TestHttp in = adminIn(ws);
        for (String idField : List.of("org_identity_id", "ls_user_id", "user_id")) {
            JsonNode m = orgMemberOutside(ws);
            String source = idField.equals("org_identity_id") ? "id" : idField;
            JsonNode identity = ok(in.post(BASE, body(idField, m.get(source).asText(), "role_id", roleId("Viewer"))), "POST", BASE);
            assertEquals(ws, identity.get("tenant_id").asText());
            assertEquals("WORKSPACE_VIEWER", identity.get("role_name").asText());
            assertFalse(identity.get("id").asText().equals(m.get("id").asText()));
        }
        assertEquals(3, ok(in.get(BASE), "GET", BASE).get("members").size());
    }

    @Test
    void addingRulesAndErrors() {
        String ws = workspaceId("Production");
        TestHttp in = adminIn(ws);
        JsonNode inside = in.get(BASE).json().get("members").get(0);
        String orgId = OrgMembersTest.findByEmail(admin().get(ORG).json().get("members"), inside.get("email").asText())
                .get("id").asText();
        error(in.post(BASE, body("org_identity_id", orgId, "role_id", roleId("Viewer"))), 409);
        String outside = orgMemberOutside(ws).get("id").asText();
        error(in.post(BASE, body("org_identity_id", outside)), 400);
        error(in.post(BASE, body("role_id", roleId("Viewer"))), 400);
        error(in.post(BASE, body("org_identity_id", UUID.randomUUID().toString(), "role_id", roleId("Viewer"))), 404);
        error(in.post(BASE, body("org_identity_id", outside, "role_id", roleId("Organization User"))), 400);
        unprocessable(in.post(BASE, body("org_identity_id", "12")), "POST", BASE, "body", "org_identity_id");
    }

    @Test
    void changesAndRemovesAWorkspaceRole() {
        String ws = workspaceId("Staging");
        TestHttp in = adminIn(ws);
        JsonNode member = in.get(BASE).json().get("members").get(2);
        String id = member.get("id").asText();
        JsonNode patched = in.patch(BASE + "/" + id, body("role_id", roleId("Admin"))).json();
        SPEC.assertResponse("PATCH", ONE, 200, patched);
        assertEquals("WORKSPACE_ADMIN", patched.get("role_name").asText());
        unprocessable(in.patch(BASE + "/" + id, body("read_only", true)), "PATCH", ONE, "body", "role_id");
        error(adminIn(workspaceId("Research")).patch(BASE + "/" + id, body("role_id", roleId("Admin"))), 404);
        ok(in.delete(BASE + "/" + id), "DELETE", ONE);
        error(in.delete(BASE + "/" + id), 404);
        JsonNode orgSide = OrgMembersTest.findByEmail(admin().get(ORG).json().get("members"), member.get("email").asText());
        assertFalse(orgSide.get("tenant_ids").toString().contains(ws));
    }

    @Test
    void batchAddsOrgMembersAndInvitesNewcomers() {
        String ws = workspaceId("Sandbox");
        TestHttp in = adminIn(ws);
        String memberEmail = orgMemberOutside(ws).get("email").asText();
        JsonNode results = ok(in.post(BASE + "/batch", List.of(body("email", memberEmail, "workspace_role_id", roleId("Viewer")),
                body("email", "brand.new@example.com"))), "POST", BASE + "/batch");
        assertFalse(results.get(0).get("ls_user_id").isNull());
        assertTrue(results.get(1).get("ls_user_id").isNull());
        JsonNode all = in.get(BASE).json();
        assertEquals(1, all.get("members").size());
        assertEquals("brand.new@example.com", all.get("pending").get(0).get("email").asText());
        String pendingId = all.get("pending").get(0).get("id").asText();
        assertEquals(List.of(ws), List.of(admin().get(ORG + "/pending?emails=brand.new@example.com").json()
                .get(0).get("workspace_ids").get(0).asText()));
        anonymous().post("/_emulator/invites/" + pendingId + "/accept", null);
        assertEquals(2, in.get(BASE).json().get("members").size());
        error(in.post(BASE + "/batch", List.of(body("email", memberEmail))), 409);
    }

    @Test
    void workspaceAdminsInviteNewcomersOnlyWhenTheOrgAllowsIt() {
        TestHttp wsAdmin = workspaceKey();
        ok(wsAdmin.post(BASE + "/batch", List.of(body("email", "allowed@example.com"))), "POST", BASE + "/batch");
        admin().patch("/api/v1/orgs/current/info", body("workspace_admin_can_invite_to_org", false));
        error(wsAdmin.post(BASE + "/batch", List.of(body("email", "refused@example.com"))), 403);
    }

    @Test
    void pendingInvitesOfAWorkspace() {
        String prod = workspaceId("Production");
        TestHttp in = adminIn(prod);
        JsonNode pending = ok(in.get(BASE + "/pending"), "GET", BASE + "/pending");
        assertEquals(1, pending.size());
        String id = pending.get(0).get("id").asText();
        JsonNode patched = ok(in.patch(BASE + "/" + id + "/pending", body("role_id", roleId("Viewer"))), "PATCH", ONE + "/pending");
        assertEquals("WORKSPACE_VIEWER", patched.get("role_name").asText());
        error(adminIn(workspaceId("Research")).delete(BASE + "/" + id + "/pending"), 404);
        ok(in.delete(BASE + "/" + id + "/pending"), "DELETE", ONE + "/pending");
        assertEquals(0, in.get(BASE + "/pending").json().size());
        assertTrue(admin().get(ORG + "/pending?emails=new.hire@acme-robotics.com").json().get(0).get("workspace_ids").isEmpty());
    }

    @Test
    void editorsMayReadButNotManageMembers() {
        ok(pat().get(BASE + "/active"), "GET", BASE + "/active");
        JsonNode denied = error(pat().delete(BASE + "/" + UUID.randomUUID()), 403);
        assertTrue(denied.get("detail").asText().contains("workspaces:manage-members"));
    }
}
