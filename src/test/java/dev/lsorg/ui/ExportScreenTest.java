package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 7: {@code :export} writes what a script can use (ids and ISO-8601 times beside the display values,
 * numbers and booleans typed in JSON), expands {@code ~}, and says why a write fails.
 */
class ExportScreenTest extends DemoScreenTest {
    @Test
    void jsonHoldsTypedValuesIdsAndIsoTimes() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            Path json = dir.resolve("members.json");
            h.type("2/dalton");
            h.press(KeyType.Enter);
            h.type(":export json " + json);
            h.press(KeyType.Enter);
            h.pumpUntil(() -> Files.exists(json) && h.text().contains("Exported 1 rows"), "export");
            JsonNode row = Json.mapper().readTree(Files.readString(json)).get(0);
            assertEquals("carmen.dalton@acme-robotics.com", row.get("email").asText());
            assertTrue(row.get("ws").isNumber(), row.toString());
            assertEquals(2, row.get("ws").asInt());
            assertTrue(row.get("disabled").isBoolean() && row.get("disabled").asBoolean(), row.toString());
            assertTrue(row.get("org_role").isTextual(), row.toString());
            assertEquals(36, row.get("id").asText().length(), "the member's id: " + row);
            Instant.parse(row.get("created_at").asText());
        }
    }

    @Test
    void aWriteThatFailsSaysWhy() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file\n");
            Path missing = notAFolder.resolve("x.csv");
            h.type(":export csv " + missing);
            h.press(KeyType.Enter);
            h.pumpUntil(() -> h.app.store().state().status().text().startsWith("Export failed"), "the failure");
            assertEquals("Export failed: cannot write " + missing + ": " + notAFolder + " is a file, not a folder",
                    h.app.store().state().status().text());
        }
    }

    @Test
    void aTildeIsTheUsersHome() {
        assertEquals(Path.of(System.getProperty("user.home"), "members.csv"), Exporter.home(Path.of("~/members.csv")));
        assertEquals(Path.of("x/~/y.csv"), Exporter.home(Path.of("x/~/y.csv")));
    }
}
