package dev.lsorg.api;

import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.Plans;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestVertx;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A running emulator plus a client on its own Vert.x instance, over loopback, for one test class or method; and
 * the blocking helpers tests use to read futures.
 */
final class Fixture implements AutoCloseable {
    final Emulator emulator;
    final Vertx vertx = TestVertx.shared();
    /** The clock of the emulator and the client. */
    final TestClock clock;
    final LangSmithClient client;

    private Fixture(EmulatorOptions options, UnaryOperator<ClientConfig> tune) {
        this.clock = TestClock.pinned();
        this.emulator = TestVertx.emulator(options.withClock(clock));
        // client tests share one org per class and create workspaces freely; the plan's limit has tests of its own
        Plans.roomForWorkspaces(emulator);
        this.client = LangSmithClient.create(vertx, tune.apply(config(emulator.keys().orgAdminKey())), clock);
    }

    /** The demo org with the org-admin key and test-friendly timeouts. */
    static Fixture demo() {
        return new Fixture(EmulatorOptions.demo(TestClock.pinned()), c -> c);
    }

    static Fixture start(EmulatorOptions options, UnaryOperator<ClientConfig> tune) {
        return new Fixture(options, tune);
    }

    /** A config for this emulator with {@code key} and its org id (discovery has its own test). */
    ClientConfig config(String key) {
        return ClientConfig.of(emulator.endpoint(), Secret.of(key)).withOrganizationId(emulator.organizationId())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30))
                .withRetryBudget(Duration.ofSeconds(10));
    }

    /** Another client on this fixture's Vert.x that waits between retries with {@code timer} (closed by the caller). */
    LangSmithClient client(ClientConfig config, RetryTimer timer) {
        return LangSmithClient.create(vertx, config, clock, timer);
    }

    /** Another client on this fixture's Vert.x (closed by the caller). */
    LangSmithClient client(ClientConfig config) {
        return LangSmithClient.create(vertx, config, clock);
    }

    List<RequestLog.Entry> log() {
        return emulator.requestLog().entries();
    }


    /** The {@link ApiError} {@code future} failed with; fails the test when it succeeded. */
    static ApiError failure(Future<?> future) {
        Throwable t = Await.failure(future);
        if (!(t instanceof ApiException api)) {
            throw new AssertionError("not an ApiException: " + t, t);
        }
        return api.error();
    }

    /**
     * The {@code method path} requests the emulator has logged, once it has logged at least {@code n} (it logs an
     * answer when it ends it, which can be just after the client saw it).
     */
    List<RequestLog.Entry> logged(String method, String path, int n) {
        try {
            return emulator.requestLog().await(e -> e.method().equals(method) && e.path().equals(path), n,
                    Duration.ofSeconds(Await.LIMIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        client.close();
        emulator.close();
    }
}
