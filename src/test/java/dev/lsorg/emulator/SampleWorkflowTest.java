package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.TestHttp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The doc's sample workflow (reference section 7), step by step, as a new user would run it with curl. Step 5's
 * literal body ({@code workspace_role_id}, no {@code role_id}) gets the 400 an RBAC org answers; with the
 * spec's {@code role_id} it succeeds.
 */
class SampleWorkflowTest extends EmulatorTestBase {
    @Test
    void theDocsSampleRunsEndToEnd() {
        TestHttp session = admin().with("Content-Type", "application/json");
        String workspaceId = ok(session.post("/api/v1/workspaces", body("display_name", "My Workspace")), "POST",
                "/api/v1/workspaces").get("id").asText();
        TestHttp inWorkspace = session.with("X-Tenant-Id", workspaceId);

        Map<String, String> orgRoles = new HashMap<>();
        Map<String, String> wsRoles = new HashMap<>();
        for (JsonNode r : ok(session.get("/api/v1/orgs/current/roles"), "GET", "/api/v1/orgs/current/roles")) {
            (r.get("access_scope").asText().equals("organization") ? orgRoles : wsRoles)
                    .put(r.get("display_name").asText(), r.get("id").asText());
        }

        ok(session.post("/api/v1/orgs/current/members", body("email", "new.person@example.com",
                "role_id", orgRoles.get("Organization User"), "workspace_ids", List.of(workspaceId),
                "workspace_role_id", wsRoles.get("Editor"))), "POST", "/api/v1/orgs/current/members");

        JsonNode existing = ok(session.get("/api/v1/orgs/current/members"), "GET", "/api/v1/orgs/current/members")
                .get("members").get(12);
        Map<String, Object> docsBody = body("user_id", existing.get("user_id").asText(),
                "workspace_ids", List.of(workspaceId), "workspace_role_id", wsRoles.get("Viewer"));
        JsonNode hint = error(inWorkspace.post("/api/v1/workspaces/current/members", docsBody), 400);
        assertTrue(hint.get("detail").asText().contains("role_id is required"), hint.toString());
        docsBody.put("role_id", wsRoles.get("Viewer"));
        ok(inWorkspace.post("/api/v1/workspaces/current/members", docsBody), "POST", "/api/v1/workspaces/current/members");

        JsonNode wsMembers = ok(inWorkspace.get("/api/v1/workspaces/current/members"), "GET", "/api/v1/workspaces/current/members");
        String wsIdentity = OrgMembersTest.findByEmail(wsMembers.get("members"), existing.get("email").asText()).get("id").asText();
        assertEquals(1, wsMembers.get("pending").size());

        JsonNode promoted = inWorkspace.patch("/api/v1/workspaces/current/members/" + wsIdentity,
                body("role_id", wsRoles.get("Admin"))).json();
        assertEquals("WORKSPACE_ADMIN", promoted.get("role_name").asText());
        JsonNode orgAdmin = session.patch("/api/v1/orgs/current/members/" + existing.get("id").asText(),
                body("role_id", orgRoles.get("Organization Admin"))).json();
        assertEquals("ORGANIZATION_ADMIN", orgAdmin.get("role_name").asText());

        JsonNode key = ok(inWorkspace.post("/api/v1/api-key", body("description", "my key")), "POST", "/api/v1/api-key");
        assertTrue(key.get("key").asText().startsWith("lsv2_sk_"));
        assertEquals(0, emulator.userOnlyCalls());
    }
}
