package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestHttp;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultsTest extends EmulatorTestBase {
    private static final String ROLES = "/api/v1/orgs/current/roles";

    private long timed(Runnable call) {
        long t0 = System.nanoTime();
        call.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void fixedLatencyAndJitter() {
        emulator.faults().latency(300, 0);
        assertTrue(timed(() -> ok(admin().get(ROLES), "GET", ROLES)) >= 300);
        emulator.faults().latency(0, 120);
        long max = 0;
        for (int i = 0; i < 10; i++) {
            max = Math.max(max, timed(() -> admin().get(ROLES)));
        }
        assertTrue(max >= 20, "jitter never delayed: " + max);
        assertTrue(emulator.requestLog().entries().stream().anyMatch(e -> "latency".equals(e.fault())));
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
        try (Emulator slow = Emulator.startBlocking(EmulatorOptions.demo(TestClock.pinned())
                .withFaults(new FaultSettings(0, 0, 0, 1.0, 3, 0, 0)))) {
            TestHttp.Reply r = new TestHttp(slow.endpoint()).with("X-API-Key", slow.keys().orgAdminKey()).get(ROLES);
            assertEquals(429, r.status());
            assertEquals("3", r.header("Retry-After"));
            assertFalse(slow.faults().settings().isNone());
        }
    }
}
