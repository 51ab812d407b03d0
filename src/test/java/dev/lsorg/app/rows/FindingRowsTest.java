package dev.lsorg.app.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.audit.Finding;
import dev.lsorg.audit.ObjectKind;
import dev.lsorg.audit.ObjectRef;
import dev.lsorg.audit.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Table tests of the audit finding renderer on fixed findings: whole rows, order, colours and the detail. */
class FindingRowsTest {
    static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID KEY = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    static final UUID WS = UUID.fromString("00000000-0000-0000-0000-0000000000c3");

    static final Finding INFO = new Finding(Severity.INFO, "admins.summary",
            ObjectRef.of(ObjectKind.ORGANIZATION, UUID.randomUUID(), "Acme"), "2 org admins: a@x.test, b@x.test",
            "Review that each org admin still needs the role.");
    static final Finding LOW = new Finding(Severity.LOW, "keys.never-used",
            ObjectRef.of(ObjectKind.SERVICE_KEY, KEY, "ci (lsv2_sk_…1234)"), "never used, created 2026-01-02",
            "Delete the key if nobody needs it.");
    static final Finding HIGH = new Finding(Severity.HIGH, "admins.disabled",
            ObjectRef.of(ObjectKind.MEMBER, MEMBER, "old@acme.test"), "disabled account still holds Organization Admin",
            "Remove old@acme.test from the org or downgrade the role to Organization User, which keeps their history.");
    static final Finding MEDIUM = new Finding(Severity.MEDIUM, "members.workspace-admin-not-in-org",
            ObjectRef.inWorkspace(ObjectKind.WORKSPACE_MEMBER, MEMBER, "gone@acme.test", WS),
            "Admin of workspace Prod but not an active org member", "Remove gone@acme.test from workspace Prod.");

    private static List<String> cells(Row r) {
        return Arrays.asList(r.cells());
    }

    @Test
    void rowsAreInReportOrderWithSeverityRuleObjectEvidenceAndFix() {
        List<Row> rows = FindingRows.rows(List.of(INFO, LOW, HIGH, MEDIUM));
        assertEquals(List.of("high", "admins.disabled", "old@acme.test",
                "disabled account still holds Organization Admin", HIGH.fix()), cells(rows.get(0)));
        assertEquals(List.of("medium", "members.workspace-admin-not-in-org", "gone@acme.test",
                "Admin of workspace Prod but not an active org member", MEDIUM.fix()), cells(rows.get(1)));
        assertEquals(List.of("low", "keys.never-used", "ci (lsv2_sk_…1234)", "never used, created 2026-01-02",
                LOW.fix()),
                cells(rows.get(2)));
        assertEquals(List.of("info", "admins.summary", "Acme", "2 org admins: a@x.test, b@x.test", INFO.fix()),
                cells(rows.get(3)));
    }

    @Test
    void severityPicksTheRowColourFlag() {
        List<Row> rows = FindingRows.rows(List.of(INFO, LOW, HIGH, MEDIUM));
        assertTrue(rows.get(0).has(Row.ALERT));
        assertTrue(rows.get(1).has(Row.WARN) && !rows.get(1).has(Row.ALERT));
        assertEquals(0, rows.get(2).flags());
        assertTrue(rows.get(3).has(Row.DIM));
    }

    @Test
    void severityColumnSortsHighFirstAndIdsNameTheObject() {
        List<Row> rows = FindingRows.rows(List.of(INFO, LOW, HIGH, MEDIUM));
        RowView byRule = RowView.of(rows, "", 1, false);
        assertEquals("admins.disabled", byRule.at(0).cells()[1]);
        RowView bySeverity = RowView.of(byRule.rows(), "", 0, true);
        assertEquals(List.of("info", "low", "medium", "high"),
                bySeverity.rows().stream().map(r -> r.cells()[0]).toList());
        assertEquals("admins.disabled/member/" + MEMBER, rows.get(0).id());
        assertEquals("members.workspace-admin-not-in-org/workspace_member/" + MEMBER + "@" + WS, rows.get(1).id());
        assertEquals("old@acme.test", rows.get(0).copy());
        assertEquals(KEY.toString(), rows.get(2).copy());
    }

    @Test
    void filterMatchesRuleObjectAndEvidence() {
        List<Row> rows = FindingRows.rows(List.of(INFO, LOW, HIGH, MEDIUM));
        assertEquals(List.of("keys.never-used"), RowView.of(rows, "NEVER USED", -1, false).rows().stream()
                .map(r -> r.cells()[1]).toList());
        assertEquals(3, RowView.of(rows, "!lsv2", -1, false).size());
    }

    @Test
    void detailShowsEvidenceAndFixInFullWrapped() {
        List<String[]> lines = FindingRows.detail(HIGH, "Members, on this object");
        List<String> text = lines.stream().map(l -> l[0] + "|" + l[1]).toList();
        assertEquals(List.of("Severity|high", "Rule|admins.disabled", "Object|member old@acme.test",
                "Id|" + MEMBER, "Evidence|disabled account still holds Organization Admin",
                "Fix|Remove old@acme.test from the org or downgrade the role to",
                "|Organization User, which keeps their history.", "Go to|Members, on this object"), text);
        assertTrue(FindingRows.detail(MEDIUM, "x").stream().anyMatch(l -> l[0].equals("Workspace id")
                && l[1].equals(WS.toString())));
        assertFalse(FindingRows.detail(HIGH, "x").stream().anyMatch(l -> l[0].equals("Workspace id")));
    }

    @Test
    void wrapKeepsWordsWholeAndLinesWithinWidth() {
        assertEquals(List.of("aaa bbb", "ccc"), FindingRows.wrap("aaa bbb ccc", 7));
        assertEquals(List.of("short", "averyveryverylongword", "end"),
                FindingRows.wrap("short averyveryverylongword end", 8));
        assertEquals(List.of(""), FindingRows.wrap("", 10));
    }
}
