package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestHttp;
import dev.lsorg.testing.TestVertx;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultsTest extends EmulatorTestBase {
    private static final String ROLES = "/api/v1/orgs/current/roles";

    @Test
    void latencyHoldsTheAnswerBack() {
        emulator.faults().latency(60_000, 0).forNext(1);
        assertThrows(UncheckedIOException.class, () -> admin().timeout(Duration.ofMillis(200)).get(ROLES),
                "no answer while the minute of latency runs");
        ok(admin().get(ROLES), "GET", ROLES);
        List<RequestLog.Entry> log = emulator.requestLog().entries();
        assertEquals(0, log.get(log.size() - 1).delayMs(), "the next request is not held");
    }

    @Test
    void jitterDelaysEachAnswerByUpToItsRange() {
        emulator.faults().latency(10, 30);
        for (int i = 0; i < 12; i++) {
            ok(admin().get(ROLES), "GET", ROLES);
        }
        List<Long> delays = emulator.requestLog().entries().stream().map(RequestLog.Entry::delayMs).toList();
        assertTrue(delays.stream().allMatch(d -> d >= 10 && d <= 40), delays::toString);
        assertTrue(new HashSet<>(delays).size() > 1, () -> "jitter varies: " + delays);
        assertTrue(emulator.requestLog().entries().stream().allMatch(e -> "latency".equals(e.fault())));
    }

    @Test
    void faultsCanBeLimitedToMethodsAndToTheNextRequests() {
        emulator.faults().errorRate(1.0).onlyFor("POST").forNext(1);
        ok(admin().get(ROLES), "GET", ROLES);
        assertTrue(admin().post("/api/v1/workspaces", body("display_name", "Faulted")).status() >= 500);
        assertEquals(200, admin().post("/api/v1/workspaces", body("display_name", "Served")).status());
        assertTrue(emulator.faults().settings().isNone() || emulator.faults().settings().nextRequests() == 0);
        JsonNode set = anonymous().put("/_emulator/faults", body("drop_rate", 1.0, "methods", List.of("patch"),
                "next_requests", 2)).json();
        assertEquals(List.of("PATCH"), List.of(set.get("methods").get(0).asText()));
        assertEquals(2, set.get("next_requests").asInt());
        ok(admin().get(ROLES), "GET", ROLES);
        assertEquals(400, anonymous().put("/_emulator/faults", body("methods", List.of("FETCH"))).status());
    }

    @Test
    void serverErrorsAre500Or503() {
        emulator.faults().errorRate(1.0);
        Set<Integer> statuses = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            TestHttp.Reply r = admin().get(ROLES);
            statuses.add(r.status());
            assertTrue(r.json().has("detail"));
        }
        assertEquals(Set.of(500, 503), statuses);
        emulator.faults().reset();
        ok(admin().get(ROLES), "GET", ROLES);
    }

    @Test
    void rateLimitSends429WithRetryAfter() {
        emulator.faults().rateLimit(1.0, 7);
        TestHttp.Reply r = admin().get(ROLES);
        assertEquals(429, r.status());
        assertEquals("7", r.header("Retry-After"));
        assertEquals("rate_limit", emulator.requestLog().entries().get(0).fault());
    }

    @Test
    void droppedConnectionsFailTheClient() {
        emulator.faults().dropRate(1.0);
        assertThrows(UncheckedIOException.class, () -> admin().get(ROLES));
        emulator.faults().dropRate(0);
        ok(admin().get(ROLES), "GET", ROLES);
    }

    @Test
    void malformedBodiesAreNotJson() {
        emulator.faults().malformedRate(1.0);
        TestHttp.Reply r = admin().get(ROLES);
        assertEquals(200, r.status());
        assertThrows(Exception.class, () -> new ObjectMapper().readTree(r.body()));
    }

    @Test
    void adminRoutesSetReadAndResetFaults() {
        JsonNode set = anonymous().put("/_emulator/faults", body("error_rate", 1.0)).json();
        assertEquals(1.0, set.get("error_rate").asDouble());
        assertTrue(admin().get(ROLES).status() >= 500);
        assertEquals(200, anonymous().get("/_emulator/counters").status());
        assertEquals(1.0, anonymous().get("/_emulator/faults").json().get("error_rate").asDouble());
        assertEquals(400, anonymous().put("/_emulator/faults", body("drop_rate", 3)).status());
        anonymous().delete("/_emulator/faults");
        assertTrue(emulator.faults().settings().isNone());
        ok(admin().get(ROLES), "GET", ROLES);
    }

    @Test
    void startUpFaultsComeFromTheOptions() {
        try (Emulator slow = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned())
                .withFaults(new FaultSettings(0, 0, 0, 1.0, 3, 0, 0)))) {
            TestHttp.Reply r = new TestHttp(slow.endpoint()).with("X-API-Key", slow.keys().orgAdminKey()).get(ROLES);
            assertEquals(429, r.status());
            assertEquals("3", r.header("Retry-After"));
            assertFalse(slow.faults().settings().isNone());
        }
    }
}
