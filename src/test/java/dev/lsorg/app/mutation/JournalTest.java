package dev.lsorg.app.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    @Test
    void appendsOneParsableLinePerEntryWithPrivatePermissions() throws Exception {
        Journal journal = new Journal(dir.resolve("state/lsorg/journal.jsonl"));
        journal.append(entry("Invite ana@x.com", "ok"));
        journal.append(entry("Revoke key ci", "dry-run"));
        List<String> lines = Files.readAllLines(journal.file());
        assertEquals(2, lines.size());
        JsonNode first = Json.mapper().readTree(lines.get(0));
        assertEquals("Invite ana@x.com", first.get("change").asText());
        assertEquals(12, first.get("duration_ms").asInt());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.file())));
        assertEquals(List.of("ok", "dry-run"), journal.read().stream().map(JournalEntry::outcome).toList());
    }

    @Test
    void aKeyThatSlipsIntoAnEntryIsMasked() throws Exception {
        Journal journal = new Journal(dir.resolve("j.jsonl"));
        journal.append(entry("Create key lsv2_sk_0123456789abcdef0123456789abcdef_01234567", "ok"));
        String text = Files.readString(journal.file());
        assertFalse(text.contains("0123456789abcdef"), text);
        assertTrue(text.contains("lsv2_sk_***"), text);
    }

    @Test
    void tornLinesAreSkippedNotFatal() throws Exception {
        Journal journal = new Journal(dir.resolve("j.jsonl"));
        journal.append(entry("one", "ok"));
        Files.writeString(journal.file(), "{\"time\": \"2026-", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(journal.file(), "\n", java.nio.file.StandardOpenOption.APPEND);
        journal.append(entry("two", "failed"));
        assertEquals(List.of("one", "two"), journal.read().stream().map(JournalEntry::change).toList());
    }

    @Test
    void stateDirFollowsXdg() {
        assertEquals(Path.of("/x/state/lsorg/journal.jsonl"), StatePaths.journal(Map.of("XDG_STATE_HOME", "/x/state")));
        assertEquals(Path.of("/home/u/.local/state/lsorg/shell_history"),
                StatePaths.shellHistory(Map.of("HOME", "/home/u", "XDG_STATE_HOME", "relative")));
    }

    private static JournalEntry entry(String change, String outcome) {
        return new JournalEntry(Instant.parse("2026-11-28T09:00:00Z"), null, JournalEntry.OUTCOME, 1,
                "http://127.0.0.1:1/api/v1", "default",
                "Acme (id)", null, change, "INVITE", List.of("ana@x.com"), List.of("POST /api/v1/orgs/current/members"),
                null, outcome, List.of(), 0, 1, null, null, 12);
    }
}
