package dev.lsorg.audit;

import static dev.lsorg.audit.OrgFixtures.NOW;
import static dev.lsorg.audit.OrgFixtures.ORG_ADMIN;
import static dev.lsorg.audit.OrgFixtures.ORG_USER;
import static dev.lsorg.audit.OrgFixtures.WS_ADMIN;
import static dev.lsorg.audit.OrgFixtures.WS_USER;
import static dev.lsorg.audit.OrgFixtures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.PatCoverage;
import dev.lsorg.model.TenantForUser;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditRulesTest {

    static AuditReport audit(OrgFixtures f, Thresholds t) {
        return new Auditor(RuleCatalog.all(), t, Clock.fixed(NOW, ZoneOffset.UTC), "test").audit(f.build());
    }

    static AuditReport audit(OrgFixtures f) {
        return audit(f, Thresholds.defaults());
    }

    /** Each case adds one problem to the clean org; the rule id and the object it must name. */
    static Stream<Arguments> problems() {
        return Stream.of(
                problem("admins.disabled", "old@example.com", f -> f.member("old@example.com", ORG_ADMIN, true)),
                problem("admins.too-many", "Acme", f -> {
                    f.member("e@example.com", ORG_ADMIN, false);
                    f.member("f@example.com", ORG_ADMIN, false);
                }),
                problem("members.disabled-with-workspace-roles", "gone@example.com",
                        f -> f.join(f.workspaces.get(0), f.member("gone@example.com", ORG_USER, true), WS_USER)),
                problem("members.no-workspace", "lonely@example.com", f -> f.member("lonely@example.com", ORG_USER, false)),
                problem("members.workspace-admin-not-in-org", "ex@example.com", f -> {
                    TenantForUser eng = f.workspaces.get(0);
                    f.wsMembers.get(eng.id()).add(OrgFixtures.workspaceMember(eng, "ex@example.com",
                            OrgFixtures.uuid("ex"), OrgFixtures.uuid("ls-ex"), WS_ADMIN, false));
                }),
                problem("workspaces.no-admin", "Research", f -> f.join(f.workspace("Research"), f.members.get(2), WS_USER)),
                problem("workspaces.empty", "Sandbox", f -> f.workspace("Sandbox")),
                problem("invites.stale", "slow@example.com", f -> f.invite("slow@example.com", ORG_USER, null, 30)),
                problem("invites.admin-role", "boss@example.com", f -> f.invite("boss@example.com", ORG_ADMIN, null, 1)),
                problem("invites.admin-role", "wsboss@example.com",
                        f -> f.invite("wsboss@example.com", ORG_USER, WS_ADMIN, 1)),
                problem("keys.org-admin", "root (", f -> f.serviceKeys.add(
                        key("root", AccessScope.ORGANIZATION, ORG_ADMIN, 10, 1, 30))),
                problem("keys.never-expire", "forever (", f -> f.serviceKeys.add(
                        key("forever", AccessScope.WORKSPACE, null, 10, 1, null, "Engineering"))),
                problem("keys.never-expire", "my pat (", f -> f.pats.add(
                        key("my pat", AccessScope.ORGANIZATION, null, 10, 1, null))),
                problem("keys.expired", "old (", f -> f.serviceKeys.add(
                        key("old", AccessScope.WORKSPACE, null, 100, 10, -5, "Engineering"))),
                problem("keys.never-used", "idle (", f -> f.serviceKeys.add(
                        key("idle", AccessScope.WORKSPACE, null, 30, null, 60, "Engineering"))),
                problem("keys.unused", "dusty (", f -> f.serviceKeys.add(
                        key("dusty", AccessScope.WORKSPACE, null, 200, 120, 30, "Engineering"))),
                problem("keys.pat-of-disabled-member", "left laptop (", f -> {
                    OrgMemberIdentity gone = f.member("left@example.com", ORG_USER, true);
                    f.pats.add(OrgFixtures.withCreator(key("left laptop", AccessScope.ORGANIZATION, null, 10, 2, 30),
                            gone.lsUserId().toString()));
                }),
                problem("keys.too-many-in-workspace", "Engineering", f -> {
                    for (int i = 0; i < 10; i++) {
                        f.serviceKeys.add(key("svc" + i, AccessScope.WORKSPACE, null, 5, 1, 60, "Engineering"));
                    }
                }),
                problem("settings.public-sharing", "Acme", f -> f.set("public_sharing_disabled", false)),
                problem("settings.pat-creation", "Acme", f -> f.set("pat_creation_disabled", false)),
                problem("settings.no-max-key-expiry", "Acme", f -> f.set("max_api_key_expiry_days", null)),
                problem("settings.workspace-admins-invite", "Acme", f -> f.set("workspace_admin_can_invite_to_org", true)),
                problem("settings.sso-not-enforced", "Acme", f -> f.set("sso_only", false)),
                problem("plan.members-near-limit", "Acme", f -> f.set("config.max_identities", 6)),
                problem("plan.workspaces-near-limit", "Acme", f -> f.set("config.max_workspaces", 2)));
    }

    static Arguments problem(String rule, String objectName, Consumer<OrgFixtures> change) {
        return Arguments.of(rule, objectName, change);
    }

    /** The rule needs each token's owner; tokens whose owner is unknown are named in a note, not judged. */
    @Test
    void tokensWithoutAKnownOwnerAreNotedNotJudged() {
        assertEquals(List.of(), audit(OrgFixtures.clean()).notes());
        OrgFixtures f = OrgFixtures.clean();
        f.pats.add(key("orphan", AccessScope.ORGANIZATION, null, 10, 1, 30));
        f.pats.add(OrgFixtures.withCreator(key("gone", AccessScope.ORGANIZATION, null, 10, 1, 30),
                "left-long-ago@example.com"));
        AuditReport report = audit(f);
        assertEquals(1, report.notes().size(), report.notes().toString());
        Note note = report.notes().get(0);
        assertEquals("keys.pat-of-disabled-member", note.about());
        assertTrue(note.text().startsWith("Could not be evaluated for 2 personal access tokens whose owner is"
                + " unknown"), note.text());
        assertTrue(note.text().contains("gone (lsv2_sk_...") && note.text().contains("orphan (lsv2_sk_..."),
                note.text());
        assertTrue(report.findings().stream().noneMatch(x -> x.ruleId().equals("keys.pat-of-disabled-member")));
    }

    /**
     * Two live workspaces share a name: keys are placed by id where each workspace's own key list was loaded, and
     * where only their workspace names are known they are counted nowhere and named in a note, never guessed.
     */
    @Test
    void keysArePlacedInWorkspacesByIdAndNeverByASharedName() {
        OrgFixtures f = OrgFixtures.clean();
        TenantForUser eng = f.workspaces.get(0);
        TenantForUser twin = new TenantForUser(OrgFixtures.uuid("twin"), OrgFixtures.ORG, eng.createdAt(),
                "Engineering", false, false, "engineering-2", null, false, WS_ADMIN.id(), WS_ADMIN.name(), List.of());
        f.workspaces.add(twin);
        f.wsMembers.put(twin.id(), new ArrayList<>());
        for (int i = 0; i < 11; i++) {
            f.serviceKeys.add(key("svc" + i, AccessScope.WORKSPACE, null, 5, 1, 60, "Engineering"));
        }
        OrgData d = f.build();
        Map<UUID, List<APIKeyGetResponse>> byId = new LinkedHashMap<>(d.workspaceKeys());
        byId.put(twin.id(), List.of());
        byId.put(eng.id(), f.serviceKeys.stream().filter(k -> k.workspaceNames().contains("Engineering")).toList());
        OrgData listed = withWorkspaceKeys(d, byId);
        AuditReport full = audit(listed);
        assertEquals(List.of(eng.id().toString()), tooMany(full));
        assertEquals(List.of(), full.notes());
        assertEquals(List.of(eng.id().toString()), SnapshotBuilder.of(listed).serviceKeys().stream()
                .filter(k -> k.description().equals("svc0")).findFirst().orElseThrow().workspaceIds());

        OrgData namesOnly = withWorkspaceKeys(d, null);
        AuditReport console = audit(namesOnly);
        assertEquals(List.of(), tooMany(console), "neither twin gets the keys by a guess");
        assertEquals("keys.too-many-in-workspace", console.notes().get(0).about());
        assertTrue(console.notes().get(0).text().startsWith("Could not count 12 service key workspaces"),
                console.notes().get(0).text());
        assertTrue(console.notes().get(0).text().contains("names workspace 'Engineering', which several live"),
                console.notes().get(0).text());
        assertEquals(List.of("name:Engineering"), SnapshotBuilder.of(namesOnly).serviceKeys().stream()
                .filter(k -> k.description().equals("svc0")).findFirst().orElseThrow().workspaceIds());
    }

    private static AuditReport audit(OrgData d) {
        return new Auditor(RuleCatalog.all(), Thresholds.defaults(), Clock.fixed(NOW, ZoneOffset.UTC), "test").audit(d);
    }

    private static List<String> tooMany(AuditReport r) {
        return r.findings().stream().filter(x -> x.ruleId().equals("keys.too-many-in-workspace"))
                .map(x -> x.object().id()).toList();
    }

    private static OrgData withWorkspaceKeys(OrgData d, Map<UUID, List<APIKeyGetResponse>> keys) {
        return new OrgData(d.info(), d.workspaces(), d.roles(), d.members(), d.workspaceMembers(), d.serviceKeys(),
                keys, d.personalAccessTokens(), d.loadedAt(), d.patCoverage());
    }

    /** An audit that could list only the key's own tokens says so, before any finding. */
    @Test
    void anAuditThatSawOnlyTheKeysOwnTokensSaysSo() {
        OrgData d = OrgFixtures.clean().build();
        OrgData own = new OrgData(d.info(), d.workspaces(), d.roles(), d.members(), d.workspaceMembers(),
                d.serviceKeys(), d.workspaceKeys(), d.personalAccessTokens(), d.loadedAt(),
                PatCoverage.callerOnly("the server has no org-wide PAT list"));
        AuditReport report = new Auditor(RuleCatalog.all(), Thresholds.defaults(), Clock.fixed(NOW, ZoneOffset.UTC),
                "test").audit(own);
        assertEquals(new Note("personal_access_tokens", "Other members' personal access tokens are not visible (the"
                + " server has no org-wide PAT list); only the API key's own tokens are listed. Findings about"
                + " personal access tokens cover only those."), report.notes().get(0));
    }

    @Test
    void cleanOrgHasOnlyTheAdminSummary() {
        AuditReport report = audit(OrgFixtures.clean());
        assertEquals(List.of("admins.summary"), report.findings().stream().map(Finding::ruleId).toList());
        assertEquals("2 org admins: ada@example.com, bob@example.com", report.findings().get(0).evidence());
        assertFalse(report.hasFindingAtLeast(Severity.LOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void eachProblemAddsExactlyItsFinding(String rule, String objectName, Consumer<OrgFixtures> change) {
        Set<String> before = keys(audit(OrgFixtures.clean()));
        OrgFixtures f = OrgFixtures.clean();
        change.accept(f);
        List<Finding> added = audit(f).findings().stream()
                .filter(x -> !before.contains(x.ruleId() + "|" + x.object().id())).toList();
        assertEquals(1, added.size(), () -> "expected one new finding, got " + added);
        Finding finding = added.get(0);
        assertEquals(rule, finding.ruleId());
        assertTrue(finding.object().name().startsWith(objectName), finding.object().name());
        assertFalse(finding.evidence().isBlank());
        assertTrue(finding.fix().endsWith("."), "fix is one sentence: " + finding.fix());
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyRuleFiresOnAnOrgWithEveryProblem() {
        OrgFixtures f = OrgFixtures.clean();
        problems().forEach(a -> ((Consumer<OrgFixtures>) a.get()[2]).accept(f));
        Set<String> fired = audit(f).findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        // The activity rules read the org's audit log, which these fixtures do not have: see ActivityRulesTest.
        Set<String> all = RuleCatalog.all().stream().map(AuditRule::id).filter(id -> !id.startsWith("activity."))
                .collect(Collectors.toSet());
        assertEquals(all, fired);
    }

    @Test
    void thresholdsChangeWhatIsReported() {
        OrgFixtures f = OrgFixtures.clean();
        f.invite("slow@example.com", ORG_USER, null, 30);
        f.member("e@example.com", ORG_ADMIN, false);
        f.member("f@example.com", ORG_ADMIN, false);
        Thresholds loose = new Thresholds(4, 31, 90, 7, 10, 80);
        Set<String> rules = audit(f, loose).findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertEquals(Set.of("admins.summary"), rules);
    }

    @Test
    void disabledAdminAndOrgAdminKeyAreHighAndFailOnHigh() {
        OrgFixtures f = OrgFixtures.clean();
        f.member("old@example.com", ORG_ADMIN, true);
        AuditReport report = audit(f);
        assertTrue(report.hasFindingAtLeast(Severity.HIGH));
        assertEquals(Severity.HIGH, report.findings().get(0).severity());
        assertEquals(1, report.summary().get("high"));
    }

    @Test
    void workspaceMemberFindingsNameTheirWorkspaceForJumping() {
        OrgFixtures f = OrgFixtures.clean();
        TenantForUser eng = f.workspaces.get(0);
        f.wsMembers.get(eng.id()).add(OrgFixtures.workspaceMember(eng, "ex@example.com",
                OrgFixtures.uuid("ex"), OrgFixtures.uuid("ls-ex"), WS_ADMIN, false));
        Finding finding = audit(f).findings().stream()
                .filter(x -> x.ruleId().equals("members.workspace-admin-not-in-org")).findFirst().orElseThrow();
        assertEquals(ObjectKind.WORKSPACE_MEMBER, finding.object().kind());
        assertEquals(eng.id().toString(), finding.object().workspaceId());
    }

    /** A disabled org member still listed as a workspace Admin is not an active org member; an active one is. */
    @Test
    void aDisabledMemberWhoIsStillWorkspaceAdminIsReportedAnActiveOneIsNot() {
        OrgFixtures f = OrgFixtures.clean();
        TenantForUser eng = f.workspaces.get(0);
        OrgMemberIdentity gone = f.member("gone@example.com", ORG_USER, true);
        f.join(eng, gone, WS_ADMIN);
        f.join(eng, f.member("here@example.com", ORG_USER, false), WS_ADMIN);
        List<Finding> found = audit(f).findings().stream()
                .filter(x -> x.ruleId().equals("members.workspace-admin-not-in-org")).toList();
        assertEquals(List.of("gone@example.com"), found.stream().map(x -> x.object().name()).toList());
        assertEquals("Admin of workspace Engineering but not an active org member", found.get(0).evidence());
        assertEquals(eng.id().toString(), found.get(0).object().workspaceId());
    }

    @Test
    void membersAreMatchedAcrossListsByEmailCaseInsensitively() {
        OrgFixtures f = OrgFixtures.clean();
        OrgMemberIdentity m = f.member("Mixed@Example.com", ORG_USER, false);
        TenantForUser eng = f.workspaces.get(0);
        f.wsMembers.get(eng.id()).add(OrgFixtures.workspaceMember(eng, "mixed@example.com", null, null, WS_USER, false));
        assertTrue(audit(f).findings().stream().noneMatch(x -> x.object().id().equals(m.id().toString())));
    }

    @Test
    void anOrgWithNothingLoadedDoesNotBreakAnyRuleOrTheSnapshot() {
        OrgData empty = new OrgData(null, null, null, null, null, null, null, null, null);
        AuditReport report = new Auditor(RuleCatalog.all(), Thresholds.defaults(), Clock.fixed(NOW, ZoneOffset.UTC),
                "test").audit(empty);
        assertEquals(List.of("admins.summary"), report.findings().stream().map(Finding::ruleId).toList());
        assertEquals("0 org admins", report.findings().get(0).evidence());
        assertEquals(List.of(), SnapshotDiff.between(SnapshotBuilder.of(empty), SnapshotBuilder.of(empty)));
    }

    @Test
    void thresholdsRejectNonsense() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Thresholds(-1, 14, 90, 7, 10, 80));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Thresholds(3, 14, 90, 7, 10, 101));
    }

    private static Set<String> keys(AuditReport report) {
        return report.findings().stream().map(x -> x.ruleId() + "|" + x.object().id()).collect(Collectors.toSet());
    }
}
