package dev.lsorg.app.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Json;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.ui.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Table tests for ages that must never point the wrong way, role labels that tell org from workspace, and limits. */
class PolishRenderersTest {
    private static final Instant NOW = Fixtures.NOW;
    private static final UUID ROLE_CUSTOM = Fixtures.uuid(24);

    private static OrgData data(OrgData keys) {
        List<Role> roles = new ArrayList<>(Fixtures.roles());
        roles.add(new Role(ROLE_CUSTOM, "CUSTOM", "Annotator", "fills queues", Fixtures.ORG, List.of(),
                AccessScope.WORKSPACE, false));
        return Fixtures.org(Fixtures.info(), Fixtures.workspaces(), roles, Fixtures.members(), Map.of(), keys);
    }

    private static APIKeyGetResponse key(int n, Instant created, Instant used, Instant expires, UUID role,
                                         AccessScope scope) {
        boolean org = scope == AccessScope.ORGANIZATION;
        return new APIKeyGetResponse(created, Fixtures.uuid(n), "lsv2_sk_..." + n, "key " + n, false, used, expires,
                org ? List.of() : List.of("Production"), null, org ? null : role, org ? role : null, scope);
    }

    @Test
    void pastEventAgesNeverReadAsFuture() {
        assertEquals("<1m", Ages.age(NOW.plusSeconds(42), NOW), "server clock ahead: last used 'in 42s' is nonsense");
        assertEquals("<1m", Ages.age(NOW.plusSeconds(86400 * 3), NOW));
        assertEquals("<1m", Ages.age(NOW, NOW));
        assertEquals("-", Ages.age(null, NOW));
        assertEquals("<1m ago", Ages.ago(NOW.plusSeconds(5), NOW));
    }

    /** Record ages are counted to the minute, one way in lists and details: never a "0s" that stands still. */
    @Test
    void recordAgesAreCountedToTheMinute() {
        assertEquals("<1m", Ages.age(NOW.minusSeconds(12), NOW));
        assertEquals("<1m", Ages.age(NOW.minusSeconds(59), NOW));
        assertEquals("1m", Ages.age(NOW.minusSeconds(60), NOW));
        assertEquals("19d", Ages.age(NOW.minusSeconds(86400 * 20 - 1), NOW));
        assertEquals("19d ago", Ages.ago(NOW.minusSeconds(86400 * 20 - 1), NOW), "the detail says the same");
        assertEquals("in <1m", Ages.until(NOW.plusSeconds(20), NOW));
        assertEquals("12s", Ages.seconds(NOW.minusSeconds(12), NOW), "the console's own events keep seconds");
    }

    @Test
    void deadlinesSayWhichSideOfNowTheyAre() {
        assertEquals("9d ago", Ages.until(NOW.minusSeconds(9 * 86400), NOW));
        assertEquals("in 20d", Ages.until(NOW.plusSeconds(20 * 86400), NOW));
        assertEquals("never", Ages.until(null, NOW));
        for (long days : new long[] {1, 59, 300, 729, 3000}) {
            assertTrue(Ages.until(NOW.minusSeconds(days * 86400), NOW).length() <= 8, "fits EXPIRES at " + days);
            assertTrue(Ages.until(NOW.plusSeconds(days * 86400), NOW).length() <= 8, "fits EXPIRES at " + days);
        }
    }

    @Test
    void keyColumnsWithSkewedClocksAndExpiredKeys() {
        OrgData keys = Fixtures.keys(List.of(
                key(70, NOW.plusSeconds(30), NOW.plusSeconds(42), null, Fixtures.ROLE_ORG_ADMIN, AccessScope.ORGANIZATION),
                key(71, NOW.minusSeconds(86400 * 60), NOW.minusSeconds(86400 * 39), NOW.minusSeconds(86400 * 9),
                        Fixtures.ROLE_WS_ADMIN, AccessScope.WORKSPACE),
                key(72, NOW.minusSeconds(86400 * 60), null, NOW.plusSeconds(86400 * 20), Fixtures.ROLE_ORG_USER,
                        AccessScope.ORGANIZATION)), List.of());
        List<Row> rows = ApiKeyRows.rows(data(keys), NOW);
        assertEquals(List.of("key 70", "lsv2_sk_...70", "service", "org-wide", "Org Admin", "<1m", "<1m", "never", ""),
                Arrays.asList(rows.get(0).cells()));
        assertEquals(List.of("key 71", "lsv2_sk_...71", "service", "Production", "Admin", "2mo", "39d", "9d ago",
                "expired"), Arrays.asList(rows.get(1).cells()));
        assertEquals(List.of("key 72", "lsv2_sk_...72", "service", "org-wide", "Org User", "2mo", "never", "in 20d",
                "never used"), Arrays.asList(rows.get(2).cells()));
    }

    @Test
    void roleLabelsTellOrgFromWorkspaceAndFitTheirColumns() {
        assertEquals("Org Admin", RoleLabels.of("ORGANIZATION_ADMIN"));
        assertEquals("Org User", RoleLabels.of("ORGANIZATION_USER"));
        assertEquals("Org Viewer", RoleLabels.of("ORGANIZATION_VIEWER"));
        assertEquals("Admin", RoleLabels.of("WORKSPACE_ADMIN"));
        assertEquals("Editor", RoleLabels.of("WORKSPACE_USER"));
        assertEquals("Viewer", RoleLabels.of("WORKSPACE_VIEWER"));
        assertEquals("-", RoleLabels.of((String) null));
        int keyRole = ApiKeyRows.COLUMNS.get(4).min();
        int orgRole = MemberRows.COLUMNS.get(3).min();
        for (String n : List.of("ORGANIZATION_ADMIN", "ORGANIZATION_USER", "ORGANIZATION_VIEWER", "WORKSPACE_ADMIN",
                "WORKSPACE_USER", "WORKSPACE_VIEWER")) {
            assertTrue(RoleLabels.of(n).length() <= Math.min(keyRole, orgRole), n + " fits without a cut");
        }
        Role org = Fixtures.roles().get(0);
        assertFalse(RoleLabels.of(org).equals(RoleLabels.of(Fixtures.roles().get(2))), "Org Admin vs Admin");
    }

    @Test
    void customRolesShowTheirDisplayName() {
        MemberIdentity m = new MemberIdentity(Fixtures.uuid(80), Fixtures.ORG, Fixtures.WS_PROD, NOW, null,
                Fixtures.uuid(81), false, ROLE_CUSTOM, "CUSTOM", AccessScope.WORKSPACE, "felix@acme.test", "Felix",
                null, List.of(), "Felix", false, Fixtures.ROLE_ORG_USER, "ORGANIZATION_USER");
        TenantMembers tm = new TenantMembers(Fixtures.WS_PROD, List.of(m), List.of());
        Row row = WorkspaceMemberRows.rows(tm, data(null), NOW).get(0);
        assertEquals(List.of("felix@acme.test", "Felix", "Annotator", "Org User", "member", "<1m"),
                Arrays.asList(row.cells()));
        assertEquals("Custom", WorkspaceMemberRows.rows(tm, OrgData.empty(), NOW).get(0).cells()[2],
                "before roles load: not the API's shouting CUSTOM");
    }

    @Test
    void nearTheLimitUsesTheAuditThresholdAndSeatCount() throws Exception {
        ObjectNode json = Json.mapper().valueToTree(Fixtures.info());
        ((ObjectNode) json.get("config")).put("max_workspaces", 5).put("max_identities", 4);
        OrganizationInfo info = Json.mapper().treeToValue(json, OrganizationInfo.class);
        List<TenantForUser> ws = new ArrayList<>(Fixtures.workspaces());
        ws.add(new TenantForUser(Fixtures.uuid(13), Fixtures.ORG, NOW, "Extra 1", false, false, null, null, false,
                null, null, List.of()));
        ws.add(new TenantForUser(Fixtures.uuid(14), Fixtures.ORG, NOW, "Extra 2", false, false, null, null, false,
                null, null, List.of()));
        OrgData d = Fixtures.org(info, ws, Fixtures.roles(), Fixtures.members(), Map.of(), null);
        List<Row> rows = SecurityRows.rows(d);
        Row wsRow = rows.stream().filter(r -> r.id().equals("workspaces-limit")).findFirst().orElseThrow();
        assertEquals(List.of("Workspaces / max", "4 / 5", "near the limit (80%)"), Arrays.asList(wsRow.cells()),
                "80% is near for lsorg audit, so it is near here too");
        assertTrue(wsRow.has(Row.WARN));
        Row seats = rows.stream().filter(r -> r.id().equals("members-limit")).findFirst().orElseThrow();
        assertEquals(List.of("Member seats / max", "3 / 4", ""), Arrays.asList(seats.cells()),
                "2 active + 1 invite (the disabled member holds no seat): 75%, as the audit counts");
    }

    @Test
    void keyCountsAreUnknownUntilTheKeysArrive() {
        Row prod = WorkspaceRows.rows(data(null), false, NOW).get(0);
        assertEquals("?", prod.cells()[3], "0 would claim Production has no keys");
        assertEquals("1", WorkspaceRows.rows(data(Fixtures.keys()), false, NOW).get(0).cells()[3]);
    }

    /** Keys name their workspaces only by name in the console: a name two live workspaces share is not guessed. */
    @Test
    void keyCountsAreUnknownForANameTwoWorkspacesShare() {
        List<TenantForUser> ws = new ArrayList<>(Fixtures.workspaces());
        ws.add(new TenantForUser(Fixtures.uuid(15), Fixtures.ORG, NOW, "Production", false, false, null, null, false,
                null, null, List.of()));
        OrgData d = Fixtures.org(Fixtures.info(), ws, Fixtures.roles(), Fixtures.members(), Map.of(),
                Fixtures.keys());
        List<Row> rows = WorkspaceRows.rows(d, false, NOW);
        assertEquals(List.of("?", "?"), rows.stream().filter(r -> r.cells()[0].equals("Production"))
                .map(r -> r.cells()[3]).toList());
        assertEquals("1", rows.stream().filter(r -> r.cells()[0].equals("Development")).findFirst().orElseThrow()
                .cells()[3], "a name only one workspace has is counted");
    }

    /** Issue 14, item 11: a member's details name each id for what it is. */
    @Test
    void aMembersDetailNamesTheUserIdAndTheLangSmithUserId() {
        var m = Fixtures.members().members().get(0);
        List<String[]> lines = MemberRows.detail(m, data(Fixtures.keys()), NOW);
        assertTrue(lines.stream().anyMatch(l -> l[0].equals("User id") && l[1].equals(String.valueOf(m.userId()))));
        assertTrue(lines.stream().anyMatch(l -> l[0].equals("LangSmith user id")
                && l[1].equals(String.valueOf(m.lsUserId()))));
    }
}
