package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.TestHttp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Where the emulator is held to LangSmith's behaviour beyond the happy path: pydantic's answers to {@code null} and
 * wrong types (and its lax coercions), 404 for a workspace that does not exist whatever the scope headers say, a
 * real per-key fixed-window rate limit on the emulator's clock, and the plan's limits.
 */
class FidelityTest extends EmulatorTestBase {
    private static final String WS = "/api/v1/workspaces";
    private static final String INFO = "/api/v1/orgs/current/info";

    @Test
    void nullAndWrongTypesAreRefusedTheWayPydanticRefusesThem() {
        JsonNode e = unprocessable(admin().patch(INFO, body("engine_enabled", "not-a-bool")), "PATCH", INFO,
                "body", "engine_enabled");
        assertEquals("bool_parsing", e.get("type").asText());
        Map<String, Object> nullId = new java.util.HashMap<>(body("display_name", "Null Id"));
        nullId.put("id", null);
        assertEquals("uuid_type", unprocessable(admin().post(WS, nullId), "POST", WS, "body", "id").get("type")
                .asText());
        Map<String, Object> nullDescription = new java.util.HashMap<>();
        nullDescription.put("description", null);
        nullDescription.put("read_only", null);
        String sk = "/api/v1/orgs/current/service-keys";
        unprocessable(admin().post(sk, nullDescription), "POST", sk, "body", "description");
        unprocessable(admin().post(sk, nullDescription), "POST", sk, "body", "read_only");
        e = unprocessable(admin().patch(INFO, body("engine_lcu_spend_limit_monthly", Map.of())), "PATCH", INFO,
                "body", "engine_lcu_spend_limit_monthly", "float");
        assertEquals("float_type", e.get("type").asText());
    }

    @Test
    void laxValuesAreReadAsPydanticReadsThem() {
        ok(admin().patch(INFO, body("pat_creation_disabled", "yes", "max_pat_expiry_days", "30")), "PATCH", INFO);
        JsonNode info = ok(admin().get(INFO), "GET", INFO);
        assertTrue(info.get("pat_creation_disabled").asBoolean());
        assertEquals(30, info.get("max_pat_expiry_days").asInt());
        unprocessable(admin().patch(INFO, body("max_pat_expiry_days", 1.5)), "PATCH", INFO, "body",
                "max_pat_expiry_days");
    }

    @Test
    void anUnknownWorkspaceIsNotFoundWhateverTheHeadersSay() {
        String research = workspaceId("Research");
        String staging = workspaceId("Staging");
        String unknown = UUID.randomUUID().toString();
        error(adminIn(staging).patch(WS + "/" + unknown, body("display_name", "X")), 404);
        error(adminIn(staging).delete(WS + "/" + unknown), 404);
        error(workspaceKey().with("X-Tenant-Id", staging).delete(WS + "/" + unknown), 404);
        error(admin().delete(WS + "/" + unknown), 404);
        assertTrue(error(adminIn(staging).delete(WS + "/" + research), 403).get("detail").asText()
                .contains("X-Tenant-Id"), "an existing workspace that is not the tenant is still refused");
        ok(adminIn(research).delete(WS + "/" + research), "DELETE", WS + "/{workspace_id}");
        error(adminIn(staging).delete(WS + "/" + research), 404);
        unprocessable(adminIn(staging).delete(WS + "/not-a-uuid"), "DELETE", WS + "/{workspace_id}", "path",
                "workspace_id");
    }

    @Test
    void eachKeyGetsAFixedNumberOfRequestsPerMinuteOfTheEmulatorsClock() {
        Instant windowStart = Instant.ofEpochSecond(Math.floorDiv(clock.instant().getEpochSecond(), 60) * 60);
        clock.set(windowStart.plusSeconds(45).plusMillis(200));
        emulator.server().rateLimitPerMinute(3);
        for (int i = 0; i < 3; i++) {
            ok(admin().get(WS), "GET", WS);
        }
        TestHttp.Reply refused = admin().get(WS);
        assertEquals(429, refused.status());
        assertEquals("15", refused.header("Retry-After"), "whole seconds until the window ends, rounded up");
        assertTrue(refused.json().get("detail").asText().contains("3 requests per minute"));
        assertEquals(200, viewer().get(WS).status(), "another key has its own window");
        RequestLog.Entry logged = emulator.requestLog().entries().stream().filter(x -> x.status() == 429)
                .findFirst().orElseThrow();
        assertEquals(15L, logged.retryAfter());
        assertNull(logged.fault(), "a real limit, not an injected fault");

        clock.set(windowStart.plusSeconds(59).plusMillis(999));
        assertEquals("1", admin().get(WS).header("Retry-After"));
        clock.advance(Duration.ofMillis(1));
        assertEquals(200, admin().get(WS).status(), "a new window starts on the minute");
        emulator.server().rateLimitPerMinute(0);
        for (int i = 0; i < 10; i++) {
            assertEquals(200, admin().get(WS).status());
        }
    }

    @Test
    void theDemoHasNoRateLimit() {
        assertEquals(0, emulator.server().settings().rateLimitPerMinute());
        for (int i = 0; i < 100; i++) {
            assertEquals(200, viewer().get(INFO).status());
        }
    }

    @Test
    void workspacesStopAtThePlansLimit() {
        assertFalse(admin().get(INFO).json().get("reached_max_workspaces").asBoolean());
        ok(admin().post(WS, body("display_name", "Seventh")), "POST", WS);
        assertTrue(admin().get(INFO).json().get("reached_max_workspaces").asBoolean());
        JsonNode refused = error(admin().post(WS, body("display_name", "Eighth")), 400);
        assertTrue(refused.get("detail").asText().contains("limit of 7 workspaces"), refused.toString());
        String seventh = workspaceId("Seventh");
        ok(adminIn(seventh).delete(WS + "/" + seventh), "DELETE", WS + "/{workspace_id}");
        ok(admin().post(WS, body("display_name", "Eighth")), "POST", WS);
    }

    @Test
    void seatsStopAtThePlansLimitOnlyWhenThePlanCannotAddSeats() {
        String members = "/api/v1/orgs/current/members";
        ok(admin().post(members, body("email", "grows@example.com")), "POST", members);
        TestHttp plan = anonymous();
        JsonNode config = plan.put("/_emulator/plan", Map.of("can_add_seats", false)).json();
        assertFalse(config.get("can_add_seats").asBoolean());
        JsonNode org = admin().get(members).json();
        long used = 0;
        for (JsonNode m : org.get("members")) {
            used += m.get("is_disabled").asBoolean() ? 0 : 1;
        }
        used += org.get("pending").size();
        plan.put("/_emulator/plan", Map.of("max_identities", used + 1));
        ok(admin().post(members, body("email", "fits@example.com")), "POST", members);
        JsonNode refused = error(admin().post(members + "/batch", List.of(body("email", "one@example.com"))), 400);
        assertTrue(refused.get("detail").asText().contains("seats"), refused.toString());
        error(admin().post(members + "/basic/batch", List.of(body("email", "two@example.com"))), 400);
    }
}
