package dev.lsorg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {
    private static final ObjectMapper M = new ObjectMapper();
    private final SpecValidator spec = SpecValidator.load();

    private static JsonNode json(String s) throws Exception {
        return M.readTree(s);
    }

    @Test
    void knowsAllFortyFiveOperations() {
        assertEquals(45, spec.operations().size());
    }

    @Test
    void acceptsAValidTenant() throws Exception {
        JsonNode ok = json("{\"id\":\"6f1c1f3e-4a57-4c7e-9f0a-2b7f9d1e0a11\",\"organization_id\":null,"
                + "\"created_at\":\"2026-01-02T03:04:05.123456Z\",\"display_name\":\"X\",\"is_personal\":false,"
                + "\"is_deleted\":false,\"tenant_handle\":null,\"data_plane_url\":null}");
        assertTrue(spec.validateResponse("POST", "/api/v1/workspaces", 200, ok).isEmpty());
    }

    @Test
    void rejectsMissingFieldsWrongTypesAndBadFormats() throws Exception {
        JsonNode missing = json("{\"id\":\"6f1c1f3e-4a57-4c7e-9f0a-2b7f9d1e0a11\",\"display_name\":\"X\"}");
        assertFalse(spec.validateResponse("POST", "/api/v1/workspaces", 200, missing).isEmpty());
        JsonNode badUuid = json("[{\"id\":\"not-a-uuid\",\"short_key\":\"k\",\"description\":\"d\"}]");
        assertFalse(spec.validateResponse("GET", "/api/v1/api-key", 200, badUuid).isEmpty());
        JsonNode wrongType = json("{\"config\":{},\"is_personal\":\"no\"}");
        assertThrows(AssertionError.class,
                () -> spec.assertResponse("GET", "/api/v1/orgs/current/info", 200, wrongType));
    }

    @Test
    void validates422BodiesAndRequestBodies() throws Exception {
        JsonNode valid422 = json("{\"detail\":[{\"loc\":[\"body\",\"email\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}");
        assertTrue(spec.validateResponse("POST", "/api/v1/orgs/current/members", 422, valid422).isEmpty());
        assertFalse(spec.validateResponse("POST", "/api/v1/orgs/current/members", 422, json("{\"detail\":\"x\"}")).isEmpty());
        assertTrue(spec.validateRequest("POST", "/api/v1/workspaces", json("{\"display_name\":\"My Workspace\"}")).isEmpty());
        assertFalse(spec.validateRequest("POST", "/api/v1/workspaces", json("{\"display_name\":\"bad/name\"}")).isEmpty());
        assertFalse(spec.validateRequest("POST", "/api/v1/orgs/current/members", json("{\"role_id\":\"x\"}")).isEmpty());
    }

    @Test
    void checksRequestsSentToConcretePaths() throws Exception {
        spec.assertRequestTo("POST", "/api/v1/orgs/current/members/batch", json("[{\"email\":\"a@b.co\"}]"));
        spec.assertRequestTo("GET", "/api/v1/orgs/current/members/active?limit=5", null);
        spec.assertRequestTo("POST", "/api/v1/api-key", null);
        assertThrows(AssertionError.class, () -> spec.assertRequestTo("POST", "/api/v1/workspaces", null));
        assertThrows(AssertionError.class, () -> spec.assertRequestTo("GET", "/api/v1/orgs", null));
        assertThrows(AssertionError.class, () -> spec.assertRequestTo("PATCH",
                "/api/v1/workspaces/current/members/6f1c1f3e-4a57-4c7e-9f0a-2b7f9d1e0a11", json("{\"read_only\":true}")));
    }

    @Test
    void resolvesConcretePathsToTemplates() {
        assertEquals("/api/v1/workspaces/{workspace_id}",
                spec.template("PATCH", "/api/v1/workspaces/6f1c1f3e-4a57-4c7e-9f0a-2b7f9d1e0a11").orElseThrow());
        assertEquals("/api/v1/orgs/current/members/active",
                spec.template("GET", "/api/v1/orgs/current/members/active?limit=5").orElseThrow());
        assertEquals("/api/v1/orgs/current/members/{identity_id}/pending",
                spec.template("DELETE", "/api/v1/orgs/current/members/abc/pending").orElseThrow());
    }
}
