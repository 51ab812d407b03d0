package dev.lsorg.api;

import static dev.lsorg.api.Fixture.failure;
import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.model.WorkspaceCreate;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every {@link ApiError} case, produced by the emulator over loopback, with the sentence people will read. */
class ApiErrorTest extends DemoFixtureTest {

    @AfterEach
    void noFaults() {
        fx.emulator.faults().reset();
    }

    LangSmithClient quickClient(String key) {
        return fx.client(fx.config(key).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(300))
                .withRetryBudget(Duration.ofMillis(400)));
    }

    @Test
    void unauthorized() {
        try (LangSmithClient c = fx.client(fx.config("lsv2_sk_not_a_real_key_0000000000_dead"))) {
            ApiError e = failure(c.workspaces().list(false));
            assertInstanceOf(ApiError.Unauthorized.class, e);
            assertTrue(e.message().startsWith("LangSmith rejected the API key (missing, wrong, revoked or expired)"), e.message());
        }
    }

    @Test
    void forbiddenNamesTheMissingPermission() {
        try (LangSmithClient c = fx.client(fx.config(fx.emulator.keys().orgViewerKey()))) {
            ApiError e = failure(c.workspaces().create(new WorkspaceCreate(null, "Nope", null)));
            ApiError.Forbidden f = assertInstanceOf(ApiError.Forbidden.class, e);
            assertEquals("organization:manage", f.permission());
            assertEquals("The key is not allowed to do this: it lacks the permission organization:manage", e.message());
        }
    }

    @Test
    void forbiddenExplainsTheTenantRule() {
        // the client never omits X-Tenant-Id itself, so build the wrong request by hand
        Transport t = new Transport(fx.vertx, fx.config(fx.emulator.keys().orgAdminKey()), fx.clock);
        try {
            ApiRequest<TenantMembers> wrong = t.request("GET", "/workspaces/current/members", Scope.org(), null,
                    Transport.type(TenantMembers.class), Map.of());
            ApiError.Forbidden f = assertInstanceOf(ApiError.Forbidden.class, failure(t.send(wrong)));
            assertTrue(f.needsWorkspace());
            assertTrue(f.message().startsWith("This org-scoped key needs a workspace"), f.message());
        } finally {
            t.close();
        }
    }

    @Test
    void notFound() {
        ApiError e = failure(fx.client.workspaces().get(UUID.randomUUID()));
        assertInstanceOf(ApiError.NotFound.class, e);
        assertEquals("Not found: it does not exist or was already removed: Workspace not found", e.message());
    }

    @Test
    void conflict() {
        String email = await(fx.client.orgMembers().activePage(MemberQuery.all(), 0, 1)).get(0).email();
        ApiError e = failure(fx.client.orgMembers().invite(new PendingIdentityCreate(email, null, null, null, null, null, null)));
        assertInstanceOf(ApiError.Conflict.class, e);
        assertTrue(e.message().startsWith("Conflict with the current state of the org: User " + email), e.message());
    }

    @Test
    void validationListsEachField() {
        ApiError e = failure(fx.client.workspaces().create(new WorkspaceCreate(null, "bad/name!", null)));
        ApiError.Validation v = assertInstanceOf(ApiError.Validation.class, e);
        assertEquals("display_name", v.errors().get(0).field());
        assertTrue(e.message().startsWith("LangSmith refused the request: display_name: "), e.message());
    }

    @Test
    void rateLimitedCarriesTheWait() {
        fx.emulator.faults().rateLimit(1.0, 2);
        // no retries at all (a rate-limit wait is made whatever a non-zero budget says)
        try (LangSmithClient c = fx.client(fx.config(fx.emulator.keys().orgAdminKey())
                .withRetryBudget(Duration.ZERO))) {
            ApiError e = failure(c.roles().list());
            assertEquals(new ApiError.RateLimited(Duration.ofSeconds(2)), e);
            assertEquals("Rate limited by LangSmith: try again in 2 s", e.message());
        }
    }

    @Test
    void serverError() {
        fx.emulator.faults().errorRate(1.0);
        try (LangSmithClient c = quickClient(fx.emulator.keys().orgAdminKey())) {
            ApiError e = failure(c.roles().list());
            assertInstanceOf(ApiError.ServerError.class, e);
            assertTrue(e.message().matches("LangSmith failed to handle the request \\(HTTP 50[03]: .*\\); try again later"),
                    e.message());
        }
    }

    @Test
    void timeout() {
        fx.emulator.faults().latency(1500, 0);
        try (LangSmithClient c = quickClient(fx.emulator.keys().orgAdminKey())) {
            ApiError e = failure(c.roles().list());
            assertEquals(new ApiError.Timeout(Duration.ofMillis(300)), e);
            assertEquals("No answer from LangSmith within 0.3 s", e.message());
        }
    }

    @Test
    void networkRefusedSaysNothingWasSent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ClientConfig config = ClientConfig.of("http://127.0.0.1:" + port, Secret.of(fx.emulator.keys().orgAdminKey()))
                .withOrganizationId(fx.emulator.organizationId()).withRetryBudget(Duration.ofMillis(300));
        try (LangSmithClient c = fx.client(config)) {
            ApiError.Network n = assertInstanceOf(ApiError.Network.class, failure(c.roles().list()));
            assertTrue(n.refused());
            assertTrue(n.message().startsWith("Could not connect to LangSmith ("), n.message());
            assertTrue(n.message().endsWith("); nothing was sent"), n.message());
        }
    }

    @Test
    void networkDropSaysTheOutcomeIsUnknown() {
        fx.emulator.faults().dropRate(1.0);
        ApiError.Network n = assertInstanceOf(ApiError.Network.class, failure(fx.client.orgMembers().invite(
                new PendingIdentityCreate("dropped@example.org", null, null, null, null, null, null))));
        assertFalse(n.refused());
        assertTrue(n.outcomeUnknown(), "a change sent before the drop may have been made");
        assertTrue(n.mayStillApply(), "LangSmith may still be working on it");
        assertTrue(n.message().startsWith("The connection to LangSmith broke before its answer came ("), n.message());
    }

    @Test
    void malformedJsonIsAnErrorNotAnException() {
        fx.emulator.faults().malformedRate(1.0);
        ApiError e = failure(fx.client.workspaces().list(true));
        assertInstanceOf(ApiError.MalformedResponse.class, e);
        assertTrue(e.message().startsWith("LangSmith sent an answer lsorg could not read (not the expected JSON: "), e.message());
    }

    @Test
    void exceptionNamesTheOperation() {
        try {
            fx.client.workspaces().get(UUID.fromString("00000000-0000-0000-0000-000000000001"))
                    .toCompletionStage().toCompletableFuture().join();
        } catch (java.util.concurrent.CompletionException e) {
            ApiException api = assertInstanceOf(ApiException.class, e.getCause());
            assertEquals("GET /api/v1/workspaces/00000000-0000-0000-0000-000000000001", api.operation());
            assertTrue(api.getMessage().startsWith(api.operation() + ": Not found"), api.getMessage());
            return;
        }
        throw new AssertionError("expected a failure");
    }
}
