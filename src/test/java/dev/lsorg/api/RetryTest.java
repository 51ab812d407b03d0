package dev.lsorg.api;

import static dev.lsorg.api.Fixture.await;
import static dev.lsorg.api.Fixture.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.Tenant;
import dev.lsorg.model.WorkspaceCreate;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries under every fault mode the emulator injects: reads retry (and honour {@code Retry-After}) until the
 * fault clears; mutations are sent exactly once unless the connection was refused.
 */
class RetryTest {
    static Fixture fx;
    final List<RequestEvent> events = Collections.synchronizedList(new ArrayList<>());
    final RequestListener listener = events::add;

    @BeforeAll
    static void start() {
        fx = Fixture.demo();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @BeforeEach
    void listen() {
        fx.client.addRequestListener(listener);
        fx.emulator.requestLog().clear();
    }

    @AfterEach
    void clear() {
        fx.emulator.faults().reset();
        fx.client.removeRequestListener(listener);
        events.clear();
    }

    /** Turns the faults off after {@code ms}, as a flaky server recovering. */
    void recoverAfter(long ms) {
        fx.vertx.setTimer(ms, t -> fx.emulator.faults().reset());
    }

    /**
     * How many {@code method path} requests the emulator logged, once its log has settled: it logs when it ends
     * an answer, which can be just after the client saw that answer (or the dropped connection).
     */
    int settledCount(String method, String path, int expected) {
        long deadline = System.currentTimeMillis() + 3000;
        while (logFor(method, path).size() < expected && System.currentTimeMillis() < deadline) {
            sleep(20);
        }
        sleep(200); // a duplicate, if any, would arrive in this window too
        return logFor(method, path).size();
    }

    List<RequestLog.Entry> logFor(String method, String path) {
        return fx.log().stream().filter(e -> e.method().equals(method) && e.path().equals(path)).toList();
    }

    /**
     * The emulator answers 500 or 503 at random: every chain of attempts retries its 503s and stops at the first
     * 500 (which may be a bug rather than an outage) or at the budget.
     */
    @Test
    void readsRetry503sAndStopAtA500() {
        fx.emulator.faults().errorRate(1.0);
        int retried = 0;
        try (LangSmithClient c = fx.client(fx.config(fx.emulator.keys().orgAdminKey()).withRetryBudget(Duration.ofMillis(1500)))) {
            for (int chain = 0; chain < 8; chain++) {
                fx.emulator.requestLog().clear();
                assertInstanceOf(ApiError.ServerError.class, failure(c.roles().list()));
                sleep(150); // let the emulator log the last answer before reading (and later clearing) the log
                List<RequestLog.Entry> log = logFor("GET", "/api/v1/orgs/current/roles");
                for (int i = 0; i < log.size() - 1; i++) {
                    assertEquals(503, log.get(i).status(), "only 503s are retried");
                }
                retried += log.size() > 1 ? 1 : 0;
            }
        }
        assertTrue(retried > 0, "some chain met a 503 first and retried it");
    }

    @Test
    void readWaitsForRetryAfterOn429() {
        fx.emulator.faults().rateLimit(1.0, 1);
        recoverAfter(1500);
        await(fx.client.roles().list());
        List<RequestEvent> attempts = events.stream().filter(e -> e.path().endsWith("/roles")).toList();
        assertTrue(attempts.size() >= 2, "retried: " + attempts);
        for (int i = 1; i < attempts.size(); i++) {
            long gap = Duration.between(attempts.get(i - 1).time(), attempts.get(i).time()).toMillis();
            assertTrue(gap >= 1000, "waited Retry-After (1 s) between attempts, got " + gap + " ms");
        }
        assertEquals(429, attempts.get(0).status());
        assertTrue(attempts.get(attempts.size() - 1).ok());
    }

    @Test
    void readRetriesAfterATimeout() {
        fx.emulator.faults().latency(3000, 0);
        try (LangSmithClient c = fx.client(fx.config(fx.emulator.keys().orgAdminKey())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMillis(400)))) {
            c.addRequestListener(events::add);
            recoverAfter(700);
            await(c.roles().list());
        }
        assertEquals("Timeout", events.get(0).outcome());
        assertTrue(events.get(events.size() - 1).ok());
    }

    @Test
    void readRetriesAfterADroppedConnection() {
        fx.emulator.faults().dropRate(1.0);
        recoverAfter(600);
        retryUntilOk();
        assertEquals("Network", events.get(0).outcome());
    }

    @Test
    void malformedAnswersAreNotRetried() {
        fx.emulator.faults().malformedRate(1.0);
        assertInstanceOf(ApiError.MalformedResponse.class, failure(fx.client.roles().list()));
        assertEquals(1, settledCount("GET", "/api/v1/orgs/current/roles", 1));
    }

    @Test
    void retriesStopWithinTheBudget() {
        fx.emulator.faults().rateLimit(1.0, 1);
        try (LangSmithClient c = fx.client(fx.config(fx.emulator.keys().orgAdminKey()).withRetryBudget(Duration.ofMillis(2500)))) {
            long t0 = System.nanoTime();
            assertInstanceOf(ApiError.RateLimited.class, failure(c.roles().list()));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 2500, "gave up within the budget: " + ms + " ms");
            assertTrue(logFor("GET", "/api/v1/orgs/current/roles").size() >= 2);
        }
    }

    /** The flaky server drops the answer after applying the invite: the client must not send it again. */
    @Test
    void aFlakyServerReceivesExactlyOneInvite() {
        fx.emulator.faults().dropRate(1.0);
        String email = "exactly.once@example.org";
        ApiError e = failure(fx.client.orgMembers().invite(new PendingIdentityCreate(email, null, null, null, null, null, null)));
        assertInstanceOf(ApiError.Network.class, e);
        fx.emulator.faults().reset();
        assertEquals(1, settledCount("POST", "/api/v1/orgs/current/members", 1));
        List<OrgPendingIdentity> pending = await(fx.client.orgMembers().pending(MemberQuery.byEmails(List.of(email))));
        assertEquals(1, pending.size(), "exactly one invite exists");
    }

    @Test
    void mutationsAreNotRetriedOnServerErrorsOrRateLimits() {
        fx.emulator.faults().errorRate(1.0);
        failure(fx.client.workspaces().create(new WorkspaceCreate(null, "Once", null)));
        fx.emulator.faults().reset();
        fx.emulator.faults().rateLimit(1.0, 1);
        assertInstanceOf(ApiError.RateLimited.class, failure(fx.client.workspaces().create(new WorkspaceCreate(null, "Once", null))));
        fx.emulator.faults().reset();
        assertEquals(2, settledCount("POST", "/api/v1/workspaces", 2));
    }

    @Test
    void mutationsAreNotRetriedAfterATimeout() {
        fx.emulator.faults().latency(1000, 0);
        try (LangSmithClient c = fx.client(fx.config(fx.emulator.keys().orgAdminKey())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMillis(300)))) {
            assertInstanceOf(ApiError.Timeout.class, failure(c.workspaces().create(new WorkspaceCreate(null, "Slow", null))));
        }
        fx.emulator.faults().reset();
        sleep(1200); // let the emulator finish the slow POST, so a resend would have shown up by now
        assertEquals(1, settledCount("POST", "/api/v1/workspaces", 1));
    }

    /** A refused connection provably sent nothing, so even a mutation is tried again. */
    @Test
    void aMutationIsRetriedWhenTheConnectionWasRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EmulatorOptions options = EmulatorOptions.demo().withPort(port);
        String key = fx.emulator.keys().orgAdminKey(); // same seed number: same keys and org id
        ClientConfig config = ClientConfig.of("http://127.0.0.1:" + port, Secret.of(key))
                .withOrganizationId(fx.emulator.organizationId()).withRetryBudget(Duration.ofSeconds(10));
        try (LangSmithClient c = fx.client(config)) {
            var pending = c.workspaces().create(new WorkspaceCreate(null, "After Refusal", null));
            sleep(500);
            try (Emulator late = Emulator.startBlocking(options)) {
                Tenant t = await(pending);
                assertEquals("After Refusal", t.displayName());
                assertEquals(1, late.requestLog().entries().stream().filter(e -> e.method().equals("POST")).count());
            }
        }
    }

    private List<?> retryUntilOk() {
        List<?> roles = await(fx.client.roles().list());
        assertTrue(events.size() >= 2, "retried at least once: " + events);
        assertTrue(events.get(events.size() - 1).ok());
        return roles;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
