package dev.lsorg.api;

import static dev.lsorg.api.Fixture.failure;
import static dev.lsorg.testing.Await.await;
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
import dev.lsorg.model.Role;
import dev.lsorg.model.Tenant;
import dev.lsorg.model.WorkspaceCreate;
import dev.lsorg.testing.TestVertx;
import dev.lsorg.testing.VirtualRetryTimer;
import io.vertx.core.Future;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries under every fault mode the emulator injects: reads retry (and honour {@code Retry-After}) until the
 * fault clears; mutations are sent exactly once unless the connection was refused. The client waits between
 * attempts in virtual time ({@link VirtualRetryTimer}), so the test sees every wait it asked for without waiting;
 * faults are limited to the next requests or to some methods, so the server "recovers" at a known request.
 */
class RetryTest extends DemoFixtureTest {
    static final String ROLES = "/api/v1/orgs/current/roles";
    final List<RequestEvent> events = Collections.synchronizedList(new ArrayList<>());
    final VirtualRetryTimer timer = new VirtualRetryTimer();
    LangSmithClient client;

    @BeforeEach
    void connect() {
        fx.emulator.requestLog().clear();
        client = client(c -> c);
    }

    @AfterEach
    void disconnect() {
        fx.emulator.faults().reset();
        client.close();
    }

    /** A client with a 10 s (virtual) retry budget, tuned by {@code tune}, whose attempts land in {@link #events}. */
    LangSmithClient client(UnaryOperator<ClientConfig> tune) {
        LangSmithClient c = fx.client(tune.apply(fx.config(fx.emulator.keys().orgAdminKey())), timer);
        c.addRequestListener(events::add);
        return c;
    }

    List<RequestEvent> attempts(String pathEnd) {
        return events.stream().filter(e -> e.path().endsWith(pathEnd)).toList();
    }

    /**
     * The emulator answers 500 or 503 at random: every chain of attempts retries its 503s and stops at the first
     * 500 (which may be a bug rather than an outage) or at the budget.
     */
    @Test
    void readsRetry503sAndStopAtA500() {
        fx.emulator.faults().errorRate(1.0);
        int retried = 0;
        try (LangSmithClient c = client(cfg -> cfg.withRetryBudget(Duration.ofMillis(1500)))) {
            for (int chain = 0; chain < 8; chain++) {
                fx.emulator.requestLog().clear();
                events.clear();
                assertInstanceOf(ApiError.ServerError.class, failure(c.roles().list()));
                int made = attempts("/roles").size();
                List<RequestLog.Entry> log = fx.logged("GET", ROLES, made);
                assertEquals(made, log.size(), "the failed call makes no attempt after it failed");
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
        fx.emulator.faults().rateLimit(1.0, 2).forNext(2);
        List<Role> roles = await(client.roles().list());
        assertTrue(roles.size() > 1);
        List<RequestEvent> attempts = attempts("/roles");
        assertEquals(List.of(429, 429, 200), attempts.stream().map(RequestEvent::status).toList());
        assertEquals(2, timer.waits().size());
        timer.waits().forEach(w -> assertTrue(w.toMillis() >= 2000, "waited Retry-After (2 s), not " + w));
    }

    @Test
    void readRetriesAfterATimeout() {
        fx.emulator.faults().latency(1000, 0).forNext(1);
        try (LangSmithClient c = client(cfg -> cfg.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofMillis(200)))) {
            await(c.roles().list());
        }
        List<RequestEvent> attempts = attempts("/roles");
        assertEquals(List.of("Timeout", "ok"), attempts.stream().map(RequestEvent::outcome).toList());
    }

    @Test
    void readRetriesAfterADroppedConnection() {
        fx.emulator.faults().dropRate(1.0).forNext(1);
        await(client.roles().list());
        assertEquals(List.of("Network", "ok"), attempts("/roles").stream().map(RequestEvent::outcome).toList());
    }

    @Test
    void malformedAnswersAreNotRetried() {
        fx.emulator.faults().malformedRate(1.0);
        assertInstanceOf(ApiError.MalformedResponse.class, failure(client.roles().list()));
        assertEquals(1, fx.logged("GET", ROLES, 1).size());
        assertEquals(List.of(), timer.waits());
    }

    @Test
    void retriesStopWithinTheBudget() {
        fx.emulator.faults().dropRate(1.0);
        try (LangSmithClient c = client(cfg -> cfg.withRetryBudget(Duration.ofMillis(1500)))) {
            assertInstanceOf(ApiError.Network.class, failure(c.roles().list()));
        }
        int made = attempts("/roles").size();
        assertTrue(made >= 2 && made < 8, "retried, and stopped by the budget rather than the attempt cap: " + made);
        assertEquals(made - 1, timer.waits().size());
        assertTrue(timer.waited().toMillis() <= 1500, "gave up within the budget: waited " + timer.waited());
    }

    /**
     * LangSmith's limit is per minute: a Retry-After within one window is waited out past the budget, at most ten
     * times per request; a longer one is weighed against the budget like any other wait.
     */
    @Test
    void rateLimitWaitsWithinAWindowAreMadePastTheBudgetUpToTenTimes() {
        fx.emulator.faults().rateLimit(1.0, 20);
        try (LangSmithClient c = client(cfg -> cfg.withRetryBudget(Duration.ofSeconds(5)))) {
            assertInstanceOf(ApiError.RateLimited.class, failure(c.roles().list()));
        }
        assertEquals(11, attempts("/roles").size());
        assertEquals(10, timer.waits().size());
        timer.waits().forEach(w -> assertTrue(w.toMillis() >= 20_000 && w.toMillis() < 20_250, "waited " + w));
        events.clear();
        fx.emulator.faults().rateLimit(1.0, 90);
        try (LangSmithClient c = client(cfg -> cfg.withRetryBudget(Duration.ofSeconds(5)))) {
            assertInstanceOf(ApiError.RateLimited.class, failure(c.roles().list()));
        }
        assertEquals(1, attempts("/roles").size(), "90 s is beyond a window and beyond the budget");
    }

    /** The flaky server drops the answer after applying the invite: the client must not send it again. */
    @Test
    void aFlakyServerReceivesExactlyOneInvite() {
        fx.emulator.faults().dropRate(1.0).onlyFor("POST");
        String email = "exactly.once@example.org";
        ApiError e = failure(client.orgMembers().invite(new PendingIdentityCreate(email, null, null, null, null, null,
                null)));
        assertInstanceOf(ApiError.Network.class, e);
        assertEquals(1, fx.logged("POST", "/api/v1/orgs/current/members", 1).size());
        List<OrgPendingIdentity> pending = await(client.orgMembers().pending(MemberQuery.byEmails(List.of(email))));
        assertEquals(1, pending.size(), "exactly one invite exists");
    }

    @Test
    void mutationsAreNotRetriedOnServerErrorsOrRateLimits() {
        fx.emulator.faults().errorRate(1.0);
        failure(client.workspaces().create(new WorkspaceCreate(null, "Once", null)));
        fx.emulator.faults().reset();
        fx.emulator.faults().rateLimit(1.0, 1);
        assertInstanceOf(ApiError.RateLimited.class,
                failure(client.workspaces().create(new WorkspaceCreate(null, "Once", null))));
        assertEquals(2, fx.logged("POST", "/api/v1/workspaces", 2).size());
        assertEquals(List.of(), timer.waits());
    }

    @Test
    void mutationsAreNotRetriedAfterATimeout() {
        fx.emulator.faults().latency(600, 0).onlyFor("POST");
        try (LangSmithClient c = client(cfg -> cfg.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofMillis(150)))) {
            assertInstanceOf(ApiError.Timeout.class,
                    failure(c.workspaces().create(new WorkspaceCreate(null, "Slow", null))));
        }
        // the emulator logs the slow POST when it finally answers; the failed call can make no other attempt
        assertEquals(1, fx.logged("POST", "/api/v1/workspaces", 1).size());
        assertEquals(List.of(), timer.waits());
    }

    /** A refused connection provably sent nothing, so even a mutation is tried again. */
    @Test
    void aMutationIsRetriedWhenTheConnectionWasRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EmulatorOptions options = EmulatorOptions.demo(fx.clock).withPort(port);
        String key = fx.emulator.keys().orgAdminKey(); // same seed number: same keys and org id
        ClientConfig config = ClientConfig.of("http://127.0.0.1:" + port, Secret.of(key))
                .withOrganizationId(fx.emulator.organizationId()).withRetryBudget(Duration.ofSeconds(10));
        try (LangSmithClient c = fx.client(config, timer)) {
            CompletableFuture<Void> refusedOnce = timer.holdNext();
            Future<Tenant> pending = c.workspaces().create(new WorkspaceCreate(null, "After Refusal", null));
            timer.awaitHeld(refusedOnce);
            try (Emulator late = TestVertx.emulator(options)) {
                timer.release();
                Tenant t = await(pending);
                assertEquals("After Refusal", t.displayName());
                assertEquals(1, late.requestLog().await(e -> e.method().equals("POST"), 1, Duration.ofMinutes(1))
                        .size());
            }
        }
    }
}
