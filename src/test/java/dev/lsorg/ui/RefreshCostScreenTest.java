package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a refresh costs on the real console over the emulator: the auto-refresh asks only for what the pane on screen
 * shows and the header's org and workspace, never every workspace's member list; the whole org reloads at start, on
 * {@code R} and on its own longer interval; opening a workspace loads that one; and the Requests pane's title says
 * how many requests each refresh sent, the same number the server saw.
 */
class RefreshCostScreenTest {
    private static final String INFO = "GET /api/v1/orgs/current/info";
    private static final String WORKSPACES = "GET /api/v1/workspaces";
    private static final String SERVICE_KEYS = "GET /api/v1/orgs/current/service-keys";
    private static final String PATS = "GET /api/v1/orgs/current/members/personal-access-tokens";
    private static final String WS_MEMBERS = "GET /api/v1/workspaces/current/members";

    @TempDir
    Path dir;

    /** Every request the emulator saw since the last call, as "METHOD path", sorted; the log starts afresh. */
    private static List<String> served(DemoOrg org) {
        List<RequestLog.Entry> entries = org.emulator.requestLog().entries();
        org.emulator.requestLog().clear();
        return entries.stream().filter(e -> e.path().startsWith("/api/")).map(e -> e.method() + " " + e.path())
                .sorted().toList();
    }

    private static void autoRefresh(DemoOrg org, ScreenHarness h, Duration after) {
        org.clock.advance(after);
        h.tick(org.clock.instant());
        h.pumpUntil(() -> !h.app.store().state().anyLoading(), "the refresh");
    }

    private static void assertTitle(ScreenHarness h, String pane, String regex) {
        h.type("7");
        assertTrue(h.line(2).matches(regex), () -> "title '" + h.line(2) + "' !~ " + regex);
        h.type(pane);
    }

    @Test
    void theAutoRefreshAsksOnlyForThePaneOnScreenAndTheHeader() throws Exception {
        try (DemoOrg org = DemoOrg.start(); ScreenHarness h = ScreenHarness.console(org, 100, 30, "dark", dir)) {
            int start = served(org).size();
            assertTitle(h, "1", " Requests · last refresh \\(whole org\\): " + start + " requests \\(\\d+\\)");
            autoRefresh(org, h, Duration.ofSeconds(30));
            assertEquals(List.of(INFO, PATS, SERVICE_KEYS, WORKSPACES), served(org));
            assertTitle(h, "3", " Requests · last refresh \\(auto: Workspaces\\): 4 requests \\(\\d+\\)");
            autoRefresh(org, h, Duration.ofSeconds(30));
            assertEquals(List.of(INFO, WORKSPACES, WS_MEMBERS), served(org));
            assertTitle(h, "3", " Requests · last refresh \\(auto: Workspace members\\): 3 requests \\(\\d+\\)");
        }
    }

    @Test
    void theWholeOrgReloadsOnCapitalROnItsIntervalAndAWorkspaceWhenOpened() throws Exception {
        try (DemoOrg org = DemoOrg.start(); ScreenHarness h = ScreenHarness.console(org, 100, 30, "dark", dir)) {
            List<String> start = served(org);
            long workspaceLists = start.stream().filter(WS_MEMBERS::equals).count();
            // every live workspace's members, and the one on screen first on its own (it shows before the rest)
            assertEquals(6 + 1, workspaceLists, "at start: " + start);
            h.type("R");
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "the whole-org reload");
            assertEquals(start.size(), served(org).size());
            // the auto-refreshes in between ask for no workspace's members; the tenth minute reloads everything
            for (int i = 0; i < 19; i++) {
                autoRefresh(org, h, Duration.ofSeconds(30));
                assertTrue(served(org).stream().noneMatch(WS_MEMBERS::equals));
            }
            autoRefresh(org, h, Duration.ofSeconds(30));
            assertEquals(workspaceLists, served(org).stream().filter(WS_MEMBERS::equals).count());
            h.type(":ws Staging");
            h.press(KeyType.Enter);
            h.pumpUntil(() -> h.line(0).contains("ws Staging") && !h.app.store().state().anyLoading(),
                    "Staging's members");
            assertEquals(List.of(WS_MEMBERS), served(org));
        }
    }
}
