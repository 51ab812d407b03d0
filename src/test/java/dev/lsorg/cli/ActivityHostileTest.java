package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.model.Json;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestHttp;
import dev.lsorg.text.Sanitizer;
import dev.lsorg.ui.ScreenHarness;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The activity outputs on the hostile seed: a change made by the key whose description clears the screen is shown
 * inert by {@code lsorg activity} (table, JSON, NDJSON) and by pane 9, while JSON keeps the exact value.
 */
class ActivityHostileTest {
    private static final String CLEAR = "\u001b[2J\u001b[H";

    @TempDir
    Path dir;

    @Test
    void aHostileActorStaysInertInEveryActivityOutput() throws Exception {
        try (DemoOrg org = DemoOrg.start(EmulatorOptions.seeded("hostile", TestClock.pinned()))) {
            TestHttp ws = new TestHttp(org.emulator.endpoint()).with("X-API-Key", org.emulator.keys().workspaceKey())
                    .with("X-Organization-Id", org.emulator.organizationId().toString());
            String id = org.emulator.keys().workspaceKeyWorkspaceId().toString();
            assertEquals(200, ws.patch("/api/v1/workspaces/" + id, Map.of("display_name", "Renamed Lab")).status());
            CliContext ctx = CommandRunner.isolated(dir, Map.of("LANGSMITH_ENDPOINT", org.emulator.endpoint(),
                    "LANGSMITH_API_KEY", org.emulator.keys().orgAdminKey(),
                    "LANGSMITH_ORGANIZATION_ID", org.emulator.organizationId().toString()));
            String text = CommandRunner.run(ctx, "activity").out();
            inert("text", text);
            assertTrue(text.contains("^[[2J^[[Hingest (lsv2_sk_"), text);
            String json = CommandRunner.run(ctx, "activity", "--format", "json").out();
            inert("json", json);
            assertTrue(Json.mapper().readTree(json).at("/records/0/actor/name").asText().startsWith(CLEAR + "ingest"));
            String ndjson = CommandRunner.run(ctx, "activity", "--format", "ndjson").out();
            inert("ndjson", ndjson);
            JsonNode record = Json.mapper().readTree(ndjson.lines().findFirst().orElseThrow());
            assertEquals("update_workspace", record.at("/api/operation").asText());
            try (ScreenHarness h = ScreenHarness.console(org, 80, 24, "dark", dir.resolve("console"))) {
                h.type("9");
                inert("pane 9", h.text());
                assertTrue(h.line(4).contains("^[[2J^[[Hingest"), h.text());
                h.type("d");
                inert("pane 9 detail", h.text());
            }
        }
    }

    private static void inert(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Sanitizer.isUnsafe(c) && c != '\n') {
                fail(what + ": raw U+" + String.format("%04X", (int) c) + " at " + i);
            }
        }
    }
}
