package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.testing.DemoOrg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code java -jar target/lsorg.jar}, killed with SIGKILL while its change is on the way: the intent was
 * on disk before the request left, the server carried the change out after the kill, and the next start lists
 * the change without an outcome, learns from the org that it was done, and records it. Runs after {@code package}
 * (failsafe), against an emulator in this JVM that holds each write 3 s before acting on it.
 */
class KillMidChangeIT {
    @TempDir
    Path dir;

    @Test
    void aChangeKilledOnItsWayIsReportedAndCheckedAtTheNextStart() throws Exception {
        try (DemoOrg demo = DemoOrg.start()) {
            // lsorg times out after 3 s, so a change may land up to 6 s later; the emulator acts after 3 s
            Path config = Files.createDirectories(dir.resolve("config/lsorg")).resolve("config.toml");
            Files.writeString(config, "[profiles.default]\ntimeout_seconds = 3\n");
            Journal journal = new Journal(dir.resolve("state/lsorg/journal.jsonl"));
            demo.emulator.faults().latency(3000, 0).onlyFor("POST").forNext(1);

            Process first = lsorg(demo, "shell", "-y", "-c", "invite killed@x.com");
            // An external process: poll, with a deadline, until its POST has reached the emulator (the one counted
            // fault is used up); then kill it before the emulator acts.
            await(() -> Integer.valueOf(0).equals(demo.emulator.faults().settings().nextRequests()),
                    "the invite reached the emulator", first);
            first.destroyForcibly();
            assertTrue(first.waitFor(20, TimeUnit.SECONDS), "killed");
            assertEquals(137, first.exitValue(), "SIGKILL");
            assertEquals(List.of("intent"), outcomes(journal), "the intent was written before the request left");

            Process second = lsorg(demo, "shell", "-c", "journal");
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the next start ends");
            String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, second.exitValue(), err);
            assertTrue(err.startsWith("1 change from an earlier run has no recorded outcome: Invite killed@x.com to"
                    + " the org as Organization User ("), err);
            assertTrue(err.contains("): unknown → done (an invite for killed@x.com is listed)"), err);
            assertTrue(out.contains("done     Invite killed@x.com"), out);
            assertEquals(List.of("intent", "done"), outcomes(journal));
            assertEquals(1, demo.emulator.requestLog().entries().stream().filter(e -> e.method().equals("POST"))
                    .count(), "sent once, never again");
            assertEquals(1, demo.load().members().pending().stream().filter(p -> p.email().equals("killed@x.com"))
                    .count());
        }
    }

    private static List<String> outcomes(Journal journal) {
        return journal.read().stream().map(JournalEntry::outcome).toList();
    }

    /** {@code java -jar target/lsorg.jar args} with only its own home, config and state, pointed at {@code demo}. */
    private Process lsorg(DemoOrg demo, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", System.getProperty("lsorg.jar",
                "target/lsorg.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(Map.of("LANG", "C.UTF-8", "HOME", dir.toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString(), "LANGSMITH_ENDPOINT", demo.emulator.endpoint(),
                "LANGSMITH_API_KEY", demo.emulator.keys().orgAdminKey(), "LANGSMITH_ORGANIZATION_ID",
                demo.emulator.organizationId().toString()));
        return pb.start();
    }

    // Polls with a deadline: lsorg runs here as a separate process, which gives no event to wait on.
    private static void await(BooleanSupplier done, String what, Process p) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end || !p.isAlive()) {
                p.destroyForcibly();
                fail("no sign of " + what + " within 30 s (lsorg alive: " + p.isAlive() + ")");
            }
            Thread.sleep(5);
        }
    }
}
