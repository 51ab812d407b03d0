package dev.lsorg.cli;

import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The demo emulator started before the command line is parsed: with {@code --demo} its start (Vert.x, seeding, the
 * router, listening) is the longest step before a first data row, and building the command model and the screen
 * need not wait for it. The real process's {@code main} calls {@link #begin} with the raw arguments; the first
 * command that opens a demo org with the same seed and clock {@linkplain #take takes} it, and if none does (help, a
 * usage error) the process exits without it having mattered. Tests, which run commands through
 * {@code Main.run}, never start one early.
 */
public final class EarlyDemo {
    private record Started(String seed, Clock clock, CompletableFuture<Emulator> emulator) {
    }

    private static volatile Started started;

    private EarlyDemo() {
    }

    /** Starts the demo emulator in the background when {@code args} ask for one with a seed lsorg has. */
    public static void begin(String[] args, Clock clock) {
        String seed = seed(args);
        if (seed == null || !EmulatorOptions.SEEDS.contains(seed)) {
            return;
        }
        dev.lsorg.trace.StartupTrace.mark("demo emulator starting early");
        started = new Started(seed, clock, CompletableFuture.supplyAsync(() -> {
            Emulator emulator = Emulator.startBlocking(EmulatorOptions.seeded(seed, clock));
            warmUp(emulator);
            return emulator;
        }));
    }

    // One request to a path the emulator does not serve (outside /api: not an API call, not in its traffic) while the
    // screen is being set up: the first HTTP exchange of a process loads and initialises Vert.x's client and server
    // side (connection pool, address resolver, codecs), 0.25 s on a cold JVM that the console's first read then
    // saves. Best effort: whatever happens here, the console connects as it would have.
    private static void warmUp(Emulator emulator) {
        io.vertx.core.http.HttpClient client = emulator.vertx().createHttpClient();
        try {
            client.request(io.vertx.core.http.HttpMethod.GET, emulator.port(), "127.0.0.1", "/lsorg-warm-up")
                    .compose(req -> req.send().compose(io.vertx.core.http.HttpClientResponse::body))
                    .toCompletionStage().toCompletableFuture().get(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            // a warm-up only
        } finally {
            client.close();
        }
        dev.lsorg.trace.StartupTrace.mark("demo connection warmed up");
    }

    // The seed --demo or --demo-seed asks for (the last one wins, as picocli has it), or null; "--" ends options.
    static String seed(String[] args) {
        String seed = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            } else if (a.equals("--demo")) {
                seed = seed == null ? "demo" : seed;
            } else if (a.startsWith("--demo-seed=")) {
                seed = a.substring("--demo-seed=".length());
            } else if (a.equals("--demo-seed") && i + 1 < args.length) {
                seed = args[++i];
            }
        }
        return seed;
    }

    /**
     * The emulator started early for {@code seed} on {@code clock}, once; null when none was, it was for another
     * seed or clock (it is then closed), or it failed to start (the caller starts one and meets the failure itself).
     */
    static Emulator take(String seed, Clock clock) {
        Started s = started;
        started = null;
        if (s == null) {
            return null;
        }
        if (!s.seed().equals(seed) || s.clock() != clock) {
            s.emulator().thenAccept(Emulator::close);
            return null;
        }
        try {
            return s.emulator().join();
        } catch (CompletionException e) {
            return null;
        }
    }
}
