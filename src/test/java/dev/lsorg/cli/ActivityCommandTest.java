package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.audit.ReportJson;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.KeyReader;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.Json;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.FreshDemoOrgTest;
import dev.lsorg.testing.SpecValidator;
import dev.lsorg.testing.TestHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code lsorg activity} after a scripted series of changes through {@code lsorg shell} (the admin key) and a PAT:
 * every format shows exactly those changes with their actors, NDJSON holds spec-valid OCSF records as sent, and
 * bad windows, unknown workspaces and keys that may not read the log are one line with the right exit code.
 */
class ActivityCommandTest extends FreshDemoOrgTest {
    private static final String SCRIPT = String.join("\n", "create workspace Audit Lab", "y",
            "invite eve@example.com --role \"Organization User\"", "y",
            "create key \"nightly audit\" --org-role viewer --expires-days 30", "y",
            "revoke \"nightly audit\"", "nightly audit", "");


    private CliContext context(String key) {
        Map<String, String> env = Map.of("LANGSMITH_ENDPOINT", demo.emulator.endpoint(), "LANGSMITH_API_KEY", key,
                "LANGSMITH_ORGANIZATION_ID", demo.emulator.organizationId().toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString(), "HOME", dir.toString());
        ConfigLoader loader = new ConfigLoader(env, dir.resolve("none.toml"), KeyReader.shell());
        return CliContext.live(env, false, demo.clock, loader);
    }

    private CommandRunner.Result lsorg(String... args) {
        return CommandRunner.run(context(demo.emulator.keys().orgAdminKey()), args);
    }

    /** The script through the shell, a minute apart from a PAT made by its owner over plain HTTP. */
    private void scriptedChanges() {
        CommandRunner.Result shell = CommandRunner.runWithInput(context(demo.emulator.keys().orgAdminKey()), SCRIPT,
                "shell", "--journal", dir.resolve("journal.jsonl").toString());
        assertEquals(0, shell.exitCode(), shell.err() + shell.out());
        demo.clock.advance(Duration.ofMinutes(1));
        TestHttp pat = new TestHttp(demo.emulator.endpoint()).with("X-API-Key", demo.emulator.keys().patKey())
                .with("X-Organization-Id", demo.emulator.organizationId().toString());
        assertEquals(200, pat.post("/api/v1/orgs/current/personal-access-tokens", Map.of("description", "cli"))
                .status());
    }

    private String keyId(String shortKey, List<APIKeyGetResponse> keys) {
        return keys.stream().filter(k -> k.shortKey().equals(shortKey)).findFirst().orElseThrow().id().toString();
    }

    @Test
    void ndjsonHoldsExactlyTheScriptedChangesAsValidOcsfRecordsOldestFirst() throws Exception {
        scriptedChanges();
        CommandRunner.Result r = lsorg("activity", "--since", "1h", "--format", "ndjson");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            JsonNode record = Json.mapper().readTree(line);
            SpecValidator.load().assertSchema("OCSFApiActivity", record);
            lines.add(record);
        }
        assertEquals(List.of("create_workspace", "invite_user_to_org", "create_service_key", "delete_service_key",
                "create_personal_access_token"), lines.stream().map(l -> l.at("/api/operation").asText()).toList());
        String admin = keyId(shortForm(demo.emulator.keys().orgAdminKey()), Await.await(demo.client.apiKeys()
                .listServiceKeys(List.of())));
        APIKeyGetResponse pat = Await.await(demo.client.apiKeys().listAllPersonalAccessTokens()).stream()
                .filter(k -> k.shortKey().equals(shortForm(demo.emulator.keys().patKey()))).findFirst().orElseThrow();
        for (int i = 0; i < 4; i++) {
            assertEquals(admin, lines.get(i).at("/actor/user/credential_uid").asText());
            assertTrue(lines.get(i).at("/actor/user/uid").isNull());
        }
        assertEquals(pat.id().toString(), lines.get(4).at("/actor/user/credential_uid").asText());
        assertEquals(pat.createdBy(), lines.get(4).at("/actor/user/uid").asText());
        assertEquals(lines.get(2).at("/resources/0/uid"), lines.get(3).at("/resources/0/uid"),
                "the revoke names the key the create made");
        assertEquals(Duration.ofMinutes(1).toMillis(), lines.get(4).get("time").asLong() - lines.get(3).get("time")
                .asLong());
    }

    private static String shortForm(String secret) {
        return dev.lsorg.config.Secret.of(secret).shortForm();
    }

    @Test
    void textAndJsonNameTheActorsAndObjectsNewestFirst() throws Exception {
        scriptedChanges();
        CommandRunner.Result text = lsorg("activity", "--since", "2h");
        assertEquals(0, text.exitCode(), text.err());
        String[] rows = text.out().split("\n");
        assertTrue(rows[0].startsWith("Activity of Acme Robotics from "), rows[0]);
        assertTrue(rows[0].endsWith(" UTC: 5 records, newest first"), rows[0]);
        assertTrue(rows[1].matches("TIME \\(UTC\\) +ACTOR +OPERATION +WORKSPACE +OBJECTS"), rows[1]);
        assertTrue(rows[2].matches(".* \\(PAT " + Pattern.quote(shortForm(demo.emulator.keys().patKey()))
                + "\\) +create_personal_access_token .*"), rows[2]);
        assertTrue(rows[3].matches(".*  lsorg admin console \\(" + Pattern.quote(shortForm(demo.emulator.keys()
                .orgAdminKey())) + "\\) +delete_service_key .*"), rows[3]);
        assertTrue(rows[3].endsWith("(not listed)"), "the revoked key is gone: " + rows[3]);
        assertTrue(rows[5].contains("invite_user_to_org") && rows[5].endsWith("invite eve@example.com"), rows[5]);
        assertTrue(rows[6].matches(".*create_workspace +Audit Lab +workspace Audit Lab"), rows[6]);
        JsonNode json = ReportJson.mapper().readTree(lsorg("activity", "--since", "2h", "--format", "json").out());
        assertEquals(5, json.get("records").size());
        assertEquals("create_workspace", json.at("/records/4/operation").asText());
        assertEquals("Audit Lab", json.at("/records/4/workspace").asText());
        assertEquals("workspace", json.at("/records/4/objects/0/kind").asText());
    }

    @Test
    void operationsWorkspaceAndWindowNarrowIt() throws Exception {
        scriptedChanges();
        CommandRunner.Result r = lsorg("activity", "--since", "1h", "--format", "json", "--operation",
                "create_service_key,delete_service_key");
        assertEquals(2, ReportJson.mapper().readTree(r.out()).get("records").size(), r.err());
        r = lsorg("activity", "--since", "1h", "--format", "json", "--workspace", "audit lab");
        assertEquals(1, ReportJson.mapper().readTree(r.out()).get("records").size(), r.err());
        String end = demo.clock.instant().minusSeconds(30).toString();
        r = lsorg("activity", "--start", demo.clock.instant().minus(Duration.ofHours(1)).toString(), "--end", end,
                "--format", "json");
        assertEquals(4, ReportJson.mapper().readTree(r.out()).get("records").size(), "the PAT came after --end");
    }

    @Test
    void badInputAndUnreadableLogsAreOneLineWithTheirExitCode() {
        assertUsage(lsorg("activity", "--since", "yesterday"), "lsorg: --since: expected a number and a unit");
        assertUsage(lsorg("activity", "--since", "1d", "--start", "2026-01-01"), "lsorg: --since and --start");
        assertUsage(lsorg("activity", "--start", "tomorrow"), "lsorg: --start: expected an ISO 8601 time");
        assertUsage(lsorg("activity", "--format", "xml"), "lsorg: --format: expected text, json or ndjson");
        assertUsage(lsorg("activity", "--operation", "DROP TABLE"), "lsorg: --operation: expected an operation name");
        assertUsage(lsorg("activity", "--workspace", "Nowhere"), "lsorg: --workspace: no workspace 'Nowhere'");
        // a well-formed name the contract does not know: the server's 422 names the field (pydantic lists the values)
        assertUsage(lsorg("activity", "--operation", "drop_tables"), "lsorg: GET /api/v1/audit-logs: LangSmith"
                + " refused the request: operations.0: Input should be 'create_api_key'");
        CommandRunner.Result viewer = CommandRunner.run(context(demo.emulator.keys().orgViewerKey()), "activity");
        assertEquals(ExitCodes.API, viewer.exitCode());
        assertEquals("lsorg: the org's audit log cannot be read: the API key lacks the permission"
                + " organization:manage\n", viewer.err());
        demo.emulator.serveAuditLogs(false);
        CommandRunner.Result gone = lsorg("activity");
        assertEquals(ExitCodes.API, gone.exitCode());
        assertEquals("lsorg: the org's audit log cannot be read: this LangSmith has no audit-log endpoint (404)\n",
                gone.err());
        assertFalse(gone.err().contains(demo.emulator.keys().orgAdminKey()));
    }

    private static void assertUsage(CommandRunner.Result r, String start) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
    }
}
