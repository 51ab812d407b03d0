package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.audit.Auditor;
import dev.lsorg.audit.Finding;
import dev.lsorg.audit.RuleCatalog;
import dev.lsorg.audit.Thresholds;
import dev.lsorg.model.OrgData;
import dev.lsorg.app.AuditRun;
import dev.lsorg.app.rows.FindingRows;
import dev.lsorg.ui.theme.Slot;
import dev.lsorg.ui.theme.Theme;
import dev.lsorg.ui.theme.ThemeException;
import dev.lsorg.ui.theme.ThemeLoader;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Whole-screen tests of the Audit pane against the emulator's demo org: findings, filter, detail and the jump. */
class AuditPaneScreenTest extends DemoScreenTest {

    private Theme theme() {
        try {
            return new ThemeLoader(dir).load("dark");
        } catch (ThemeException e) {
            throw new IllegalStateException(e);
        }
    }

    private TextColor bg(Slot slot) {
        return theme().style(slot).bg();
    }

    /** The screen row drawn in the selected-row colours, or -1. */
    private int selectedLine(ScreenHarness h) {
        for (int r = 4; r < h.lines().size() - 2; r++) {
            if (bg(Slot.ROW_SELECTED).equals(h.cell(0, r).getBackgroundColor())) {
                return r;
            }
        }
        return -1;
    }

    private static Finding selectedFinding(ScreenHarness h, String ruleId) {
        AppState s = h.app.store().state();
        return AuditRun.now(s).stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void showsTheDemoFindingsMostSevereFirstAt80x24() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("8");
            h.waitFor(" Audit 8 high");
            assertEquals("1 Workspaces 2 Members 3 WS mem 4 Keys 5 Roles 6 Sec 7 Reqs 8 Audit 9 Activity", h.line(1));
            assertEquals(" Audit 8 high, 28 medium, 27 low, 2 info (65)", h.title());
            assertLine(h, 3, "SEVERITY RULE +OBJECT +EVIDENCE");
            assertLine(h, 4, "high +admins.disabled +amara.ortiz@acme-rob\\S* +disabled account still.*");
            assertLine(h, 5, "high +keys.org-admin +lsorg admin console \\S+ +org-wide key lsv2_sk_.*");
            assertLine(h, 12, "medium +admins.too-many +Acme Robotics +4 org admins, more than.*");
            assertEquals(bg(Slot.ROW_SELECTED), h.cell(0, 4).getBackgroundColor());
            assertEquals(bg(Slot.DANGER), h.cell(0, 5).getBackgroundColor(), "high findings in danger colours");
            assertEquals(theme().style(Slot.ROW_WARN).fg(), h.cell(0, 12).getForegroundColor(), "medium: row.warn");
            assertEquals("↓ move  Enter go  / filter  s sort  r refresh  w ws  ? help  : cmd  q quit", h.line(23));
        }
    }

    @Test
    void findingsAreThoseOfLsorgAuditOnTheWholeOrg() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            AppState s = h.app.store().state();
            OrgData all = org.client.loadOrg((done, total, step) -> { }).toCompletionStage().toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
            Auditor auditor = new Auditor(RuleCatalog.all(), Thresholds.defaults(),
                    Clock.fixed(s.now(), ZoneOffset.UTC), "test");
            assertEquals(summary(auditor.audit(all).findings()), summary(AuditRun.now(s)));
        }
    }

    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> FindingRows.id(f) + " " + f.evidence()).sorted().toList();
    }

    @Test
    void filterNarrowsTheFindingsAndClears() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("8");
            h.waitFor(" Audit 8 high");
            h.type("/org-admin");
            h.press(KeyType.Enter);
            assertEquals(" Audit 8 high, 28 medium, 27 low, 2 info (2/65)  filter: org-admin", h.title());
            assertLine(h, 4, "high +keys.org-admin +lsorg admin console.*");
            assertLine(h, 5, "high +keys.org-admin +terraform bootstrap.*");
            assertEquals("", h.line(6));
            h.press(KeyType.Escape);
            assertTitle(h, " Audit .*\\(65\\)");
        }
    }

    @Test
    void enterOnAMemberFindingLandsOnThatMember() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2/lucas");
            h.press(KeyType.Enter);
            h.type("8");
            h.waitFor(" Audit 8 high");
            h.press(KeyType.Enter);
            Finding f = selectedFinding(h, "admins.disabled");
            assertEquals(PaneId.MEMBERS, h.app.store().state().pane());
            assertEquals(f.object().id(), h.app.store().state().paneState(PaneId.MEMBERS).selectedId());
            assertEquals(" Audit › Members (46)", h.title(), "the filter that hid the member is cleared; Esc goes back");
            int row = selectedLine(h);
            assertTrue(row > 0 && h.line(row).matches("disabled +amara.ortiz@acme-robotics.com .*"), h.text());
            h.press(KeyType.Escape);
            assertEquals(PaneId.AUDIT, h.app.store().state().pane(), "Esc goes back to the findings");
            assertLine(h, 4, "high +admins.disabled .*");
            h.type("2");
            h.press(KeyType.Escape);
            assertEquals(PaneId.MEMBERS, h.app.store().state().pane(), "only right after a jump");
        }
    }

    @Test
    void enterOnAKeyFindingLandsOnThatKey() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("8");
            h.waitFor(" Audit 8 high");
            h.type("/terraform");
            h.press(KeyType.Enter);
            assertLine(h, 4, "high +keys.org-admin +terraform bootstrap.*");
            h.press(KeyType.Enter);
            AppState s = h.app.store().state();
            assertEquals(PaneId.API_KEYS, s.pane());
            int row = selectedLine(h);
            assertTrue(row > 0 && h.line(row).matches("terraform boo\\S* +service +org-wide +Org Admin .*"), h.text());
            h.type("8j");
            h.press(KeyType.Enter);
            row = selectedLine(h);
            assertTrue(row > 0 && h.line(row).matches("terraform boo\\S* .*"), "never-expire finding\n" + h.text());
        }
    }

    @Test
    void enterOnASettingFindingLandsOnItsSecurityRow() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("8");
            h.waitFor(" Audit 8 high");
            h.type("/public_sharing");
            h.press(KeyType.Enter);
            h.press(KeyType.Enter);
            assertEquals(PaneId.SECURITY, h.app.store().state().pane());
            int row = selectedLine(h);
            assertTrue(row > 0 && h.line(row).matches("Public sharing +allowed .*"), h.text());
        }
    }

    @Test
    void dShowsEvidenceAndFixInFullAndEscGoesBack() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("8");
            h.waitFor(" Audit 8 high");
            h.type("/too-many-in");
            h.press(KeyType.Enter);
            h.type("d");
            assertEquals(" Audit: low │ y: raw JSON, Esc: back", h.title());
            assertLine(h, 3, " Severity +low");
            assertLine(h, 4, " Rule +keys.too-many-in-workspace");
            assertLine(h, 5, " Object +workspace Data Platform");
            assertLine(h, 7, " Evidence +12 service keys, more than the threshold of 10");
            assertLine(h, 8, " Fix +Delete unused keys in Data Platform and share one key per");
            assertLine(h, 9, " +service\\.");
            assertLine(h, 10, " Go to +Workspaces, on this object \\(Enter on the finding's row\\)");
            h.press(KeyType.Escape);
            assertTitle(h, " Audit .*filter: too-many-in");
        }
    }

    @Test
    void usesTheSpaceAt120x40() throws Exception {
        try (ScreenHarness h = console(120, 40)) {
            h.type("7");
            h.press(KeyType.Tab);
            assertEquals(PaneId.AUDIT, h.app.store().state().pane(), "Tab goes from Requests to Audit");
            h.press(KeyType.Tab);
            assertEquals(PaneId.ACTIVITY, h.app.store().state().pane(), "then Activity");
            h.press(KeyType.Tab);
            assertEquals(PaneId.WORKSPACES, h.app.store().state().pane(), "and on round to Workspaces");
            h.type(":pane audit");
            h.press(KeyType.Enter);
            h.waitFor(" Audit 8 high");
            assertEquals(" 1 Workspaces  2 Members  3 Workspace members  4 API keys  5 Roles  6 Security  7 Requests"
                    + "  8 Audit  9 Activity", h.line(1));
            assertEquals(" Audit 8 high, 28 medium, 27 low, 2 info (65)", h.title());
            // At 120 columns the fix is shown too (at 80, Right brings it into view).
            assertLine(h, 3, "SEVERITY +RULE +OBJECT +EVIDENCE +FIX");
            assertLine(h, 4, "high +admins.disabled +amara.ortiz@acme-rob\\S* +disabled account still \\S.*"
                    + " +Remove amara.ortiz@\\S.*");
            assertLine(h, 37, "medium +\\S+ .*");
            h.type("ss");
            assertTitle(h, " Audit .*\\(65\\)  sort: rule ↑");
            assertLine(h, 4, "high +admins.disabled .*");
            assertLine(h, 5, "info +admins.summary .*");
        }
    }
}
