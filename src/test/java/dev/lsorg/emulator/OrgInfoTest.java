package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class OrgInfoTest extends EmulatorTestBase {
    private static final String INFO = "/api/v1/orgs/current/info";

    @Test
    void permissionsReflectTheCallingKey() {
        JsonNode admin = ok(admin().get(INFO), "GET", INFO);
        assertTrue(admin.get("permissions").toString().contains("organization:manage"));
        JsonNode viewer = ok(viewer().get(INFO), "GET", INFO);
        assertEquals("[\"organization:read\"]", viewer.get("permissions").toString());
        assertEquals(0, ok(workspaceKey().get(INFO), "GET", INFO).get("permissions").size());
        JsonNode org = ok(admin().get("/api/v1/orgs/current"), "GET", "/api/v1/orgs/current");
        assertEquals(emulator.organizationName(), org.get("display_name").asText());
    }

    @Test
    void updatesSettingsAndUnsharesEverything() {
        JsonNode updated = ok(admin().patch(INFO, body("public_sharing_disabled", true, "display_name", "Acme Robotics EU",
                "max_service_key_expiry_days", 90, "security_contact", "sec@acme-robotics.com")), "PATCH", INFO);
        assertTrue(updated.get("public_sharing_disabled").asBoolean());
        assertEquals(90, updated.get("max_service_key_expiry_days").asInt());
        JsonNode cleared = ok(admin().patch(INFO, body("max_service_key_expiry_days", null)), "PATCH", INFO);
        assertTrue(cleared.get("max_service_key_expiry_days").isNull());
        assertEquals(0, emulator.unshareAllCount());
        ok(admin().patch(INFO, body("unshare_all", true)), "PATCH", INFO);
        assertEquals(1, emulator.unshareAllCount());
        assertEquals(0, anonymous().get("/_emulator/counters").json().get("shared_resources").asInt());
    }

    @Test
    void settingsValidationAndPermission() {
        unprocessable(admin().patch(INFO, body("display_name", "Bad (name)")), "PATCH", INFO, "body", "display_name");
        unprocessable(admin().patch(INFO, body("security_contact", "nobody")), "PATCH", INFO, "body", "security_contact");
        unprocessable(admin().patch(INFO, body("scim_group_name_separator", "::")), "PATCH", INFO, "body", "scim_group_name_separator");
        unprocessable(admin().patch(INFO, body("pat_creation_disabled", "yes please")), "PATCH", INFO, "body", "pat_creation_disabled");
        unprocessable(admin().patch(INFO, "[]"), "PATCH", INFO, "body");
        JsonNode denied = error(viewer().patch(INFO, body("unshare_all", true)), 403);
        assertTrue(denied.get("detail").asText().contains("organization:manage"));
        assertEquals(0, emulator.unshareAllCount());
        assertFalse(admin().get(INFO).json().get("public_sharing_disabled").asBoolean());
    }
}
