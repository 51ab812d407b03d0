package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.ui.theme.Slot;
import dev.lsorg.ui.theme.ThemeLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole-screen tests of the real console, driven by keystrokes, against a started emulator with the demo seed. */
class DemoConsoleTest extends DemoScreenTest {

    @Test
    void everyPaneAt80x24() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            assertLine(h, 0, " lsorg Acme Robotics │ ws Production │ key lsv2_sk_…9f2c( │ org key)? +refreshed \\d+s ago");
            assertEquals("1 Workspaces 2 Members 3 WS mem 4 Keys 5 Roles 6 Sec 7 Reqs 8 Audit 9 Activity", h.line(1));
            assertEquals(" Workspaces (6)", h.title());
            assertLine(h, 3, "NAME +HANDLE +MEMBERS KEYS CREATED DELETED");
            assertLine(h, 4, "Production +production +15 +2 \\S+");
            // Change keys push the least needed hints out at 80 columns.
            assertEquals("↓ move  Enter open  / filter  n new  e rename  x delete  ? help  q quit", h.line(23));
            h.type("2");
            assertEquals(" Members (46)", h.title());
            assertLine(h, 3, "STATUS +EMAIL +NAME +ORG ROLE +WS +AGE +LOGIN");
            assertLine(h, 4, "active +lucas.khan@acme-robotics.com +Lucas Khan +Org Admin +2 \\S+ +oidc");
            assertLine(h, 7, "disabled +amara.ortiz@acme-robotics.com .*");
            h.type("3");
            assertEquals(" Workspace members in Production (16)", h.title());
            assertTrue(h.lines().stream().anyMatch(l -> l.matches("felix.bakker@acme-robotic\\S* +Felix Bak\\S* +Annotator.*")),
                    h.text());
            assertLine(h, 19, "new.hire@acme-robotics.com +Editor +Org User +pending .*");
            h.type("4");
            assertEquals(" API keys (27)", h.title());
            assertLine(h, 3, "DESCRIPTION +TYPE +SCOPE +ROLE +CREATED +USED +EXPIRES +FLAG");
            assertLine(h, 6, "terraform boo\\S* +service +org-wide +Org Admin +\\S+ +6mo +never +stale");
            assertLine(h, 11, "old support in\\S* +service +Support \\S* +Editor .* \\d+d ago +expired");
            h.type("5");
            assertEquals(" Roles (7)", h.title());
            assertLine(h, 7, "Admin +workspace +system +29 +Full control of the workspace.*");
            assertLine(h, 10, "Annotator +workspace +custom +5 .*");
            h.type("6");
            assertEquals(" Security (13)", h.title());
            assertLine(h, 4, "Public sharing +allowed +anyone with a link.*");
            // As lsorg audit counts and judges them: seats are active members and invites, near is 80%.
            assertLine(h, 15, "Member seats / max +43 / 45 +near the limit \\(95%\\)");
            assertLine(h, 16, "Workspaces / max +6 / 7 +near the limit \\(85%\\)");
            h.type("7");
            // the start is a whole-org load, and the title counts its requests
            assertTitle(h, " Requests · last refresh \\(whole org\\): \\d+ requests \\(\\d+\\)");
            // newest first: the first requests of the start are at the end
            h.type("G");
            // at 80 columns the WORKSPACE column takes the end of a long path (Right shows it)
            assertScreenHas(h, "GET    /api/v1/orgs/current/members/active");
            assertScreenHas(h, "GET    /api/v1/workspaces?include_deleted=true");
        }
    }

    @Test
    void aKeySentInClearIsABadgeInTheHeader() throws Exception {
        try (ScreenHarness h = console(100, 24)) {
            assertFalse(h.line(0).contains("INSECURE HTTP"), h.line(0));
            h.app.store().dispatch(new dev.lsorg.app.Action.ConnectionChanged(new dev.lsorg.app.Connection(
                    "http://10.1.2.3:1984", "lsv2_sk_…9f2c", "org", false, false, true)));
            h.pump();
            assertLine(h, 0, " lsorg Acme Robotics │ .* INSECURE HTTP refreshed \\d+s ago");
            int col = h.line(0).indexOf("INSECURE HTTP");
            assertEquals(new ThemeLoader(dir).load("dark").style(Slot.BADGE).bg(), h.cell(col, 0).getBackgroundColor());
        }
    }

    @Test
    void everyPaneAt120x40UsesTheSpace() throws Exception {
        try (ScreenHarness h = console(120, 40)) {
            assertLine(h, 0, " lsorg Acme Robotics │ ws Production │ key lsv2_sk_…9f2c( │ org key)? +refreshed \\d+s ago");
            assertEquals(" 1 Workspaces  2 Members  3 Workspace members  4 API keys  5 Roles  6 Security  7 Requests"
                    + "  8 Audit  9 Activity",
                    h.line(1));
            h.type("2");
            assertLine(h, 4, "active +lucas.khan@acme-robotics.com +Lucas Khan +Org Admin +2 +\\S+ +oidc");
            assertLine(h, 37, "\\S+ +\\S+@\\S+ .*");
            h.type("4");
            assertLine(h, 3, "DESCRIPTION +KEY +TYPE +SCOPE +ROLE +CREATED +USED +EXPIRES +FLAG");
            assertLine(h, 4, "lsorg admin console +lsv2_sk_\\S+ +service +org-wide +Org Admin .*");
            h.type("1");
            assertLine(h, 3, "NAME +HANDLE +MEMBERS KEYS CREATED DELETED");
            assertLine(h, 4, "Production +production +15 +2 13mo");
            h.type("3");
            assertLine(h, 3, "EMAIL +NAME +WS ROLE +ORG ROLE +STATUS +ADDED");
            assertLine(h, 4, "lucas.khan@acme-robotics.com +Lucas Khan +Admin +Org Admin +member +13mo");
            h.type("5");
            assertLine(h, 3, "NAME +SCOPE +KIND +PERMS DESCRIPTION");
            // at 120 columns the descriptions cut at 80 are whole
            assertLine(h, 4, "Organization Admin +org +system +3 Full control of the organization and every workspace");
            h.type("6");
            assertLine(h, 3, "SETTING +VALUE +NOTE");
            assertLine(h, 4, "Public sharing +allowed +anyone with a link can view shared runs");
            h.type("7");
            assertLine(h, 3, "TIME +METHOD PATH +WORKSPACE +STATUS MS");
            assertScreenHas(h, "GET    /api/v1/workspaces/current/members");
        }
    }

    @Test
    void navigationMovesTheHighlightAndPagesThrough() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2");
            TextColor selected = new ThemeLoader(dir).load("dark").style(Slot.ROW_SELECTED).bg();
            assertEquals(selected, h.cell(0, 4).getBackgroundColor());
            h.type("jj");
            assertEquals(selected, h.cell(0, 6).getBackgroundColor());
            assertFalse(selected.equals(h.cell(0, 4).getBackgroundColor()));
            h.type("G");
            // invites oldest first, as members are: the newest is last
            assertLine(h, 21, "pending +new.hire@acme-robotics.com .*");
            assertEquals(selected, h.cell(0, 21).getBackgroundColor());
            h.type("g");
            assertLine(h, 4, "active +lucas.khan@.*");
            h.press(KeyType.PageDown);
            assertEquals(selected, h.cell(0, 21).getBackgroundColor(), "PgDn moves a page: the last line");
            h.press(KeyType.ArrowDown);
            assertEquals(selected, h.cell(0, 21).getBackgroundColor(), "then the page scrolls");
            assertFalse(h.line(4).contains("lucas.khan"));
        }
    }

    @Test
    void filterNarrowsInvertsAndClears() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2/DALTON");
            assertEquals(" Members (1/46)  filter: DALTON", h.title());
            assertLine(h, 4, "disabled +carmen.dalton@acme-robotics.com +Carmen Dal.*");
            assertEquals("/DALTON", h.line(23));
            h.press(KeyType.Enter);
            assertLine(h, 23, "↓ move .*");
            h.press(KeyType.Escape);
            assertEquals(" Members (46)", h.title());
            h.type("/!@");
            assertScreenHas(h, "No rows match the filter (Esc clears it).");
            h.press(KeyType.Escape);
            assertEquals(" Members (46)", h.title());
        }
    }

    @Test
    void sortCyclesColumnsAndReverses() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2ss");
            assertTitle(h, " Members \\(46\\)  sort: email ↑");
            assertLine(h, 3, "STATUS +EMAIL↑ .*");
            List<String> emails = emails(h);
            List<String> sorted = new ArrayList<>(emails);
            sorted.sort(Comparator.naturalOrder());
            assertEquals(sorted, emails);
            h.type("S");
            assertTitle(h, " Members \\(46\\)  sort: email ↓");
            List<String> desc = emails(h);
            assertTrue(desc.get(0).compareTo(desc.get(1)) > 0, desc.toString());
        }
    }

    private static List<String> emails(ScreenHarness h) {
        List<String> out = new ArrayList<>();
        for (int r = 4; r < 22; r++) {
            out.add(h.line(r).split("\\s+")[1]);
        }
        return out;
    }

    @Test
    void detailShowsRolesEverywhereAndRawJson() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2d");
            assertEquals(" Members: lucas.khan@acme-robotics.com │ y: raw JSON, Esc: back", h.title());
            assertLine(h, 3, " Email +lucas.khan@acme-robotics.com");
            assertLine(h, 6, " Org role +Org Admin \\(ORGANIZATION_ADMIN\\)");
            assertScreenHas(h, "Production");
            assertTrue(h.lines().stream().anyMatch(l -> l.matches(" +Production +Admin")), h.text());
            h.type("y");
            assertScreenHas(h, "\"email\" : \"lucas.khan@acme-robotics.com\"");
            h.press(KeyType.Escape);
            assertEquals(" Members (46)", h.title());
        }
    }

    @Test
    void helpIsTheKeyTable() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("?");
            assertTitle(h, " Help │ keys work as listed; Esc or q goes back");
            assertEquals(" Workspaces pane", h.line(3), "the pane's own keys come first");
            assertEquals("   Enter                Its members (Esc comes back)", h.line(4));
            assertScreenHas(h, "n                    Create a workspace");
            assertScreenHas(h, "In every pane");
            assertScreenHas(h, "↑ k                  Move up");
            h.press(KeyType.PageDown, KeyType.PageDown, KeyType.PageDown);
            assertScreenHas(h, "Command line (:, Tab completes, Up/Down history)");
            h.type("q");
            assertEquals(" Workspaces (6)", h.title());
        }
    }

    @Test
    void commandLineCompletesRunsAndRemembers() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type(":pa");
            h.press(KeyType.Tab);
            assertEquals(":pane", h.line(23).strip());
            h.type("ro");
            h.press(KeyType.Tab);
            assertEquals(":pane roles", h.line(23));
            h.press(KeyType.Enter);
            assertEquals(" Roles (7)", h.title());
            h.type(":ws S");
            h.press(KeyType.Tab);
            assertEquals(" Staging  Support Bots  Sandbox", h.line(22));
            h.type("ta");
            h.press(KeyType.Tab);
            assertEquals(":ws Staging", h.line(23));
            h.press(KeyType.Enter);
            assertLine(h, 0, " lsorg Acme Robotics │ ws Staging\\b.*");
            h.type(":");
            h.press(KeyType.ArrowUp);
            assertEquals(":ws Staging", h.line(23));
            h.press(KeyType.ArrowUp);
            assertEquals(":pane roles", h.line(23));
            h.press(KeyType.Escape);
            h.type(":bogus");
            h.press(KeyType.Enter);
            assertLine(h, 22, " Unknown command 'bogus' \\(try ws, pane, theme, export, refresh, help, q\\)"
                    + "  \\[Esc\\]");
        }
    }

    @Test
    void workspacePickerSwitchesTheMembersPane() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("3w");
            assertScreenHas(h, " Workspace │ type to filter, Enter picks, Esc cancels");
            assertScreenHas(h, " * Production");
            h.type("res");
            assertScreenHas(h, "   Research");
            assertFalse(h.text().contains("   Staging"));
            h.press(KeyType.Enter);
            h.pumpUntil(() -> h.title().matches(" Workspace members in Research \\(\\d+\\)"), "Research members");
            assertLine(h, 0, " lsorg Acme Robotics │ ws Research │.*");
        }
    }

    @Test
    void aWorkspaceGivenByNameIsSelectedOnceKnown() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.app.selectWorkspaceNamed("research");
            h.type("3");
            h.pumpUntil(() -> h.title().matches(" Workspace members in Research \\(\\d+\\)"), "Research members");
            h.app.selectWorkspaceNamed("Nowhere");
            h.type("1");
            assertEquals(" No workspace named 'Nowhere' (--workspace)  [Esc]", h.line(22), "an error stays until Esc");
        }
    }

    @Test
    void resizeRelayouts() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2");
            h.resize(120, 40);
            assertEquals(40, h.lines().size());
            assertLine(h, 3, "STATUS +EMAIL +NAME +ORG ROLE +WS +AGE +LOGIN");
            assertFalse(h.line(37).isBlank(), "more rows after growing:\n" + h.text());
            assertLine(h, 39, "↓ move .*: cmd +q quit");
            h.resize(250, 80);
            assertLine(h, 0, " lsorg Acme Robotics │ ws Production │ key lsv2_sk_…9f2c │ org key │ org [0-9a-f-]{36} │ "
                    + "http://127.0.0.1:\\d+ +refreshed \\d+s ago");
            assertLine(h, 49, "\\S+ +\\S+@\\S+ .*");
            h.resize(60, 20);
            assertEquals(" Members (46)", h.title());
            h.resize(30, 8);
            assertEquals("lsorg needs at least 40x10 (n…", h.line(0));
        }
    }

    @Test
    void aServerFaultIsShownThenRecovered() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2");
            org.emulator.faults().errorRate(1.0);
            h.type("r");
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "failed refresh");
            assertTitle(h, " Members \\(46\\)  ! .+");
            assertLine(h, 22, " members: .+");
            assertLine(h, 4, "active +lucas.khan@.*");
            org.emulator.faults().reset();
            h.type("r");
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "recovery");
            assertEquals(" Members (46)", h.title());
            assertEquals("", h.line(22));
        }
    }

    @Test
    void droppedConnectionsShowDisconnectedThenRecover() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2");
            org.emulator.faults().dropRate(1.0);
            h.type("r");
            h.pumpUntil(() -> h.line(0).contains("disconnected, retrying in"), "disconnected header");
            assertLine(h, 0, " lsorg Acme Robotics .* disconnected, retrying in \\d+s refreshed \\d+s ago");
            assertLine(h, 4, "active +lucas.khan@.*");
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "failed loads to finish");
            org.emulator.faults().reset();
            h.type("r");
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "recovery");
            assertFalse(h.line(0).contains("disconnected"), h.line(0));
        }
    }

    @Test
    void aChangedRowIsHighlightedAfterARefresh() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("1");
            java.util.UUID staging = h.app.store().state().data().workspaces().get(1).id();
            org.client.workspaces().rename(staging, "Staging two").toCompletionStage().toCompletableFuture().get();
            try {
                h.type("r");
                h.pumpUntil(() -> h.text().contains("Staging two"), "renamed workspace");
                TextColor changed = new ThemeLoader(dir).load("dark").style(Slot.ROW_CHANGED).bg();
                assertLine(h, 5, "Staging two +staging .*");
                assertEquals(changed, h.cell(0, 5).getBackgroundColor());
                assertFalse(changed.equals(h.cell(0, 6).getBackgroundColor()));
            } finally {
                org.client.workspaces().rename(staging, "Staging").toCompletionStage().toCompletableFuture().get();
            }
        }
    }

    @Test
    void copyAndExportTheSelectedAndFilteredRows() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2j");
            h.type("c");
            assertEquals(new String(Osc52.sequence("elena.ulrich@acme-robotics.com"), StandardCharsets.US_ASCII),
                    h.clipboard.toString(StandardCharsets.US_ASCII));
            assertScreenHas(h, "Copied email to the clipboard (OSC 52)");
            Path csv = dir.resolve("dalton.csv");
            h.type("/dalton");
            h.press(KeyType.Enter);
            h.type(":export csv " + csv);
            h.press(KeyType.Enter);
            h.pumpUntil(() -> Files.exists(csv) && h.text().contains("Exported 1 rows"), "export");
            List<String> lines = Files.readAllLines(csv);
            assertEquals("STATUS,EMAIL,NAME,ORG ROLE,WS,AGE,LOGIN,id,user_id,ls_user_id,role_id,created_at,disabled",
                    lines.get(0), "what is shown, then ids and ISO times for scripts");
            assertTrue(lines.get(1).startsWith("disabled,carmen.dalton@acme-robotics.com,Carmen Dalton,Org User,2,"));
        }
    }

    @Test
    void ctrlCAsksBeforeQuitting() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.ctrl('c');
            assertEquals(" Quit lsorg? Press y to quit, any other key to stay.", h.line(22));
            h.type("n");
            assertFalse(h.app.quitting());
            assertEquals("", h.line(22));
            h.ctrl('c');
            h.type("y");
            assertTrue(h.app.quitting());
        }
    }
}
