package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.app.mutation.StateFiles;
import dev.lsorg.testing.DemoOrg;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything lsorg writes about the org is readable by its owner only (files 0600 in 0700 folders), whichever part
 * writes it: the console's log, history and exports, the journal; and the log holds the errors the console showed.
 */
class FileModesTest {
    static DemoOrg org;

    @TempDir
    Path dir;

    @BeforeAll
    static void startEmulator() {
        org = DemoOrg.start();
    }

    @AfterAll
    static void stopEmulator() {
        org.close();
    }

    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theConsoleWritesHistoryExportsAndLogPrivately() throws Exception {
        Path state = dir.resolve("state/lsorg");
        try (ScreenHarness h = ScreenHarness.console(org, 100, 24, "dark", state);
             ConsoleLog log = ConsoleLog.toFile(state.resolve("lsorg.log"), org.clock, System.err)) {
            Path export = dir.resolve("exports/workspaces.csv");
            Files.createDirectories(export.getParent());
            h.type(":export csv " + export);
            h.press(KeyType.Enter);
            h.waitFor("Exported");
            h.pumpUntil(() -> Files.exists(state.resolve("history")), "history written");
            log.error("a test failure", new IllegalStateException("boom"));
            assertEquals("rw-------", mode(export));
            assertEquals("rw-------", mode(state.resolve("history")));
            assertEquals("rw-------", mode(state.resolve("lsorg.log")));
            assertEquals("rwx------", mode(state));
            assertEquals("rwx------", mode(dir.resolve("state")), "folders lsorg creates are private too");
        }
    }

    @Test
    void theJournalAndAnOlderWorldReadableStateFolderAreMadePrivate() throws Exception {
        Path state = Files.createDirectories(dir.resolve("lsorg"));
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path oldHistory = Files.writeString(state.resolve("history"), "pane roles\n");
        Files.setPosixFilePermissions(oldHistory, PosixFilePermissions.fromString("rw-r--r--"));
        StateFiles.privateDir(state);
        StateFiles.append(oldHistory, "ws Research\n");
        assertEquals("rwx------", mode(state));
        assertEquals("rw-------", mode(oldHistory));
        assertEquals("pane roles\nws Research\n", Files.readString(oldHistory));
        Path journal = dir.resolve("new/deeper/journal.jsonl");
        new Journal(journal).append(new JournalEntry(org.clock.instant(), java.util.UUID.randomUUID(),
                JournalEntry.OUTCOME, ProcessHandle.current().pid(), org.emulator.endpoint(), "default", "Acme (id)",
                null, "Disable invites", "SETTING", List.of("org"), List.of("PATCH /api/v1/orgs/current/info"),
                List.of(), "dry-run", List.of(), 0, 0, null, null, 0));
        assertEquals("rw-------", mode(journal));
        assertEquals("rwx------", mode(journal.getParent()));
        assertEquals("rwx------", mode(dir.resolve("new")));
    }

    @Test
    void theLogHoldsTheErrorsTheConsoleShowedWithMethodAndPathButNoKey() throws Exception {
        Path logFile = dir.resolve("lsorg.log");
        try (ScreenHarness h = ScreenHarness.console(org, 100, 24, "dark", dir)) {
            ConsoleLog log = ConsoleLog.toFile(logFile, org.clock, System.err);
            log.watch(h.app.store());
            org.client.addRequestListener(e -> log.request(new RequestEntry(e.time(), e.method(), e.path(),
                    e.status(), e.latency().toMillis())));
            try {
                h.type("2");
                org.emulator.faults().errorRate(1.0).onlyFor("GET").forNext(50);
                h.type("r");
                h.pumpUntil(() -> !h.app.store().state().anyLoading(), "failed refresh");
                org.emulator.faults().reset();
                org.emulator.faults().dropRate(1.0).onlyFor("GET").forNext(50);
                h.type("r");
                h.pumpUntil(() -> !h.app.store().state().anyLoading(), "dropped refresh");
            } finally {
                org.emulator.faults().reset();
                log.close();
            }
        }
        String text = Files.readString(logFile, StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s).*WARN request GET /api/v1/orgs/current/members\\S* -> HTTP 5\\d\\d after .*"),
                text);
        assertTrue(text.contains("-> no answer (dropped or timed out)"), text);
        assertTrue(text.contains("ERROR loading members failed: "), text);
        assertFalse(text.contains(org.emulator.keys().orgAdminKey()), "never the key");
        assertEquals("rw-------", mode(logFile));
    }

    @Test
    void theLogRotatesAtItsLimitKeepingThreeOlderFiles() throws Exception {
        Path logFile = dir.resolve("lsorg.log");
        try (PrintStream out = new PrintStream(new RotatingLog(logFile, 100, 3), true, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 30; i++) {
                out.println("line " + i + " of a log that is longer than a hundred bytes");
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        assertEquals(List.of("lsorg.log", "lsorg.log.1", "lsorg.log.2", "lsorg.log.3"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            assertEquals("rw-------", mode(f), f.toString());
            assertTrue(Files.size(f) <= 100, f + " is " + Files.size(f) + " bytes");
        }
        assertTrue(Files.readString(logFile).contains("line 29 "), Files.readString(logFile));
    }

}
