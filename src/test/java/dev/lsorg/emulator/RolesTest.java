package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RolesTest extends EmulatorTestBase {
    private static final String BASE = "/api/v1/orgs/current/roles";

    @Test
    void listsSystemOrgAndWorkspaceRolesAndTheCustomOne() {
        JsonNode roles = ok(admin().get(BASE), "GET", BASE);
        Map<String, String> displayByName = new HashMap<>();
        int org = 0;
        for (JsonNode r : roles) {
            displayByName.put(r.get("name").asText(), r.get("display_name").asText());
            org += r.get("access_scope").asText().equals("organization") ? 1 : 0;
        }
        assertEquals(3, org);
        assertEquals("Organization Admin", displayByName.get("ORGANIZATION_ADMIN"));
        assertEquals("Organization User", displayByName.get("ORGANIZATION_USER"));
        assertEquals("Admin", displayByName.get("WORKSPACE_ADMIN"));
        assertEquals("Editor", displayByName.get("WORKSPACE_USER"));
        assertEquals("Viewer", displayByName.get("WORKSPACE_VIEWER"));
        assertEquals("Annotator", displayByName.get("CUSTOM"));
        assertEquals(roleId("Admin"), ok(viewer().get(BASE), "GET", BASE).get(3).get("id").asText());
    }

    @Test
    void customRoleRules() {
        JsonNode created = ok(admin().post(BASE, body("display_name", "Tester", "description", "t",
                "permissions", List.of("workspaces:read"))), "POST", BASE);
        assertEquals(emulator.organizationId().toString(), created.get("organization_id").asText());
        error(admin().post(BASE, body("display_name", "tester", "description", "dup", "permissions", List.of())), 409);
        error(admin().post(BASE, body("display_name", "Odd", "description", "x", "permissions", List.of("root:all"))), 400);
        unprocessable(admin().post(BASE, body("display_name", "NoPerms", "description", "x")), "POST", BASE, "body", "permissions");
        unprocessable(admin().patch(BASE + "/" + created.get("id").asText(), body("display_name", "x")),
                "PATCH", BASE + "/{role_id}", "body", "description");
        error(admin().patch(BASE + "/" + roleId("Admin"), body("display_name", "x", "description", "y", "permissions", List.of())), 400);
        error(admin().delete(BASE + "/" + roleId("Viewer")), 400);
        error(admin().delete(BASE + "/" + roleId("Annotator")), 409);
        error(admin().delete(BASE + "/" + UUID.randomUUID()), 404);
        unprocessable(admin().put(BASE + "/" + roleId("Viewer") + "/restriction", body()), "PUT",
                BASE + "/{role_id}/restriction", "body", "is_restricted");
        JsonNode restricted = ok(admin().put(BASE + "/" + roleId("Viewer") + "/restriction", body("is_restricted", true)),
                "PUT", BASE + "/{role_id}/restriction");
        assertTrue(restricted.get("is_restricted").asBoolean());
        error(viewer().post(BASE, body("display_name", "V", "description", "v", "permissions", List.of())), 403);
    }

    @Test
    void aRoleThatAnyoneStillHoldsIsNotDeletedAndTheAnswerSaysWho() {
        String annotator = roleId("Annotator");
        JsonNode held = error(admin().delete(BASE + "/" + annotator), 409);
        assertEquals("Role 'Annotator' is in use by 2 workspace members and cannot be deleted; assign them another"
                + " role first", held.get("detail").asText());
        String tester = ok(admin().post(BASE, body("display_name", "Tester", "description", "t",
                "permissions", List.of("workspaces:read"))), "POST", BASE).get("id").asText();
        String sandbox = workspaceId("Sandbox");
        ok(admin().post("/api/v1/orgs/current/members", body("email", "new.tester@example.com",
                "workspace_ids", List.of(sandbox), "workspace_role_id", tester)), "POST",
                "/api/v1/orgs/current/members");
        ok(admin().post("/api/v1/orgs/current/service-keys", body("description", "tests", "workspaces",
                List.of(sandbox), "role_id", tester)), "POST", "/api/v1/orgs/current/service-keys");
        assertEquals("Role 'Tester' is in use by 1 pending invite and 1 API key and cannot be deleted; assign them"
                + " another role first", error(admin().delete(BASE + "/" + tester), 409).get("detail").asText());
        for (JsonNode k : admin().get("/api/v1/orgs/current/service-keys").json()) {
            if (k.get("description").asText().equals("tests")) {
                ok(admin().delete("/api/v1/orgs/current/service-keys/" + k.get("id").asText()), "DELETE",
                        "/api/v1/orgs/current/service-keys/{api_key_id}");
            }
        }
        for (JsonNode p : admin().get("/api/v1/orgs/current/members/pending").json()) {
            if (p.get("email").asText().equals("new.tester@example.com")) {
                ok(admin().delete("/api/v1/orgs/current/members/" + p.get("id").asText() + "/pending"), "DELETE",
                        "/api/v1/orgs/current/members/{identity_id}/pending");
            }
        }
        assertEquals(tester, ok(admin().delete(BASE + "/" + tester), "DELETE", BASE + "/{role_id}").get("id")
                .asText(), "held by no one, it goes");
        assertFalse(admin().get(BASE).json().findValuesAsText("id").contains(tester));
        error(admin().delete(BASE + "/" + tester), 404);
    }
}
