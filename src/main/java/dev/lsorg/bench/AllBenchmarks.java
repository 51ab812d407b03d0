package dev.lsorg.bench;

import dev.lsorg.config.ClientConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every speed figure of issue 13 in one run, each beside the reference it is judged against, measured in the same
 * run, with the machine's CPU count and load average: the whole-org load at 25 ms and 100 ms latency against its
 * lower bound, the 50,000-member org (console, refresh, audit, snapshot) against the raw fetch of the same requests,
 * and keystrokes at 1,000, 10,000 and 50,000 rows; first the start-up of the README's command from outside, in tmux
 * ({@link StartupBenchmark}). Run after {@code mvn -B package -DskipTests}:
 * {@code java -cp target/lsorg.jar dev.lsorg.bench.AllBenchmarks}. A benchmark, not a test: on a shared machine the
 * figures move with the load average printed beside them.
 */
public final class AllBenchmarks {
    private AllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        dev.lsorg.cli.ProcessDefaults.apply();
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

    // The README's command timed from outside in tmux (needs tmux and a built target/lsorg); 5 rounds by default.
    private static void startup() throws Exception {
        section("0. start-up");
        Path target = Path.of(System.getProperty("lsorg.bench.target", "target")).toAbsolutePath();
        if (!Files.isExecutable(target.resolve("lsorg"))) {
            System.out.printf("  skipped: %s is missing (run mvn -B package -DskipTests first)%n",
                    target.resolve("lsorg"));
            return;
        }
        StartupBenchmark.run(target, Integer.getInteger("lsorg.bench.startupRounds", 5), System.out);
    }

    private static void section(String title) {
        System.out.printf("%n== %s (%s)%n", title, Machine.describe());
    }
}
