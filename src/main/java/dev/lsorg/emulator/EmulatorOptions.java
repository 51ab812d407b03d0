package dev.lsorg.emulator;

import java.time.Clock;

/**
 * How to start an emulator: where it listens, which org it seeds and which faults it injects from the start.
 *
 * @param port        TCP port on 127.0.0.1; 0 picks a free one
 * @param seed        {@code "demo"} (a small realistic org), {@code "large"} (sized by the next three fields) or
 *                    {@code "hostile"} (names and descriptions carrying terminal, clipboard and spreadsheet payloads)
 * @param seedNumber  makes every id, name and secret deterministic
 * @param members     active org members of the {@code large} seed
 * @param workspaces  workspaces of the {@code large} seed
 * @param keys        service keys and PATs of the {@code large} seed, beside the four {@link SeedKeys}
 * @param faults      faults in force from the start
 * @param clock       the emulator's "now": seeded ages and expiry dates are relative to it, and every timestamp
 *                    the server writes (creation, last use, the request log), every expiry check and the rate
 *                    limit's windows read it
 * @param server      the org-wide PAT list and the per-key rate limit in force from the start
 */
public record EmulatorOptions(int port, String seed, long seedNumber, int members, int workspaces, int keys,
                              FaultSettings faults, Clock clock, ServerSettings server) {
    /** The seed number used when none is given. */
    public static final long DEFAULT_SEED_NUMBER = 42;
    /** The orgs the emulator can seed. */
    public static final java.util.List<String> SEEDS = java.util.List.of("demo", "large", "hostile");

    /** Rejects values that cannot make an org, so callers fail before anything is bound. */
    public EmulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (!SEEDS.contains(seed)) {
            throw new IllegalArgumentException("seed must be 'demo', 'large' or 'hostile'");
        }
        if (members < 0 || workspaces < 1 || keys < 0) {
            throw new IllegalArgumentException("members and keys must be >= 0 and workspaces >= 1");
        }
        faults = faults == null ? FaultSettings.none() : faults;
        if (clock == null) {
            throw new IllegalArgumentException("the emulator needs a clock");
        }
        server = server == null ? ServerSettings.current() : server;
    }

    /** Options with LangSmith's current behaviour ({@link ServerSettings#current()}). */
    public EmulatorOptions(int port, String seed, long seedNumber, int members, int workspaces, int keys,
                           FaultSettings faults, Clock clock) {
        this(port, seed, seedNumber, members, workspaces, keys, faults, clock, ServerSettings.current());
    }

    /** The demo org on a free port, seed number 42, no faults, dated by {@code clock}. */
    public static EmulatorOptions demo(Clock clock) {
        return new EmulatorOptions(0, "demo", DEFAULT_SEED_NUMBER, 40, 6, 30, FaultSettings.none(), clock);
    }

    /** A large org of the given sizes on a free port, seed number 42, no faults, dated by {@code clock}. */
    public static EmulatorOptions large(int members, int workspaces, int keys, Clock clock) {
        return new EmulatorOptions(0, "large", DEFAULT_SEED_NUMBER, members, workspaces, keys, FaultSettings.none(),
                clock);
    }

    /** The {@code seed} org on a free port, seed number 42, no faults, dated by {@code clock}. */
    public static EmulatorOptions seeded(String seed, Clock clock) {
        return new EmulatorOptions(0, seed, DEFAULT_SEED_NUMBER, 40, 6, 30, FaultSettings.none(), clock);
    }

    /** The same options on another port. */
    public EmulatorOptions withPort(int newPort) {
        return new EmulatorOptions(newPort, seed, seedNumber, members, workspaces, keys, faults, clock, server);
    }

    /** The same options with another seed number. */
    public EmulatorOptions withSeedNumber(long newSeedNumber) {
        return new EmulatorOptions(port, seed, newSeedNumber, members, workspaces, keys, faults, clock, server);
    }

    /** The same options on another clock. */
    public EmulatorOptions withClock(Clock newClock) {
        return new EmulatorOptions(port, seed, seedNumber, members, workspaces, keys, faults, newClock, server);
    }

    /** The same options with other start-up faults. */
    public EmulatorOptions withFaults(FaultSettings newFaults) {
        return new EmulatorOptions(port, seed, seedNumber, members, workspaces, keys, newFaults, clock, server);
    }

    /** The same options with other server settings (org-wide PAT list, rate limit). */
    public EmulatorOptions withServer(ServerSettings newServer) {
        return new EmulatorOptions(port, seed, seedNumber, members, workspaces, keys, faults, clock, newServer);
    }
}
