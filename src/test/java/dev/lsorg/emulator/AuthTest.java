package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.TestHttp;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthTest extends EmulatorTestBase {
    private static final String MEMBERS = "/api/v1/workspaces/current/members";
    private static final String ROLES = "/api/v1/orgs/current/roles";

    @Test
    void missingOrUnknownKeyIs401() {
        error(anonymous().get(ROLES), 401);
        error(anonymous().with("X-API-Key", "lsv2_sk_00000000000000000000000000000000_0000000000").get(ROLES), 401);
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        TestHttp lower = anonymous().with("x-api-key", emulator.keys().orgAdminKey());
        ok(lower.get(ROLES), "GET", ROLES);
        ok(anonymous().with("X-Api-Key", emulator.keys().orgAdminKey()).get(ROLES), "GET", ROLES);
    }

    @Test
    void aForeignOrganizationIdIs403() {
        error(admin().with("X-Organization-Id", UUID.randomUUID().toString()).get(ROLES), 403);
        ok(admin().with("X-Organization-Id", null).get(ROLES), "GET", ROLES);
    }

    @Test
    void anOrgKeyNeedsATenantForWorkspaceOperations() {
        TestHttp.Reply r = admin().get(MEMBERS);
        JsonNode body = error(r, 403);
        assertEquals("org_scoped_key_requires_workspace", body.get("error").asText());
        ok(adminIn(emulator.keys().workspaceKeyWorkspaceId()).get(MEMBERS), "GET", MEMBERS);
    }

    @Test
    void otherKeysFallBackToTheirOwnWorkspace() {
        JsonNode ws = ok(workspaceKey().get(MEMBERS), "GET", MEMBERS);
        assertEquals(emulator.keys().workspaceKeyWorkspaceId().toString(), ws.get("tenant_id").asText());
        JsonNode pat = ok(pat().get(MEMBERS), "GET", MEMBERS);
        assertEquals(emulator.keys().patDefaultWorkspaceId().toString(), pat.get("tenant_id").asText());
    }

    @Test
    void aKeyOutsideTheTenantIs403AndAnUnknownTenant404() {
        String research = workspaceId("Research");
        error(workspaceKey().with("X-Tenant-Id", research).get(MEMBERS), 403);
        error(adminIn(UUID.randomUUID()).get(MEMBERS), 404);
    }

    @Test
    void missingPermissionsAreNamed() {
        JsonNode org = error(viewer().post("/api/v1/orgs/current/members", body("email", "a@b.co")), 403);
        assertTrue(org.get("detail").asText().contains("organization:manage"));
        JsonNode ws = error(workspaceKey().get(ROLES), 403);
        assertTrue(ws.get("detail").asText().contains("organization:read"));
        JsonNode patWs = error(pat().post(MEMBERS, body("org_identity_id", UUID.randomUUID().toString())), 403);
        assertTrue(patWs.get("detail").asText().contains("workspaces:manage-members"));
    }
}
