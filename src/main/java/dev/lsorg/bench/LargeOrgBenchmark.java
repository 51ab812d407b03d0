package dev.lsorg.bench;

import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * lsorg on the 50,000-member org ({@code lsorg emulator --seed large --members 50000 --workspaces 1000 --keys
 * 10000}): the console's time to member rows and to the whole org, what its auto-refresh and a whole-org refresh
 * cost, and {@code lsorg audit} and {@code lsorg snapshot}; each in a JVM of its own with the console's flags, timed
 * and with its peak resident memory (VmHWM), beside the reference of the same run: the same requests fetched raw.
 * Targets: members visible in 4 s, audit in 10 s, snapshot in 8 s, each under 512 MB resident.
 * Run: {@code java -cp target/lsorg.jar dev.lsorg.bench.LargeOrgBenchmark}.
 */
public final class LargeOrgBenchmark {
    /**
     * The JVM flags the children run with: the launcher's (src/main/launcher/lsorg) for every command but serve, so
     * the children's memory and speed are those of the README's command; LauncherFlagsTest keeps the two in step.
     */
    static final List<String> CONSOLE_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseG1GC",
            "-Xmx384m");
    private static final Clock CLOCK = Clock.systemUTC();
    private static final int MEMBERS = 50_000;
    private static final int WORKSPACES = 1_000;
    private static final int KEYS = 10_000;

    private LargeOrgBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run();
        System.exit(0);
    }

    /** Seeds the org, measures the reference and the three commands, and prints them. */
    public static void run() throws Exception {
        archive = classData();
        long t0 = System.nanoTime();
        try (Emulator emulator = Emulator.startBlocking(EmulatorOptions.large(MEMBERS, WORKSPACES, KEYS, CLOCK))) {
            System.out.printf("large org: %,d members, %,d workspaces, %,d keys (seeded in %.1f s); children run with"
                    + " %s and %s; %s%n", MEMBERS, WORKSPACES, KEYS, (System.nanoTime() - t0) / 1e9,
                    String.join(" ", CONSOLE_FLAGS), archive == null ? "no class-data archive (recording it failed)"
                            : "a class-data archive recorded as the launcher records its own", Machine.describe());
            // the first fetch also has the emulator make its answers' JSON once, as any first load of it would
            RawFetch.Result first = RawFetch.fetch(emulator, MEMBERS, MEMBERS / 50);
            RawFetch.Result raw = RawFetch.fetch(emulator, MEMBERS, MEMBERS / 50);
            System.out.printf("  reference: the whole org's %,d requests fetched raw, 32 at a time, nothing decoded:"
                    + " %.1f s (%.0f MB; the emulator's first answers took %.1f s)%n", raw.requests(), raw.seconds(),
                    raw.bytes() / 1e6, first.seconds());
            console(emulator);
            command(emulator, "audit", 10);
            command(emulator, "snapshot", 8);
        }
        System.out.printf("  (%s at the end)%n", Machine.describe());
    }

    // Three consoles, one after another: one start's time to member rows varied by 0.7 s between runs on this
    // machine, so the median stands for it, with the three beside it.
    private static void console(Emulator emulator) throws Exception {
        List<Map<String, String>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(probe(emulator, List.of("console")));
        }
        runs.sort(java.util.Comparator.comparingDouble(f -> ms(f, "members_visible_ms")));
        Map<String, String> f = runs.get(1);
        String each = runs.stream().map(r -> String.format("%.1f", ms(r, "members_visible_ms")))
                .collect(java.util.stream.Collectors.joining(" / "));
        long rss = runs.stream().mapToLong(LargeOrgBenchmark::mb).max().orElse(-1);
        System.out.printf("  console: member rows drawn %.1f s from JVM start, median of 3 (%s; target 4 s), whole org in"
                + " %.1f s, peak RSS %d MB (the most of the three; target 512)%n", ms(f, "members_visible_ms"), each,
                ms(f, "all_loaded_ms"), rss);
        System.out.printf("  refresh (the median run): auto-refresh on the Workspaces pane %s requests in %.2f s; whole"
                + " org (R) %s requests in %.1f s%n", f.get("auto_requests"), ms(f, "auto_ms"), f.get("whole_requests"),
                ms(f, "whole_ms"));
    }

    private static void command(Emulator emulator, String name, int targetSeconds) throws Exception {
        long t0 = System.nanoTime();
        Map<String, String> f = probe(emulator, List.of(name));
        System.out.printf("  lsorg %s: %.1f s from start to exit (target %d s), exit %s, peak RSS %d MB (target"
                + " 512)%n", name, (System.nanoTime() - t0) / 1e9, targetSeconds, f.get("exit"), mb(f));
    }

    // The class-data archive the children map, or null: target/lsorg maps one, so a child without would start
    // 0.3-0.5 s slower than the command it stands for.
    private static Path archive;

    // Records an archive the way the launcher does (its training run, C1 and G1, this class path), so the children
    // start as `target/lsorg audit` and `target/lsorg snapshot` do; null if the JVM could not make one.
    private static Path classData() throws Exception {
        Path dir = Files.createTempDirectory("lsorg-bench-cds");
        Path jsa = dir.resolve("lsorg.jsa");
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(CONSOLE_FLAGS);
        cmd.addAll(List.of("-Xshare:auto", "-Xlog:disable", "-Xlog:all=off", "-XX:ArchiveClassesAtExit=" + jsa,
                "-cp", classPath(), "dev.lsorg.cli.StartupTraining"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(
                        new java.io.File("/dev/null")));
        isolate(pb.environment(), dir);
        Process p = pb.directory(dir.toFile()).start();
        boolean ended = p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        return ended && p.exitValue() == 0 && Files.size(jsa) > 0 ? jsa : null;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // absolute: a child runs in a directory of its own
    private static String classPath() {
        String sep = java.io.File.pathSeparator;
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(sep))
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(sep));
    }

    // the child's own config, state, cache and output directories, not the user's
    private static void isolate(Map<String, String> env, Path home) {
        for (String v : List.of("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")) {
            env.put(v, home.resolve(v.toLowerCase()).toString());
        }
        env.put("HOME", home.toString());
    }

    /** Runs {@link ProcessProbe} in a JVM of its own against the emulator and reads its figures. */
    private static Map<String, String> probe(Emulator emulator, List<String> args) throws Exception {
        Path home = Files.createTempDirectory("lsorg-bench-home");
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(CONSOLE_FLAGS);
        if (archive != null) {
            cmd.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive, "-XX:+DisplayVMOutputToStderr"));
        }
        cmd.addAll(List.of("-cp", classPath(), ProcessProbe.class.getName()));
        cmd.addAll(args);
        Path errors = home.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(errors.toFile());
        Map<String, String> env = pb.environment();
        env.put("LANGSMITH_ENDPOINT", emulator.endpoint());
        env.put("LANGSMITH_API_KEY", emulator.keys().orgAdminKey());
        env.put("LANGSMITH_ORGANIZATION_ID", emulator.organizationId().toString());
        isolate(env, home);
        Process p = pb.directory(home.toFile()).start();
        Map<String, String> figures = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(ProcessProbe.PREFIX)) {
                    for (String kv : line.substring(ProcessProbe.PREFIX.length()).split(" ")) {
                        figures.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                    }
                }
            }
        }
        p.waitFor();
        if (figures.isEmpty()) {
            String said = Files.readString(errors, StandardCharsets.UTF_8).lines().limit(12)
                    .collect(java.util.stream.Collectors.joining("\n    "));
            throw new IllegalStateException("the probe for " + args + " printed no figures (exit " + p.exitValue()
                    + "); its stderr began:\n    " + said);
        }
        return figures;
    }

    private static double ms(Map<String, String> f, String key) {
        return Long.parseLong(f.getOrDefault(key, "-1")) / 1000.0;
    }

    private static long mb(Map<String, String> f) {
        return Long.parseLong(f.getOrDefault("vmhwm_kb", "-1")) / 1024;
    }
}
