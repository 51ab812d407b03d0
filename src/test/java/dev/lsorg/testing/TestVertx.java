package dev.lsorg.testing;

import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import io.vertx.core.Vertx;

/**
 * One Vert.x instance for every emulator and client the tests start: starting and stopping event loops and worker
 * pools for each test costs more than the test itself. It lives as long as the test JVM. Tests of what happens
 * when an emulator or client owns its Vert.x make their own.
 */
public final class TestVertx {
    private static final Vertx SHARED = Vertx.vertx();

    private TestVertx() {
    }

    /** The shared instance (never close it). */
    public static Vertx shared() {
        return SHARED;
    }

    /** An emulator on the shared instance, started; closing it closes its server and leaves Vert.x running. */
    public static Emulator emulator(EmulatorOptions options) {
        return Await.await(Emulator.start(SHARED, options));
    }
}
