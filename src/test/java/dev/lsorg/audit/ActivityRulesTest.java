package dev.lsorg.audit;

import static dev.lsorg.audit.OrgFixtures.NOW;
import static dev.lsorg.audit.OrgFixtures.ORG_ADMIN;
import static dev.lsorg.audit.OrgFixtures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The activity rules on fixtures: what fires, what names the actor, the thresholds, and the unread log. */
class ActivityRulesTest {
    private final OrgFixtures org = OrgFixtures.clean();
    private final ActivityFixtures log = new ActivityFixtures();

    private AuditReport audit(Thresholds t, ActivityEvidence activity) {
        return new Auditor(RuleCatalog.all(), t, Clock.fixed(NOW, ZoneOffset.UTC), "test").audit(org.build(), activity);
    }

    private List<Finding> findings(String rule) {
        return findings(rule, Thresholds.defaults());
    }

    private List<Finding> findings(String rule, Thresholds t) {
        return audit(t, log.evidence()).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private APIKeyGetResponse adaPat() {
        return org.pats.get(0);
    }

    private UUID ada() {
        return org.members.get(0).lsUserId();
    }

    private static Instant minutesAgo(int m) {
        return NOW.minus(Duration.ofMinutes(m));
    }

    @Test
    void aQuietWeekFindsNothingAndTheReportSaysWhatWasRead() throws IOException {
        log.add("create_workspace", minutesAgo(30), adaPat().id(), ada(), OrgFixtures.uuid("ws-Engineering"),
                OrgFixtures.uuid("ws-Engineering"));
        AuditReport report = audit(Thresholds.defaults(), log.evidence());
        assertEquals(List.of(), report.findings().stream().filter(f -> f.ruleId().startsWith("activity.")).toList());
        assertEquals(new AuditReport.Activity(true, 7, 1, false, null), report.activity());
        String text = ReportFormatsTest.render(ReportFormat.TEXT, false, report);
        assertTrue(text.contains("\nactivity: last 7 days, 1 record; removals over 10 in 15 min are reported\n"), text);
    }

    @Test
    void anAdminKeyCreatedInTheWindowNamesWhoCreatedIt() {
        APIKeyGetResponse root = key("root", AccessScope.ORGANIZATION, ORG_ADMIN, 0, 0, 30);
        APIKeyGetResponse all = key("everywhere", AccessScope.ORGANIZATION, null, 0, 0, 30);
        APIKeyGetResponse scoped = key("scoped", AccessScope.WORKSPACE, null, 0, 0, 30, "Engineering");
        List.of(root, all, scoped).forEach(org.serviceKeys::add);
        log.add("create_service_key", minutesAgo(50), adaPat().id(), ada(), null, root.id());
        log.add("create_service_key", minutesAgo(40), adaPat().id(), ada(), null, all.id());
        log.add("create_service_key", minutesAgo(30), adaPat().id(), ada(), null, scoped.id());
        List<Finding> found = findings("activity.admin-key-created");
        assertEquals(List.of("everywhere (" + all.shortKey() + ")", "root (" + root.shortKey() + ")"),
                found.stream().map(f -> f.object().name()).toList());
        assertEquals(Severity.HIGH, found.get(1).severity());
        assertEquals("created " + ActivityRules.minute(minutesAgo(50)) + " by ada@example.com (PAT "
                + adaPat().shortKey() + "); org-wide key with Organization Admin", found.get(1).evidence());
        assertTrue(found.get(0).evidence().endsWith("org-wide key with Admin in every workspace"));
        assertEquals(ObjectKind.SERVICE_KEY, found.get(0).object().kind());
    }

    @Test
    void aBurstOfRemovalsByOneActorOverTheThresholdIsReportedOnce() {
        APIKeyGetResponse ci = org.serviceKeys.get(0);
        for (int i = 0; i < 11; i++) {
            log.add(i % 3 == 0 ? "delete_service_key" : "delete_org_member", minutesAgo(60 - i), ci.id(), null, null,
                    OrgFixtures.uuid("gone-" + i));
        }
        log.add("delete_org_member", minutesAgo(5), adaPat().id(), ada(), null, OrgFixtures.uuid("other"));
        List<Finding> found = findings("activity.mass-removal");
        assertEquals(1, found.size());
        assertEquals("ci (" + ci.shortKey() + ")", found.get(0).object().name());
        assertEquals("11 removals within 15 minutes from " + ActivityRules.minute(minutesAgo(60)) + " by ci ("
                + ci.shortKey() + ") (7 delete_org_member, 4 delete_service_key; threshold 10)",
                found.get(0).evidence());
        Thresholds higher = new Thresholds(3, 14, 90, 7, 10, 80, 7, 11, 15);
        assertEquals(List.of(), findings("activity.mass-removal", higher));
        Thresholds narrower = new Thresholds(3, 14, 90, 7, 10, 80, 7, 10, 5);
        assertEquals(List.of(), findings("activity.mass-removal", narrower), "11 removals take 10 minutes");
    }

    @Test
    void changesByAKeyThatExpiresSoonOrIsExpiredAreReported() {
        APIKeyGetResponse lapsing = key("lapsing", AccessScope.WORKSPACE, null, 30, 0, 3, "Operations");
        APIKeyGetResponse expired = key("expired", AccessScope.WORKSPACE, null, 60, 1, -1, "Operations");
        APIKeyGetResponse healthy = org.serviceKeys.get(1);
        List.of(lapsing, expired).forEach(org.serviceKeys::add);
        log.add("delete_workspace_member", minutesAgo(90), lapsing.id(), null, null, OrgFixtures.uuid("a"));
        log.add("update_workspace_member", minutesAgo(80), lapsing.id(), null, null, OrgFixtures.uuid("b"));
        log.add("create_api_key", minutesAgo(70), expired.id(), null, null, OrgFixtures.uuid("c"));
        log.add("create_api_key", minutesAgo(60), healthy.id(), null, null, OrgFixtures.uuid("d"));
        List<Finding> found = findings("activity.flagged-key-changes");
        assertEquals(List.of("expired", "lapsing"), found.stream().map(f -> f.object().name().split(" ")[0]).toList());
        assertEquals("2 changes in the last 7 days (1 delete_workspace_member, 1 update_workspace_member), the last "
                + ActivityRules.minute(minutesAgo(80)) + "; flagged: expires " + KeyRules.day(lapsing.expiresAt())
                + ", within 7 days", found.get(1).evidence());
        assertTrue(found.get(0).evidence().contains("(keys.expired)"), found.get(0).evidence());
    }

    @Test
    void anUnreadableLogIsReportedInEveryFormatAndTheRulesStaySilent() throws IOException {
        AuditReport report = audit(Thresholds.defaults(),
                ActivityEvidence.unavailable("the key lacks the permission organization:manage"));
        List<Finding> activity = report.findings().stream().filter(f -> f.ruleId().startsWith("activity.")).toList();
        assertEquals(List.of("activity.unavailable"), activity.stream().map(Finding::ruleId).toList());
        assertEquals(Severity.INFO, activity.get(0).severity());
        assertTrue(activity.get(0).evidence().startsWith("the org's audit log could not be read (the key lacks the"
                + " permission organization:manage)"));
        String text = ReportFormatsTest.render(ReportFormat.TEXT, false, report);
        assertTrue(text.contains("activity: not read (the key lacks the permission organization:manage); the activity"
                + " rules did not run"), text);
        assertTrue(ReportFormatsTest.render(ReportFormat.CSV, false, report).contains("info,activity.unavailable,"));
        assertTrue(ReportFormatsTest.render(ReportFormat.MARKDOWN, false, report).contains("Activity: not read"));
        JsonNode json = ReportJson.mapper().readTree(ReportFormatsTest.render(ReportFormat.JSON, false, report));
        assertEquals(List.of(), List.copyOf(SchemaCheck.errors("audit-report.schema.json", json)));
        assertEquals(false, json.at("/activity/read").asBoolean());
        assertEquals(7, json.at("/thresholds/activity_days").asInt());
    }

    @Test
    void aTruncatedLogSaysTheRulesSawOnlyTheNewest() {
        log.add("create_workspace", minutesAgo(10), adaPat().id(), ada(), null, OrgFixtures.uuid("w"));
        AuditReport report = audit(Thresholds.defaults(), ActivityEvidence.of(log.log(7, true)));
        List<Finding> partial = report.findings().stream().filter(f -> f.ruleId().equals("activity.partial")).toList();
        assertEquals(1, partial.size());
        assertEquals("the activity rules read the newest 1 record back to " + ActivityRules.minute(minutesAgo(10))
                + ", not the whole 7-day window", partial.get(0).evidence());
    }

    @Test
    void withoutActivityTheRulesAreSilentAndTheReportHasNoActivity() {
        AuditReport report = new Auditor(RuleCatalog.all(), Thresholds.defaults(), Clock.fixed(NOW, ZoneOffset.UTC),
                "test").audit(org.build());
        assertEquals(null, report.activity());
        assertTrue(report.findings().stream().noneMatch(f -> f.ruleId().startsWith("activity.")));
    }
}
