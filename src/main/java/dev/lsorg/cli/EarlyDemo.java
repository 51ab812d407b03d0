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
        // No warm-up exchange once it listens: the screen is ready before the emulator, so the console's first read
        // leaves as soon as the emulator is up, and a warm-up in front of it was the same cold first exchange moved
        // onto the path to the first data row, not taken off it.
        started = new Started(seed, clock, CompletableFuture.supplyAsync(
                () -> Emulator.startBlocking(EmulatorOptions.seeded(seed, clock))));
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
