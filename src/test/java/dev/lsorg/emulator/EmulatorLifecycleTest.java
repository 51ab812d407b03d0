package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestHttp;
import io.vertx.core.Vertx;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EmulatorLifecycleTest {
    @Test
    void startsOnASharedVertxBoundToLoopbackAndCloses() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Emulator e = Emulator.start(vertx, EmulatorOptions.demo(TestClock.pinned())).toCompletionStage().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
            assertEquals("http://127.0.0.1:" + e.port(), e.endpoint());
            assertEquals("Acme Robotics", e.organizationName());
            TestHttp http = new TestHttp(e.endpoint()).with("X-API-Key", e.keys().orgAdminKey());
            assertEquals(200, http.get("/api/v1/orgs/current/info").status());
            e.close();
            assertThrows(UncheckedIOException.class, () -> http.get("/api/v1/orgs/current/info"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void honoursAChosenPort() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (Emulator e = Emulator.startBlocking(EmulatorOptions.demo(TestClock.pinned()).withPort(port))) {
            assertEquals(port, e.port());
        }
    }

    @Test
    void refusesToBlockAnEventLoop() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            vertx.runOnContext(v -> {
                try {
                    Emulator.startBlocking(EmulatorOptions.demo(TestClock.pinned())).close();
                    failure.complete(null);
                } catch (IllegalStateException ex) {
                    failure.complete(ex);
                }
            });
            assertTrue(failure.get(30, TimeUnit.SECONDS) instanceof IllegalStateException);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void optionsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> EmulatorOptions.demo(TestClock.pinned()).withPort(70000));
        assertThrows(IllegalArgumentException.class, () -> new EmulatorOptions(0, "tiny", 1, 1, 1, 1, null, TestClock.pinned()));
        assertThrows(IllegalArgumentException.class, () -> EmulatorOptions.large(10, 0, 0, TestClock.pinned()));
        assertThrows(IllegalArgumentException.class, () -> new FaultSettings(0, 0, 1.5, 0, 1, 0, 0));
        assertTrue(EmulatorOptions.demo(TestClock.pinned()).faults().isNone());
    }
}
