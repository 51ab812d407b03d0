package dev.lsorg.api;

import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.emulator.RequestLog;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A running emulator plus a client on its own Vert.x instance, over loopback, for one test class or method; and
 * the blocking helpers tests use to read futures.
 */
final class Fixture implements AutoCloseable {
    final Emulator emulator;
    final Vertx vertx = Vertx.vertx();
    final LangSmithClient client;

    private Fixture(EmulatorOptions options, UnaryOperator<ClientConfig> tune) {
        this.emulator = Emulator.startBlocking(options);
        this.client = LangSmithClient.create(vertx, tune.apply(config(emulator.keys().orgAdminKey())));
    }

    /** The demo org with the org-admin key and test-friendly timeouts. */
    static Fixture demo() {
        return new Fixture(EmulatorOptions.demo(), c -> c);
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

    /** Another client on this fixture's Vert.x (closed by the caller). */
    LangSmithClient client(ClientConfig config) {
        return LangSmithClient.create(vertx, config);
    }

    List<RequestLog.Entry> log() {
        return emulator.requestLog().entries();
    }

    /** The result of {@code future}, or the test fails with the api error's sentence. */
    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("call failed: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError("no result: " + e, e);
        }
    }

    /** The {@link ApiError} {@code future} failed with; fails the test when it succeeded. */
    static ApiError failure(Future<?> future) {
        try {
            Object v = future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure, got " + v);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof ApiException)) {
                throw new AssertionError("not an ApiException: " + e.getCause(), e.getCause());
            }
            return ((ApiException) e.getCause()).error();
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no outcome: " + e, e);
        }
    }

    @Override
    public void close() {
        client.close();
        emulator.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
