package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkspacesTest extends EmulatorTestBase {
    private static final String LIST = "/api/v1/workspaces";
    private static final String ONE = "/api/v1/workspaces/{workspace_id}";

    @Test
    void listsLiveWorkspacesWithTheCallersRole() {
        JsonNode list = ok(admin().get(LIST), "GET", LIST);
        assertEquals(6, list.size());
        for (JsonNode w : list) {
            assertEquals("WORKSPACE_ADMIN", w.get("role_name").asText());
            assertEquals(emulator.organizationId().toString(), w.get("organization_id").asText());
        }
        JsonNode all = ok(admin().get(LIST + "?include_deleted=true"), "GET", LIST);
        assertEquals(7, all.size());
        assertTrue(all.findValues("is_deleted").stream().anyMatch(JsonNode::asBoolean));
    }

    @Test
    void aWorkspaceKeySeesOnlyItsWorkspace() {
        JsonNode list = ok(workspaceKey().get(LIST), "GET", LIST);
        assertEquals(1, list.size());
        assertEquals(emulator.keys().workspaceKeyWorkspaceId().toString(), list.get(0).get("id").asText());
    }

    @Test
    void aPatSeesTheWorkspacesItsOwnerBelongsTo() {
        JsonNode list = ok(pat().get(LIST), "GET", LIST);
        assertEquals(2, list.size());
        for (JsonNode w : list) {
            assertEquals("WORKSPACE_USER", w.get("role_name").asText());
        }
        error(pat().get(LIST + "/" + workspaceId("Research")), 404);
    }

    @Test
    void createsGetsRenamesAndSoftDeletes() {
        JsonNode created = ok(admin().post(LIST, body("display_name", "My Workspace", "tenant_handle", "mine")), "POST", LIST);
        String id = created.get("id").asText();
        assertEquals("My Workspace", created.get("display_name").asText());
        JsonNode got = ok(admin().get(LIST + "/" + id), "GET", ONE);
        assertEquals("mine", got.get("tenant_handle").asText());
        JsonNode renamed = ok(adminIn(id).patch(LIST + "/" + id, body("display_name", "Renamed (v2)")), "PATCH", ONE);
        assertEquals("Renamed (v2)", renamed.get("display_name").asText());
        ok(adminIn(id).delete(LIST + "/" + id), "DELETE", ONE);
        assertFalse(admin().get(LIST).body().contains(id));
        error(admin().get(LIST + "/" + id), 404);
        JsonNode deleted = ok(admin().get(LIST + "/" + id + "?include_deleted=true"), "GET", ONE);
        assertTrue(deleted.get("is_deleted").asBoolean());
    }

    @Test
    void createTakesAClientChosenIdAndRefusesDuplicates() {
        UUID id = UUID.randomUUID();
        JsonNode created = ok(admin().post(LIST, body("id", id.toString(), "display_name", "Chosen")), "POST", LIST);
        assertEquals(id.toString(), created.get("id").asText());
        error(admin().post(LIST, body("id", id.toString(), "display_name", "Again")), 409);
        error(admin().post(LIST, body("display_name", "Handle clash", "tenant_handle", "production")), 409);
    }

    @Test
    void validatesLikeFastApi() {
        unprocessable(admin().post(LIST, body("display_name", "bad/name")), "POST", LIST, "body", "display_name");
        unprocessable(admin().post(LIST, body("display_name", "")), "POST", LIST, "body", "display_name");
        JsonNode missing = unprocessable(admin().post(LIST, body("tenant_handle", "x")), "POST", LIST, "body", "display_name");
        assertEquals("missing", missing.get("type").asText());
        unprocessable(admin().post(LIST, "{not json"), "POST", LIST, "body", "1");
        unprocessable(admin().post(LIST, body("display_name", "ok", "id", "nope")), "POST", LIST, "body", "id");
        JsonNode badPath = unprocessable(admin().get(LIST + "/not-a-uuid"), "GET", ONE, "path", "workspace_id");
        assertEquals("uuid_parsing", badPath.get("type").asText());
        unprocessable(admin().get(LIST + "?include_deleted=maybe"), "GET", LIST, "query", "include_deleted");
    }

    @Test
    void extraBodyFieldsAreIgnored() {
        ok(admin().post(LIST, body("display_name", "Extra", "colour", "blue")), "POST", LIST);
    }

    @Test
    void renameAndDeleteAreWorkspaceScoped() {
        String id = workspaceId("Staging");
        JsonNode needTenant = error(admin().patch(LIST + "/" + id, body("display_name", "x")), 403);
        assertEquals("org_scoped_key_requires_workspace", needTenant.get("error").asText());
        error(adminIn(workspaceId("Research")).patch(LIST + "/" + id, body("display_name", "x")), 403);
        error(adminIn(UUID.randomUUID()).delete(LIST + "/" + id), 404);
    }

    @Test
    void viewersCannotCreateOrRename() {
        JsonNode denied = error(viewer().post(LIST, body("display_name", "Nope")), 403);
        assertTrue(denied.get("detail").asText().contains("organization:manage"));
        String id = workspaceId("Staging");
        JsonNode deniedRename = error(viewer().with("X-Tenant-Id", id).patch(LIST + "/" + id, body("display_name", "x")), 403);
        assertTrue(deniedRename.get("detail").asText().contains("workspaces:manage"));
    }
}
