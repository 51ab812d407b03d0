package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code hostile} seed is an org the API contract allows: every list answers per the spec, and each payload it
 * holds can be planted over HTTP where LangSmith lets users type it (names in the patterns LangSmith enforces).
 */
class HostileSeedTest extends EmulatorTestBase {
    private static final Pattern WORKSPACE_NAME = Pattern.compile("^[a-zA-Z0-9\\-_ '@()]+$");

    @Override
    EmulatorOptions options() {
        return EmulatorOptions.seeded("hostile", clock);
    }

    @Test
    void everyListAnswersPerTheSpecAndCarriesThePayloads() {
        JsonNode workspaces = ok(admin().get("/api/v1/workspaces"), "GET", "/api/v1/workspaces");
        for (JsonNode w : workspaces) {
            assertTrue(WORKSPACE_NAME.matcher(w.get("display_name").asText()).matches(), w.toString());
        }
        assertTrue(workspaces.toString().contains("\\u001B]52;c;"), "a handle carries OSC 52");
        JsonNode members = ok(admin().get("/api/v1/orgs/current/members"), "GET", "/api/v1/orgs/current/members");
        // JsonNode.toString() is Jackson's own writer, without lsorg's escapes: C1 and bidi characters show raw.
        assertTrue(members.toString().contains("\u009b"), "a name carries C1");
        JsonNode keys = ok(admin().get("/api/v1/orgs/current/service-keys"), "GET",
                "/api/v1/orgs/current/service-keys");
        assertTrue(keys.toString().contains("\\r\\nHIGH"), "a description forges a line");
        JsonNode roles = ok(admin().get("/api/v1/orgs/current/roles"), "GET", "/api/v1/orgs/current/roles");
        assertTrue(roles.toString().contains("\u202e"), "a role name carries a bidi override");
        assertEquals(HostileSeed.ORG_NAME, ok(admin().get("/api/v1/orgs/current/info"), "GET",
                "/api/v1/orgs/current/info").get("display_name").asText());
    }

    @Test
    void eachPayloadCanBePlantedOverHttp() {
        // one workspace per payload is more than the seed's plan holds; the plan is not what this test is about
        anonymous().put("/_emulator/plan", java.util.Map.of("max_workspaces", 1000));
        List<String> payloads = new ArrayList<>(HostileSeed.payloads());
        for (int i = 0; i < payloads.size(); i++) {
            ok(admin().post("/api/v1/orgs/current/service-keys", body("description", payloads.get(i))), "POST",
                    "/api/v1/orgs/current/service-keys");
            ok(admin().post("/api/v1/workspaces", body("display_name", "planted " + i, "tenant_handle",
                    "planted" + i + payloads.get(i))), "POST", "/api/v1/workspaces");
        }
        for (String name : HostileSeed.WORKSPACE_NAMES) {
            ok(admin().post("/api/v1/workspaces", body("display_name", name + " again")), "POST",
                    "/api/v1/workspaces");
        }
        for (String email : List.of("=2+2@hostile.example", "東京2@hostile.example", "esc\u001b]0;t\u0007@x.io")) {
            ok(admin().post("/api/v1/orgs/current/members", body("email", email, "role_id",
                    roleId("Organization User"))), "POST", "/api/v1/orgs/current/members");
        }
    }
}
