package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.SpecValidator;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestHttp;
import dev.lsorg.testing.TestVertx;
import org.junit.jupiter.api.Test;

class LargeSeedTest {
    @Test
    void defaultSizesServeAndValidate() {
        // how fast it seeds and serves is LoadOrgBenchmark's business, not a timed test's
        try (Emulator e = TestVertx.emulator(EmulatorOptions.large(5000, 300, 2000, TestClock.pinned()))) {
            TestHttp http = new TestHttp(e.endpoint()).with("X-API-Key", e.keys().orgAdminKey());
            JsonNode all = http.get("/api/v1/orgs/current/members").json();
            assertEquals(5000, all.get("members").size());
            assertEquals(100, all.get("pending").size());
            assertEquals(300, http.get("/api/v1/workspaces").json().size());
            int keys = http.get("/api/v1/orgs/current/service-keys").json().size()
                    + http.get("/api/v1/orgs/current/members/personal-access-tokens").json().size();
            assertEquals(2004, keys);
            JsonNode page = http.get("/api/v1/orgs/current/members/active?limit=500&offset=4800").json();
            assertEquals(200, page.size());
            SpecValidator.load().assertResponse("GET", "/api/v1/orgs/current/members/active", 200, page);
            assertTrue(all.toString().contains("\"is_disabled\":true"));
        }
    }

    @Test
    void theSeedKeysWorkAndTheOrgIsDeterministic() {
        try (Emulator a = TestVertx.emulator(EmulatorOptions.large(50, 5, 20, TestClock.pinned()));
             Emulator b = TestVertx.emulator(EmulatorOptions.large(50, 5, 20, TestClock.pinned()))) {
            assertEquals(a.keys().patKey(), b.keys().patKey());
            TestHttp ws = new TestHttp(a.endpoint()).with("X-API-Key", a.keys().workspaceKey());
            assertEquals(a.keys().workspaceKeyWorkspaceId().toString(),
                    ws.get("/api/v1/workspaces/current/members").json().get("tenant_id").asText());
            TestHttp pat = new TestHttp(a.endpoint()).with("X-API-Key", a.keys().patKey());
            assertEquals(200, pat.get("/api/v1/workspaces/current/members").status());
            TestHttp viewer = new TestHttp(a.endpoint()).with("X-API-Key", a.keys().orgViewerKey());
            assertEquals(403, viewer.post("/api/v1/workspaces", java.util.Map.of("display_name", "x")).status());
        }
    }
}
