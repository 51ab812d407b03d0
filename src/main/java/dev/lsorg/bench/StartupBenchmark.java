package dev.lsorg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Start-up as a user sees it, measured from outside: each command runs in a tmux pane of 80x24 (a real
 * pseudo-terminal), and this process reads what the terminal receives (tmux copies the pane's output to a file)
 * until the first frame (a top line starting " lsorg", the header) and the first data row (a line starting with
 * "Production", confirmed on the captured screen) are written, timed from the moment the shell execs the command. The commands alternate round by round so that they share the machine's load: the README's
 * launcher ({@code target/lsorg --demo}), plain {@code java -jar target/lsorg.jar --demo}, {@link StartupReference}
 * (bare JVM + Vert.x + Lanterna), and the distribution with its bundled runtime when {@code mvn -Pbundle} made it.
 * Also the launcher's first run, which records its class-data archive. Prints the CPU count and load average, and
 * the CPU time each process had used when its data row appeared.
 *
 * <p>Run: {@code java -cp target/lsorg.jar dev.lsorg.bench.StartupBenchmark [rounds] [target-dir]} (needs tmux).
 */
public final class StartupBenchmark {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final int TICKS_PER_SECOND = 100;
    private static final java.util.regex.Pattern CURSOR_MOVE = java.util.regex.Pattern.compile("\u001b\\[[0-9;]*[Hf]");
    private static final java.util.regex.Pattern OTHER_ESCAPE = java.util.regex.Pattern.compile(
            "\u001b\\[[0-9;?]*[ -/]*[@-~]|\u001b\\][^\u0007\u001b]*(\u0007|\u001b\\\\)|\u001b[()][0-9A-Za-z]|\u001b[^\\[\\]()]");

    /**
     * One command's figures over the rounds, in milliseconds from exec; -1 where a round saw nothing.
     *
     * @param name   what ran
     * @param frame  first frame per round
     * @param data   first data row per round
     * @param cpuMs  CPU time (user + system) of the process when the data row appeared, per round
     */
    public record Figures(String name, List<Long> frame, List<Long> data, List<Long> cpuMs) {
        /** The median first-data time. */
        public long medianData() {
            return median(data);
        }

        /** The median first-frame time. */
        public long medianFrame() {
            return median(frame);
        }
    }

    private record Sample(long frameMs, long dataMs, long cpuMs) {
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path target = Path.of(args.length > 1 ? args[1] : "target").toAbsolutePath();
        run(target, rounds, System.out);
        System.exit(0);
    }

    /**
     * Measures and prints every figure; returns them by command (the launcher's first run has one round).
     *
     * @param target the build directory holding {@code lsorg} and {@code lsorg.jar}
     */
    public static List<Figures> run(Path target, int rounds, PrintStream out) throws Exception {
        Path work = Files.createTempDirectory("lsorg-startup");
        try {
            out.printf("start-up from outside (tmux 80x24, ms from exec; %d CPUs, load average %s)%n",
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Map<String, String> commands = new LinkedHashMap<>();
            commands.put("README launcher: target/lsorg --demo", quote(target.resolve("lsorg").toString())
                    + " --demo");
            commands.put("plain: java -jar target/lsorg.jar --demo", quote(java) + " -jar "
                    + quote(target.resolve("lsorg.jar").toString()) + " --demo");
            commands.put("reference: bare JVM + Vert.x + Lanterna", quote(java) + " -cp "
                    + quote(target.resolve("lsorg.jar").toString()) + " " + StartupReference.class.getName());
            Path bundled = bundledLauncher(target);
            if (bundled != null) {
                commands.put("bundled runtime (-Pbundle): " + target.relativize(bundled) + " --demo",
                        quote(bundled.toString()) + " --demo");
            }
            List<Figures> all = new ArrayList<>();
            all.add(firstRun(work, commands.values().iterator().next()));
            if (bundled != null) {
                prepare(work, bundled);
            }
            all.addAll(rounds(work, commands, rounds));
            all.forEach(f -> print(out, f));
            out.printf("load average after: %s%n", loadAverage());
            return all;
        } finally {
            delete(work);
        }
    }

    // target/dist/lsorg-VERSION-bundled/bin/lsorg when mvn -Pbundle made it, else null.
    private static Path bundledLauncher(Path target) throws IOException {
        Path dist = target.resolve("dist");
        if (!Files.isDirectory(dist)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(dist)) {
            return dirs.filter(d -> d.getFileName().toString().endsWith("-bundled"))
                    .map(d -> d.resolve("bin").resolve("lsorg")).filter(Files::isExecutable).findFirst().orElse(null);
        }
    }

    // Its first run records its own class-data archive (another Java): done once, untimed, before the rounds.
    private static void prepare(Path work, Path launcher) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        p.waitFor();
    }

    private static Figures firstRun(Path work, String launcher) throws Exception {
        Sample s = measure(work, launcher);
        return new Figures("README launcher, first run on this host (records the class-data archive)",
                List.of(s.frameMs()), List.of(s.dataMs()), List.of(s.cpuMs()));
    }

    private static List<Figures> rounds(Path work, Map<String, String> commands, int rounds) throws Exception {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        commands.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, String> c : commands.entrySet()) {
                samples.get(c.getKey()).add(measure(work, c.getValue()));
            }
        }
        List<Figures> out = new ArrayList<>();
        samples.forEach((name, list) -> out.add(new Figures(name, list.stream().map(Sample::frameMs).toList(),
                list.stream().map(Sample::dataMs).toList(), list.stream().map(Sample::cpuMs).toList())));
        return out;
    }

    // One run in a fresh tmux server: once tmux copies the pane's output to a file, the shell records the exec time
    // and pid, then execs the command.
    private static Sample measure(Path work, String command) throws Exception {
        Path t0 = work.resolve("t0");
        Path pid = work.resolve("pid");
        Path go = work.resolve("go");
        Path output = work.resolve("output");
        for (Path f : List.of(t0, pid, go, output)) {
            Files.deleteIfExists(f);
        }
        String socket = "lsorg-startup-" + ProcessHandle.current().pid();
        String env = "XDG_STATE_HOME=" + quote(work.resolve("state").toString()) + " XDG_CONFIG_HOME="
                + quote(work.resolve("config").toString()) + " XDG_CACHE_HOME=" + quote(work.resolve("cache")
                .toString()) + " TERM=xterm-256color JAVA_HOME=" + quote(System.getProperty("java.home"));
        String script = "while [ ! -e " + quote(go.toString()) + " ]; do sleep 0.005; done; echo $$ > "
                + quote(pid.toString()) + "; date +%s%N > " + quote(t0.toString()) + "; export " + env + "; exec "
                + command;
        tmux(socket, "new-session", "-d", "-x", "80", "-y", "24", "-s", "bench", "sh -c " + quote(script));
        // What the terminal receives, copied by tmux as it arrives: read here without starting a process per look
        // (a tmux client every 10 ms took a fifth of a core from the start-up it timed, on two cores)
        tmux(socket, "pipe-pane", "-o", "-t", "bench", "cat >> " + quote(output.toString()));
        Files.createFile(go);
        try {
            return watch(socket, t0, pid, output);
        } finally {
            tmux(socket, "kill-server");
            awaitExit(pid);
        }
    }

    // The hang-up from kill-server ends the command; the next run starts only once it is gone, so that a process
    // still closing does not take CPU from the next measurement.
    private static void awaitExit(Path pidFile) throws Exception {
        if (!Files.exists(pidFile)) {
            return;
        }
        var process = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        if (process.isPresent()) {
            process.get().onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    // The pane's output is read as it grows (every 2 ms, a file's size: no process started) until the header's
    // first line and a row starting "Production" have been written; the screen is then captured once, untimed, to
    // confirm the row is there as a user sees it. A cursor move counts as a line start, so the workspace named in
    // the header ("ws Production") is not taken for the row.
    private static Sample watch(String socket, Path t0File, Path pidFile, Path output) throws Exception {
        Instant deadline = CLOCK.instant().plus(DEADLINE);
        long frame = -1;
        java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
        long read = 0;
        String text = "";
        while (CLOCK.instant().isBefore(deadline)) {
            long size = Files.exists(output) ? Files.size(output) : 0;
            if (size > read) {
                try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(output.toFile(), "r")) {
                    byte[] more = new byte[(int) (size - read)];
                    f.seek(read);
                    f.readFully(more);
                    received.write(more);
                    read = size;
                }
                text = lines(received.toString(StandardCharsets.UTF_8));
            }
            Instant now = CLOCK.instant();
            if (!Files.exists(t0File) || Files.size(t0File) == 0) {
                Thread.sleep(2);
                continue;
            }
            long since = sinceExec(t0File, now);
            if (frame < 0 && text.contains("\n lsorg ")) {
                frame = since;
            }
            if (text.contains("\nProduction")) {
                long cpu = cpuMs(pidFile);
                if (capture(socket).lines().anyMatch(l -> l.startsWith("Production"))) {
                    return new Sample(frame < 0 ? since : frame, since, cpu);
                }
            }
            Thread.sleep(2);
        }
        return new Sample(frame, -1, -1);
    }

    // The terminal output as text: a cursor move is a line break, every other escape sequence is dropped.
    static String lines(String output) {
        return OTHER_ESCAPE.matcher(CURSOR_MOVE.matcher(output).replaceAll("\n")).replaceAll("");
    }

    private static long sinceExec(Path t0File, Instant now) throws IOException {
        long t0Nanos = Long.parseLong(Files.readString(t0File).trim());
        long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        return (nowNanos - t0Nanos) / 1_000_000;
    }

    // utime + stime from /proc (Linux); -1 elsewhere.
    private static long cpuMs(Path pidFile) {
        try {
            String stat = Files.readString(Path.of("/proc", Files.readString(pidFile).trim(), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String capture(String socket) throws Exception {
        return tmux(socket, "capture-pane", "-p", "-t", "bench");
    }

    private static String tmux(String socket, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    private static void print(PrintStream out, Figures f) {
        out.printf("  %-72s%n    first frame median %5d ms, first data row median %5d ms (min %d), CPU at data "
                        + "median %d ms; rounds: data %s%n", f.name(), f.medianFrame(), f.medianData(),
                f.data().stream().filter(v -> v >= 0).min(Long::compare).orElse(-1L), median(f.cpuMs()), f.data());
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().filter(v -> v >= 0).sorted().toList();
        return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
