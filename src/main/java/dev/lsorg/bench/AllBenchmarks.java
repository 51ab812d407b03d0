package dev.lsorg.bench;

import dev.lsorg.config.ClientConfig;

/**
 * Every speed figure of issue 13 in one run, each beside the reference it is judged against, measured in the same
 * run, with the machine's CPU count and load average: the whole-org load at 25 ms and 100 ms latency against its
 * lower bound, the 50,000-member org (console, refresh, audit, snapshot) against the raw fetch of the same requests,
 * and keystrokes at 1,000, 10,000 and 50,000 rows. Run after {@code mvn -B package -DskipTests}:
 * {@code java -cp target/lsorg.jar dev.lsorg.bench.AllBenchmarks}. A benchmark, not a test: on a shared machine the
 * figures move with the load average printed beside them.
 */
public final class AllBenchmarks {
    private AllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        System.out.printf("lsorg benchmarks (%s, Java %s)%n", Machine.describe(), System.getProperty("java.version"));
        startup();
        section("1. whole-org load at the round-trip limit");
        LoadOrgBenchmark.run(ClientConfig.DEFAULT_POOL_SIZE, 25, true);
        LoadOrgBenchmark.run(ClientConfig.DEFAULT_POOL_SIZE, 100, false);
        section("2. the 50,000-member org: memory, console, refresh, audit, snapshot");
        LargeOrgBenchmark.run();
        section("3. keystrokes");
        KeystrokeBenchmark.run();
        System.out.printf("%ndone (%s)%n", Machine.describe());
        System.exit(0);
    }

    /*
     * INTEGRATION HOOK (issue 13, start-up): the start-up figures (first frame and first data row of the README's
     * command, measured from outside in a pseudo-terminal, beside their bare-JVM reference) come from h13s's
     * StartupBenchmark; call it here when its branch is merged, e.g. StartupBenchmark.run().
     */
    private static void startup() {
        section("0. start-up");
        System.out.println("  (StartupBenchmark is wired in here at integration)");
    }

    private static void section(String title) {
        System.out.printf("%n== %s (%s)%n", title, Machine.describe());
    }
}
