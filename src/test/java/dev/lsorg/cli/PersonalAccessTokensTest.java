package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.audit.ReportJson;
import dev.lsorg.audit.SchemaCheckAccess;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.KeyReader;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.TestHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everyone's PATs as an operator meets them on the command line: an org-admin key's audit and snapshot hold every
 * member's tokens; against a server without the org-wide list (or a key that may not read it) every output says
 * other members' tokens are not visible; and a token is revoked from the shell, its owner named.
 */
class PersonalAccessTokensTest {
    private static final String NOT_VISIBLE = "Other members' personal access tokens are not visible";

    @TempDir
    Path dir;
    private DemoOrg org;

    @BeforeEach
    void start() {
        org = DemoOrg.start();
    }

    @AfterEach
    void stop() {
        org.close();
    }

    private CliContext as(String key) {
        Map<String, String> env = Map.of("LANGSMITH_ENDPOINT", org.emulator.endpoint(), "LANGSMITH_API_KEY", key,
                "LANGSMITH_ORGANIZATION_ID", org.emulator.organizationId().toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString(), "HOME", dir.toString());
        return CliContext.live(env, false, org.clock, new ConfigLoader(env, dir.resolve("none.toml"),
                KeyReader.shell()));
    }

    private CliContext admin() {
        return as(org.emulator.keys().orgAdminKey());
    }

    private static List<String> patObjects(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.at("/object/kind").asText().equals("personal_access_token")) {
                names.add(f.at("/object/name").asText());
            }
        });
        return names;
    }

    @Test
    void anOrgAdminKeysAuditReportsEveryMembersTokens() throws Exception {
        CommandRunner.Result r = CommandRunner.run(admin(), "audit", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = ReportJson.mapper().readTree(r.out());
        assertEquals(List.of(), List.copyOf(SchemaCheckAccess.errors(json)));
        assertEquals(0, json.get("notes").size(), json.get("notes").toString());
        for (String pat : List.of("laptop", "admin laptop", "old laptop", "jupyter", "cli")) {
            assertTrue(patObjects(json).stream().anyMatch(n -> n.startsWith(pat + " (lsv2_pt_")), pat);
        }
        assertTrue(org.emulator.requestLog().entries().stream()
                .anyMatch(e -> e.path().equals("/api/v1/orgs/current/members/personal-access-tokens")));
    }

    @Test
    void withoutTheOrgWideListEveryAuditFormatSaysOtherMembersTokensAreNotVisible() throws Exception {
        org.emulator.server().orgPatList(false);
        JsonNode json = ReportJson.mapper().readTree(CommandRunner.run(admin(), "audit", "--format", "json").out());
        assertEquals(List.of(), List.copyOf(SchemaCheckAccess.errors(json)));
        assertEquals("personal_access_tokens", json.at("/notes/0/about").asText());
        assertTrue(json.at("/notes/0/text").asText().startsWith(NOT_VISIBLE), json.get("notes").toString());
        assertTrue(json.at("/notes/0/text").asText().contains("answered 404"));
        assertEquals(List.of(), patObjects(json), "a service key owns no PATs of its own");
        for (String format : List.of("text", "markdown", "csv")) {
            CommandRunner.Result r = CommandRunner.run(admin(), "audit", "--format", format);
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains(NOT_VISIBLE), format + ":\n" + r.out());
        }
        assertTrue(CommandRunner.run(admin(), "audit", "--format", "csv").out()
                .contains("\r\nnote,personal_access_tokens,,,,,"));
    }

    @Test
    void aKeyThatMayNotListEveryonesTokensFallsBackToItsOwnAndSaysWhy() throws Exception {
        CommandRunner.Result r = CommandRunner.run(as(org.emulator.keys().patKey()), "audit", "--format", "json");
        JsonNode json = ReportJson.mapper().readTree(r.out());
        assertTrue(json.at("/notes/0/text").asText().contains("organization:manage"), r.out());
        assertEquals(1, patObjects(json).stream().filter(n -> n.startsWith("laptop (")).count(),
                "the PAT's own token is still audited");
    }

    @Test
    void aSnapshotSaysWhoseTokensItHolds() throws Exception {
        Path all = dir.resolve("all.json");
        assertEquals(0, CommandRunner.run(admin(), "snapshot", "--output", all.toString()).exitCode());
        JsonNode full = ReportJson.mapper().readTree(Files.readString(all));
        assertEquals(List.of(), List.copyOf(SchemaCheckAccess.snapshotErrors(full)));
        assertTrue(full.get("personal_access_tokens_of_all_members").asBoolean());
        assertTrue(full.get("personal_access_tokens_note").isNull());
        assertEquals(5, full.get("personal_access_tokens").size());

        org.emulator.server().orgPatList(false);
        Path own = dir.resolve("own.json");
        assertEquals(0, CommandRunner.run(admin(), "snapshot", "--output", own.toString()).exitCode());
        JsonNode partial = ReportJson.mapper().readTree(Files.readString(own));
        assertEquals(List.of(), List.copyOf(SchemaCheckAccess.snapshotErrors(partial)));
        assertFalse(partial.get("personal_access_tokens_of_all_members").asBoolean());
        assertTrue(partial.get("personal_access_tokens_note").asText().startsWith(NOT_VISIBLE));
    }

    @Test
    void aTokenIsRevokedFromTheShellWithItsOwnerNamed() throws Exception {
        CommandRunner.Result r = CommandRunner.run(admin(), "shell", "-c", "revoke pat cli --confirm cli");
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("Revoke personal access token 'cli' (lsv2_pt_..."), r.out());
        assertTrue(r.out().matches("(?s).*\\) of [a-z.]+@acme-robotics\\.com; it stops working.*"), r.out());
        assertTrue(r.out().contains("POST " + org.emulator.endpoint()
                + "/api/v1/orgs/current/personal-access-tokens/"), r.out());
        List<RequestLog.Entry> revocations = org.emulator.requestLog().entries().stream()
                .filter(e -> e.method().equals("POST") && e.path().endsWith("/revocation")).toList();
        assertEquals(1, revocations.size());
        assertEquals(200, revocations.get(0).status());
        JsonNode listed = new TestHttp(org.emulator.endpoint()).with("X-API-Key", org.emulator.keys().orgAdminKey())
                .get("/api/v1/orgs/current/members/personal-access-tokens").json();
        JsonNode cli = null;
        for (JsonNode k : listed) {
            cli = k.get("description").asText().equals("cli") ? k : cli;
        }
        assertEquals(org.clock.instant(), java.time.Instant.parse(cli.get("expires_at").asText()),
                "the record stays, expired now");
        CommandRunner.Result unknown = CommandRunner.run(admin(), "shell", "-c", "revoke pat nope --confirm nope");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("no personal access token with description, short key or id 'nope'"),
                unknown.err());
    }

    @Test
    void aDiffSaysWhoseTokensEachSideHoldsWhenEitherWasTakenWithTheFallback() throws Exception {
        Path all = dir.resolve("all.json");
        Path again = dir.resolve("again.json");
        assertEquals(0, CommandRunner.run(admin(), "snapshot", "--output", all.toString()).exitCode());
        assertEquals(0, CommandRunner.run(admin(), "snapshot", "--output", again.toString()).exitCode());
        CommandRunner.Result full = CommandRunner.run(admin(), "diff", all.toString(), again.toString(), "--format",
                "json");
        assertFalse(ReportJson.mapper().readTree(full.out()).has("notes"), "both sides saw every token");

        org.emulator.server().orgPatList(false);
        Path own = dir.resolve("own.json");
        assertEquals(0, CommandRunner.run(admin(), "snapshot", "--output", own.toString()).exitCode());
        CommandRunner.Result text = CommandRunner.run(admin(), "diff", all.toString(), own.toString());
        assertEquals(ExitCodes.FINDINGS, text.exitCode(), text.err());
        assertTrue(text.out().contains("\nnote: PAT coverage of " + all + ": every member's personal access tokens."
                + "\nnote: PAT coverage of " + own + ": " + NOT_VISIBLE), text.out());
        assertTrue(text.out().contains("\nnote: pat changes compare only the tokens each side could see: a token"
                + " missing on one side may not have been visible to the key that took it.\n"), text.out());
        assertTrue(text.out().contains("- pat.revoked"), "the tokens it could not see look revoked:\n" + text.out());

        JsonNode json = ReportJson.mapper().readTree(CommandRunner.run(admin(), "diff", all.toString(), own.toString(),
                "--format", "json").out());
        assertEquals(List.of(), List.copyOf(SchemaCheckAccess.diffErrors(json)));
        assertEquals(3, json.get("notes").size());
        assertTrue(json.at("/notes/1").asText().contains(NOT_VISIBLE), json.toString());
        assertTrue(CommandRunner.run(admin(), "diff", all.toString(), own.toString(), "--format", "markdown").out()
                .contains("\n> Note: PAT coverage of " + own + ": " + NOT_VISIBLE), "markdown");

        CommandRunner.Result live = CommandRunner.run(admin(), "diff", all.toString());
        assertTrue(live.out().contains("note: PAT coverage of live org Acme Robotics: " + NOT_VISIBLE), live.out());
    }
}
