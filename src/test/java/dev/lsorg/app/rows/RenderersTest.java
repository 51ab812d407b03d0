package dev.lsorg.app.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.RequestEntry;
import dev.lsorg.model.OrgData;
import dev.lsorg.ui.Fixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table tests of the pure row renderers on fixed fixtures: whole rows, not counts. */
class RenderersTest {
    private final OrgData data = Fixtures.org(Fixtures.info(), Fixtures.workspaces(), Fixtures.roles(),
            Fixtures.members(), Map.of(Fixtures.WS_PROD, Fixtures.workspaceMembers(Fixtures.WS_PROD),
            Fixtures.WS_DEV, Fixtures.workspaceMembers(Fixtures.WS_DEV)), Fixtures.keys());

    private static List<String> cells(Row r) {
        return Arrays.asList(r.cells());
    }

    @Test
    void workspacesWithCountsAndDeletedToggle() {
        List<Row> live = WorkspaceRows.rows(data, false, Fixtures.NOW);
        assertEquals(List.of("Production", "prod", "1", "1", "10mo", ""), cells(live.get(0)));
        assertEquals(List.of("Development", "dev", "2", "1", "6mo", ""), cells(live.get(1)));
        assertEquals(2, live.size());
        Row deleted = WorkspaceRows.rows(data, true, Fixtures.NOW).get(2);
        assertEquals(List.of("Old experiments", "-", "?", "0", "13mo", "deleted"), cells(deleted));
        assertTrue(deleted.has(Row.DIM));
    }

    @Test
    void membersAndInvitesTogetherWithStatus() {
        List<Row> rows = MemberRows.rows(data, Fixtures.NOW);
        assertEquals(List.of("active", "alice@acme.test", "Alice Admin", "Org Admin", "2", "30d", "-"), cells(rows.get(0)));
        assertEquals(List.of("disabled", "carol@acme.test", "Carol^[[2JEvil", "Org User", "0", "32d", "-"),
                cells(rows.get(2)));
        assertEquals(List.of("pending", "dave@acme.test", "", "Org User", "1", "3d", "invite"), cells(rows.get(3)));
        assertTrue(rows.get(3).has(Row.MARKED));
        assertEquals("alice@acme.test", rows.get(0).copy());
    }

    @Test
    void aMemberInACustomRoleShowsAndSortsByItsNameAndAnUnknownRoleByItsOwn() {
        var alice = data.members().members().get(0);
        var custom = new dev.lsorg.model.Role(alice.roleId(), "CUSTOM", "Auditors", null, null, List.of(), null, false);
        Row row = MemberRows.rows(data.withRoles(List.of(custom)), Fixtures.NOW).get(0);
        assertEquals("Auditors", row.cells()[3]);
        assertEquals("auditors", row.sortKeys()[3]);
        Row unknown = MemberRows.rows(data.withRoles(List.of()), Fixtures.NOW).get(0);
        assertEquals("Org Admin", unknown.cells()[3]);
        assertEquals("org admin", unknown.sortKeys()[3]);
    }

    @Test
    void memberDetailListsRolesInEveryWorkspace() {
        Row alice = MemberRows.rows(data, Fixtures.NOW).get(0);
        List<String[]> lines = MemberRows.detail(alice.source(), data, Fixtures.NOW);
        assertTrue(lines.stream().anyMatch(l -> l[0].equals("  Production") && l[1].equals("Admin")), "prod role");
        assertTrue(lines.stream().anyMatch(l -> l[0].equals("  Development") && l[1].equals("Admin")), "dev role");
    }

    @Test
    void keysFlaggedExpiredNeverUsedAndStale() {
        List<Row> rows = ApiKeyRows.rows(data, Fixtures.NOW);
        assertEquals(List.of("ci deploy", "lsv2_sk_...a1b2", "service", "Production", "Admin", "10mo", "2d", "never",
                ""), cells(rows.get(0)));
        assertEquals("stale", rows.get(1).cells()[8]);
        assertEquals("org-wide", rows.get(1).cells()[3]);
        assertEquals("Org Admin", rows.get(1).cells()[4]);
        assertEquals("never used", rows.get(2).cells()[8]);
        assertEquals("expired", rows.get(3).cells()[8]);
        assertTrue(rows.get(3).has(Row.WARN));
        assertEquals("PAT", rows.get(4).cells()[2]);
        assertEquals(String.valueOf(Fixtures.uuid(60)), rows.get(0).copy(), "copies the id, never a key");
    }

    @Test
    void rolesWithPermissionsInDetail() {
        List<Row> rows = RoleRows.rows(data.roles());
        assertEquals(List.of("Organization Admin", "org", "system", "2", "Organization Admin role"),
                cells(rows.get(0)));
        assertEquals(List.of("Viewer", "workspace", "system", "1", "Viewer role"), cells(rows.get(3)));
        List<String[]> d = RoleRows.detail(data.roles().get(0));
        assertEquals("organization:manage", d.get(d.size() - 2)[1]);
    }

    @Test
    void securitySettingsAndLimits() {
        List<Row> rows = SecurityRows.rows(data);
        assertEquals(List.of("Public sharing", "allowed", "anyone with a link can view shared runs"), cells(rows.get(0)));
        assertTrue(rows.get(0).has(Row.WARN));
        Row members = rows.stream().filter(r -> r.id().equals("members-limit")).findFirst().orElseThrow();
        assertEquals(List.of("Member seats / max", "3 / 10", ""), cells(members), "disabled Carol holds no seat");
        Row ws = rows.stream().filter(r -> r.id().equals("workspaces-limit")).findFirst().orElseThrow();
        assertEquals(List.of("Workspaces / max", "2 / 5", ""), cells(ws));
    }

    @Test
    void requestsNewestFirstAndFailuresMarked() {
        List<Row> rows = RequestRows.rows(List.of(
                new RequestEntry(Fixtures.NOW, "GET", "/api/v1/workspaces", 200, 12),
                new RequestEntry(Fixtures.NOW.plusSeconds(1), "GET", "/api/v1/orgs/current/info", 503, 40)));
        assertEquals("/api/v1/orgs/current/info", rows.get(0).cells()[2]);
        assertTrue(rows.get(0).has(Row.WARN));
        assertEquals("200", rows.get(1).cells()[4]);
        assertEquals("-", rows.get(1).cells()[3], "scoped to the org, not a workspace");
    }

    @Test
    void filterIsCaseInsensitiveAndInvertible() {
        List<Row> rows = MemberRows.rows(data, Fixtures.NOW);
        assertEquals(List.of("bob@acme.test"), RowView.of(rows, "BOB", -1, false).rows().stream()
                .map(Row::copy).toList());
        assertEquals(3, RowView.of(rows, "!bob", -1, false).size());
        RowView byEmailDesc = RowView.of(rows, "", 1, true);
        assertEquals("dave@acme.test", byEmailDesc.at(0).copy());
        assertEquals(3, byEmailDesc.indexOf(rows.get(0).id()));
    }
}
