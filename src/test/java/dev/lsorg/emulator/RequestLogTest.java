package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLogTest extends EmulatorTestBase {
    @Test
    void logsRequestsWithTheKeyMasked() {
        String ws = emulator.keys().workspaceKeyWorkspaceId().toString();
        adminIn(ws).get("/api/v1/workspaces/current/members/active?limit=5&q=a");
        anonymous().get("/api/v1/orgs/current/roles");
        List<RequestLog.Entry> entries = emulator.requestLog().entries();
        assertEquals(2, entries.size());
        RequestLog.Entry e = entries.get(0);
        assertEquals("GET", e.method());
        assertEquals("/api/v1/workspaces/current/members/active", e.path());
        assertEquals("limit=5&q=a", e.query());
        assertEquals(200, e.status());
        assertEquals(ws, e.headers().get("x-tenant-id"));
        String secret = emulator.keys().orgAdminKey();
        assertEquals("lsv2_sk_..." + secret.substring(secret.length() - 4), e.headers().get("x-api-key"));
        assertEquals(401, entries.get(1).status());
        String all = anonymous().get("/_emulator/requests").body();
        assertFalse(all.contains(secret));
        assertTrue(all.contains("\"status\":401"));
    }

    @Test
    void clearsAndSkipsAdminRoutes() {
        admin().get("/api/v1/orgs/current/info");
        anonymous().get("/_emulator/counters");
        assertEquals(1, emulator.requestLog().entries().size());
        anonymous().delete("/_emulator/requests");
        assertEquals(0, emulator.requestLog().entries().size());
        JsonNode counters = anonymous().get("/_emulator/counters").json();
        assertEquals(1, counters.get("requests").asInt());
    }

    @Test
    void acceptingAnUnknownInviteIs404() {
        assertEquals(404, anonymous().post("/_emulator/invites/" + java.util.UUID.randomUUID() + "/accept", null).status());
        assertEquals(422, anonymous().post("/_emulator/invites/nope/accept", null).status());
    }
}
