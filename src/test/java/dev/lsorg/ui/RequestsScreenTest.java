package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.LoadState;
import dev.lsorg.app.Resource;
import dev.lsorg.app.rows.RequestRows;
import dev.lsorg.app.rows.Row;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 6: the Requests pane explains each call (its workspace, status, time taken, attempt and outcome)
 * and lists the loads still in flight with how long they have taken; a failed refresh is named in the header.
 */
class RequestsScreenTest extends DemoScreenTest {
    @Test
    void eachRequestNamesItsWorkspaceAndItsDetailSaysHowItWent() throws Exception {
        try (ScreenHarness h = console(120, 30)) {
            h.type("7/orgs/current/info");
            h.press(com.googlecode.lanterna.input.KeyType.Enter);
            assertLine(h, 3, "TIME +METHOD +PATH +WORKSPACE +STATUS +MS");
            assertLine(h, 4, "\\d\\d:\\d\\d:\\d\\d +GET +/api/v1/orgs/current/info +- +200 +\\d+");
            h.press(com.googlecode.lanterna.input.KeyType.Escape);
            h.type("/workspaces/current/members");
            h.press(com.googlecode.lanterna.input.KeyType.Enter);
            assertTrue(h.line(4).matches(".* /api/v1/workspaces/current/members\\S* +(Production|Staging|Research"
                    + "|Support Bots|Data Platform|Sandbox) +200 .*"), h.line(4));
            h.type("d");
            assertScreenHas(h, " Attempt  ");
            assertScreenHas(h, " Outcome  ");
            assertTrue(h.text().matches("(?s).* Workspace +(Production|Staging|Research|Support Bots|Data Platform"
                    + "|Sandbox)\\n.*"), h.text());
        }
    }

    @Test
    void aFailedRefreshIsNamedFailedInTheHeader() throws Exception {
        try (ScreenHarness h = console(120, 30)) {
            org.emulator.faults().errorRate(1.0);
            h.type("r");
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "the failed refresh");
            assertTrue(h.line(0).matches(".*refresh failed, data from \\d+s ago$"), h.line(0));
            org.emulator.faults().reset();
            h.type("r");
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "recovery");
            assertTrue(h.line(0).matches(".*refreshed \\d+s ago$"), h.line(0));
        }
    }

    @Test
    void aLoadInFlightShowsHowLongItHasTaken() {
        Instant t0 = Fixtures.NOW;
        LoadState busy = LoadState.IDLE.started(7, t0);
        List<Row> rows = RequestRows.rows(List.of(), Map.of(Resource.MEMBERS, busy), dev.lsorg.model.OrgData.empty(),
                t0.plusSeconds(4));
        assertTrue(rows.get(0).cells()[2].equals("loading members…") && rows.get(0).cells()[5].equals("4s"),
                List.of(rows.get(0).cells()).toString());
    }
}
