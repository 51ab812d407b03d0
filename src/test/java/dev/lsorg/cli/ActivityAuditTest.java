package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.audit.ReportJson;
import dev.lsorg.audit.SchemaCheckAccess;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.KeyReader;
import dev.lsorg.model.APIKeyCreateRequest;
import dev.lsorg.model.APIKeyCreateResponse;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.FreshDemoOrgTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The activity rules of {@code lsorg audit} against the emulator: changes made over the API become findings that
 * name who made them, and a key that may not read the audit log gets a report that says so in every format.
 */
class ActivityAuditTest extends FreshDemoOrgTest {

    private CommandRunner.Result audit(String key, String... args) {
        Map<String, String> env = Map.of("LANGSMITH_ENDPOINT", demo.emulator.endpoint(), "LANGSMITH_API_KEY", key,
                "LANGSMITH_ORGANIZATION_ID", demo.emulator.organizationId().toString(), "HOME", dir.toString());
        ConfigLoader loader = new ConfigLoader(env, dir.resolve("none.toml"), KeyReader.shell());
        List<String> all = new ArrayList<>(List.of("audit"));
        all.addAll(List.of(args));
        return CommandRunner.run(CliContext.live(env, false, demo.clock, loader), all.toArray(String[]::new));
    }

    private static List<JsonNode> findings(JsonNode report, String rule) {
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> f.get("rule").asText().equals(rule)).toList();
    }

    @Test
    void anAdminKeyABurstOfRemovalsAndChangesByALapsingKeyAreFound() throws Exception {
        OrgData before = demo.load();
        APIKeyCreateResponse lapsing = Await.await(demo.client.apiKeys().createServiceKey(new APIKeyCreateRequest(
                "temp admin", demo.clock.instant().plus(Duration.ofDays(3)), null, null,
                DemoOrg.role(before, "ORGANIZATION_ADMIN").id(), null)));
        demo.clock.advance(Duration.ofMinutes(1));
        List<OrgMemberIdentity> users = before.members().members().stream()
                .filter(m -> m.roleName().equals("ORGANIZATION_USER") && !m.isDisabled()).limit(11).toList();
        try (LangSmithClient temp = demo.clientWith(lapsing.key())) {
            for (OrgMemberIdentity m : users) {
                Await.await(temp.orgMembers().remove(m.id()));
                demo.clock.advance(Duration.ofSeconds(20));
            }
            Await.await(temp.orgMembers().invite(new PendingIdentityCreate("new@example.com", null, null, null, null,
                    null, null)));
        }
        CommandRunner.Result r = audit(demo.emulator.keys().orgAdminKey(), "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = ReportJson.mapper().readTree(r.out());
        assertEquals(List.of(), List.copyOf(SchemaCheckAccess.errors(report)));
        assertEquals(13, report.at("/activity/records").asInt());
        JsonNode admin = findings(report, "activity.admin-key-created").get(0);
        assertEquals("temp admin (" + lapsing.shortKey() + ")", admin.at("/object/name").asText());
        assertTrue(admin.get("evidence").asText().contains(" by lsorg admin console ("), admin.toString());
        JsonNode burst = findings(report, "activity.mass-removal").get(0);
        assertTrue(burst.get("evidence").asText().startsWith("11 removals within 15 minutes from "), burst.toString());
        assertTrue(burst.get("evidence").asText().contains("(11 delete_org_member; threshold 10)"), burst.toString());
        JsonNode flagged = findings(report, "activity.flagged-key-changes").get(0);
        assertEquals("service_key", flagged.at("/object/kind").asText());
        assertTrue(flagged.get("evidence").asText().startsWith("12 changes in the last 7 days (11 delete_org_member,"
                + " 1 invite_user_to_org)"), flagged.toString());
        CommandRunner.Result loose = audit(demo.emulator.keys().orgAdminKey(), "--format", "json", "--max-removals",
                "11");
        assertEquals(List.of(), findings(ReportJson.mapper().readTree(loose.out()), "activity.mass-removal"));
    }

    @Test
    void aKeyThatMayNotReadTheLogGetsAReportThatSaysSoInEveryFormat() throws Exception {
        String viewer = demo.emulator.keys().orgViewerKey();
        String why = "the API key lacks the permission organization:manage";
        CommandRunner.Result text = audit(viewer);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("\nactivity: not read (" + why + "); the activity rules did not run\n"),
                text.out());
        JsonNode json = ReportJson.mapper().readTree(audit(viewer, "--format", "json").out());
        assertEquals(false, json.at("/activity/read").asBoolean());
        assertEquals(why, json.at("/activity/reason").asText());
        assertEquals(1, findings(json, "activity.unavailable").size());
        assertTrue(audit(viewer, "--format", "csv").out().contains("info,activity.unavailable,organization,"));
        assertTrue(audit(viewer, "--format", "markdown").out().contains("Activity: not read (" + why + ")"));
        demo.emulator.serveAuditLogs(false);
        assertTrue(audit(demo.emulator.keys().orgAdminKey()).out().contains("activity: not read (this LangSmith has no"
                + " audit-log endpoint (404)); the activity rules did not run"));
    }
}
