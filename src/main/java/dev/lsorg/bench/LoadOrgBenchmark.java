package dev.lsorg.bench;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.api.LoadProgress;
import dev.lsorg.api.Pager;
import dev.lsorg.api.TransportStats;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.emulator.FaultSettings;
import dev.lsorg.model.OrgData;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures {@link LangSmithClient#loadOrg} on a large emulated org (5,000 members, 300 workspaces, 2,000 keys,
 * 25 ms latency per request) against two references from the same run: the same load one request at a time (how
 * the doc's sample script works) and the lower bound (round trips on the critical path, given the pool size).
 * Run with {@code java -cp target/lsorg.jar dev.lsorg.bench.LoadOrgBenchmark [pool-size [latency-ms]]}.
 */
public final class LoadOrgBenchmark {
    /** The benchmark's one clock: the process's wall clock, as lsorg itself runs on. */
    private static final Clock CLOCK = Clock.systemUTC();
    private static final int MEMBERS = 5000;
    private static final int WORKSPACES = 300;
    private static final int KEYS = 2000;
    private static final long LATENCY_MS = 25;

    /** Loads before the measured ones, so that the JIT has settled. */
    private static final int WARM_UPS = 20;

    private LoadOrgBenchmark() {
    }

    /** One measured load, with the CPU seconds this process (emulator and client) spent on it. */
    record Run(String name, double seconds, double cpuSeconds, TransportStats stats, OrgData data) {
    }

    public static void main(String[] args) {
        int pool = args.length > 0 ? Integer.parseInt(args[0]) : ClientConfig.DEFAULT_POOL_SIZE;
        long latency = args.length > 1 ? Long.parseLong(args[1]) : LATENCY_MS;
        run(pool, latency, true);
        System.exit(0);
    }

    /**
     * Measures the load at {@code latencyMs} per request with the pool size lsorg uses, beside its lower bound and
     * the CPU floor measured in the same run (and the one-at-a-time load when {@code serial}; at 100 ms it takes a
     * minute and says nothing new).
     */
    public static void run(int pool, long latencyMs, boolean serial) {
        EmulatorOptions options = EmulatorOptions.large(MEMBERS, WORKSPACES, KEYS, CLOCK)
                .withFaults(new FaultSettings(latencyMs, 0, 0, 0, 1, 0, 0));
        try (Emulator emulator = Emulator.startBlocking(options)) {
            ClientConfig config = ClientConfig.of(emulator.endpoint(), Secret.of(emulator.keys().orgAdminKey()))
                    .withOrganizationId(emulator.organizationId()).withMaxPoolSize(pool);
            System.out.printf("whole-org load: %d members, %d workspaces, %d keys, %d ms latency, pool %d (%s;"
                    + " emulator and client share them; the emulator answers from its JSON made on the first load)%n",
                    MEMBERS, WORKSPACES, KEYS, latencyMs, pool, Machine.describe());
            // The JIT needs loads before times settle (on both sides: the emulator runs in this JVM too). After three
            // loads C2 was still compiling for about a second a load, on the two cores the loads are measured on (a
            // load took 1.3-2.1 s of CPU then, 0.6-0.8 s once it had settled); after twenty, 0.1-0.3 s. The warm-up
            // loads have no injected latency: the same code in a third of the time.
            FaultSettings withLatency = emulator.faults().settings();
            emulator.faults().reset();
            List<Long> compiled = new ArrayList<>();
            for (int i = 0; i < WARM_UPS; i++) {
                long before = jitMillis();
                measure("warm-up", config);
                compiled.add(jitMillis() - before);
            }
            System.out.printf("  (warmed up with %d loads; the JIT compiled for %d ms in the third and %d ms in the"
                    + " last)%n", WARM_UPS, compiled.get(2), compiled.get(WARM_UPS - 1));
            // The load at the latency and the same load with no injected latency (what this machine needs just to
            // produce, send and decode the org's JSON, a floor no amount of concurrency can go below), taken in
            // turns: the JIT still compiles a little after the warm-up, and measuring all of one before all of the
            // other charged its compilations to whichever came first.
            List<Run> loads = new java.util.ArrayList<>();
            List<Run> floors = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                emulator.faults().set(withLatency);
                loads.add(measure("loadOrg (concurrent)", config));
                emulator.faults().reset();
                floors.add(measure("no latency (CPU floor)", config));
            }
            emulator.faults().set(withLatency);
            Run concurrent = median(loads);
            Run floor = median(floors);
            Run one = serial ? measure("one request at a time", config.withMaxPoolSize(1)) : null;
            double rtt = roundTripSeconds(config);
            LowerBound bound = lowerBound(concurrent.data(), pool, rtt);
            report(concurrent, one, bound, floor, pool, rtt, latencyMs);
        }
    }

    // Milliseconds the JIT has spent compiling so far (the JVM's approximate total of its compilations' times).
    private static long jitMillis() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static Run measure(String name, ClientConfig config) {
        try (LangSmithClient client = LangSmithClient.create(config, CLOCK)) {
            client.resetStats();
            long t0 = System.nanoTime();
            double cpu0 = Machine.cpuSeconds();
            OrgData data = await(client.loadOrg(LoadProgress.NONE));
            Run run = new Run(name, (System.nanoTime() - t0) / 1e9, Machine.cpuSeconds() - cpu0, client.stats(),
                    data);
            if (!name.equals("warm-up")) {
                System.out.printf("  %-24s %7.2f s  %5d requests  peak %3d in flight  %5.2f s CPU%n", name,
                        run.seconds(), run.stats().requests(), run.stats().peakInFlight(), run.cpuSeconds());
            }
            return run;
        }
    }

    private static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(Run::seconds));
        Run m = sorted.get(sorted.size() / 2);
        System.out.printf("  %-24s %7.2f s  (median of %d)%n", m.name(), m.seconds(), runs.size());
        return m;
    }

    /** The median time of one small request with nothing else in flight: the unit of a round trip. */
    private static double roundTripSeconds(ClientConfig config) {
        try (LangSmithClient client = LangSmithClient.create(config, CLOCK)) {
            List<Double> samples = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                long t0 = System.nanoTime();
                await(client.roles().list());
                samples.add((System.nanoTime() - t0) / 1e9);
            }
            Collections.sort(samples);
            return samples.get(samples.size() / 2);
        }
    }

    /**
     * The fewest requests the load needs (each page exactly once; the org id is configured, so no discovery call)
     * in as few round trips as the pool allows: all of them spread over the pool, and the per-workspace calls only
     * after the workspace list's round trip: max(ceil(requests / pool), 1 + ceil(per-workspace / pool)).
     */
    record LowerBound(int requests, int perWorkspace, int roundTrips, double seconds) {
    }

    private static LowerBound lowerBound(OrgData data, int pool, double rtt) {
        int live = (int) data.workspaces().stream().filter(w -> !w.isDeleted()).count();
        // a paged list ends at its first short page, so n items take n / 500 + 1 pages
        int activePages = data.members().members().size() / Pager.LIMIT + 1;
        int pendingPages = data.members().pending().size() / Pager.LIMIT + 1;
        int perWorkspace = 2 * live;
        int requests = 5 + activePages + pendingPages + perWorkspace;
        int roundTrips = Math.max(ceil(requests, pool), 1 + ceil(perWorkspace, pool));
        return new LowerBound(requests, perWorkspace, roundTrips, roundTrips * rtt);
    }

    private static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }

    private static void report(Run concurrent, Run serial, LowerBound bound, Run floor, int pool, double rtt,
                               long latencyMs) {
        System.out.printf("  %-24s %7.2f s  %5d requests  (%d round trips of %.1f ms: max(%d / pool %d,"
                + " 1 + %d per-workspace / pool %d))%n", "lower bound", bound.seconds(), bound.requests(),
                bound.roundTrips(), rtt * 1000, bound.requests(), pool, bound.perWorkspace(), pool);
        double vsBound = concurrent.seconds() / bound.seconds();
        System.out.printf("  at %d ms: loadOrg is %.2fx the lower bound (target <= 1.5x); the CPU floor alone is"
                + " %.2fx it%s%n", latencyMs, vsBound, floor.seconds() / bound.seconds(), serial == null ? ""
                : String.format("; %.1fx faster than one at a time", serial.seconds() / concurrent.seconds()));
        System.out.printf("  (%s at the end)%n", Machine.describe());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("benchmark load failed: " + e.getMessage(), e);
        }
    }
}
