package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestHttp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EmulatorCommandTest {
    /** Writes through to {@code out} and wakes whoever waits on it. */
    private static final class NotifyingWriter extends java.io.Writer {
        private final StringWriter out;

        NotifyingWriter(StringWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            synchronized (out) {
                out.write(buf, off, len);
                out.notifyAll();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @TempDir
    Path dir;

    @Test
    void printsTheThreeLinesThenServesUntilStopped() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new EmulatorCommand(stop, TestClock.pinned()));
        cl.setOut(new PrintWriter(new NotifyingWriter(out), true));
        ExecutorService exec = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> code = exec.submit(() -> cl.execute("--seed-number", "7", "--latency-ms", "1",
                    "--no-audit-logs", "--rate-limit", "3/min", "--no-org-pat-list"));
            String[] lines = awaitLines(out, 3);
            assertTrue(lines[0].matches("LANGSMITH_ENDPOINT=http://127\\.0\\.0\\.1:\\d+"), lines[0]);
            assertTrue(lines[1].startsWith("LANGSMITH_API_KEY=lsv2_sk_"), lines[1]);
            assertTrue(lines[2].matches("LANGSMITH_ORGANIZATION_ID=[0-9a-f-]{36}"), lines[2]);
            TestHttp http = new TestHttp(lines[0].substring("LANGSMITH_ENDPOINT=".length()))
                    .with("X-API-Key", lines[1].substring("LANGSMITH_API_KEY=".length()));
            assertEquals(404, http.get("/api/v1/orgs/current/members/personal-access-tokens").status());
            assertEquals(200, http.get("/api/v1/orgs/current/roles").status());
            assertEquals(404, http.get("/api/v1/audit-logs?start_time=2026-01-01T00:00:00Z&end_time="
                    + "2026-01-02T00:00:00Z").status(), "--no-audit-logs: as a server without audit logs");
            TestHttp.Reply limited = http.get("/api/v1/orgs/current/roles");
            assertEquals(429, limited.status(), "the fourth request in a minute");
            assertTrue(limited.header("Retry-After").matches("\\d+"), limited.header("Retry-After"));
            stop.countDown();
            assertEquals(0, code.get(30, TimeUnit.SECONDS));
        } finally {
            exec.shutdownNow();
        }
    }

    /** Issue 14, item 11: the emulator's help lists its own flags, not the console's, which mean nothing to it. */
    @Test
    void helpListsOnlyTheEmulatorsOwnOptions() {
        CommandRunner.Result help = CommandRunner.run(CommandRunner.isolated(dir), "emulator", "--help");
        assertEquals(ExitCodes.OK, help.exitCode(), help.err());
        for (String own : List.of("--port", "--seed", "--seed-number", "--workspaces", "--latency-ms", "--rate-limit",
                "--no-audit-logs", "--help", "--version")) {
            assertTrue(lists(help.out(), own), own + " in:\n" + help.out());
        }
        for (String global : List.of("--demo", "--demo-seed", "--profile", "--endpoint", "--api-key-file", "--org",
                "--workspace", "--insecure-http", "--read-only", "--write", "--dry-run", "--theme", "--no-color",
                "--no-mouse", "--ascii")) {
            assertFalse(lists(help.out(), global), global + " in:\n" + help.out());
        }
        CommandRunner.Result demo = CommandRunner.run(CommandRunner.isolated(dir), "emulator", "--demo");
        assertEquals(ExitCodes.USAGE, demo.exitCode(), demo.err());
        assertEquals(1, demo.err().lines().count(), demo.err());
        assertTrue(demo.err().contains("Unknown option: '--demo'"), demo.err());
        CommandRunner.Result audit = CommandRunner.run(CommandRunner.isolated(dir), "audit", "--help");
        assertTrue(lists(audit.out(), "--profile") && lists(audit.out(), "--demo"), "other commands keep them");
    }

    // The flag as a whole word: "--workspace" is not listed because "--workspaces" is.
    private static boolean lists(String help, String flag) {
        return Pattern.compile(Pattern.quote(flag) + "(?![\\w-])").matcher(help).find();
    }

    /** Waits (woken by each write, at most a minute) until the command has printed {@code n} whole lines. */
    private static String[] awaitLines(StringWriter out, int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        synchronized (out) {
            while (out.toString().lines().count() < n || !out.toString().endsWith("\n")) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("emulator printed: " + out);
                }
                TimeUnit.NANOSECONDS.timedWait(out, left);
            }
            return out.toString().split("\\R");
        }
    }

    @Test
    void badFlagsAreAUsageErrorOnOneLine() {
        for (String[] args : new String[][] {{"emulator", "--seed", "huge"}, {"emulator", "--error-rate", "2"},
                {"emulator", "--port", "abc"}, {"emulator", "--no-such-flag"}, {"emulator", "--rate-limit", "lots"},
                {"emulator", "--rate-limit", "-3"}}) {
            CommandRunner.Result r = CommandRunner.run(CommandRunner.isolated(dir), args);
            assertEquals(ExitCodes.USAGE, r.exitCode(), String.join(" ", args) + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }
}
