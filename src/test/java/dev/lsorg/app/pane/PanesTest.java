package dev.lsorg.app.pane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Connection;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Reducer;
import dev.lsorg.app.Resource;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowView;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.ui.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A large pane's rows and orders made on a worker: what the console shows is at every step what it would show had
 * everything been done at once on the GUI thread, except that for the moment the minute moves the rows of the minute
 * before stay on screen; and an answer the state has moved past never replaces newer rows.
 */
class PanesTest {
    private static final int MEMBERS = Panes.LARGE + 500;
    private static final int AGE = 5;
    private final Reducer reducer = new Reducer();
    // The worker's jobs and the GUI thread's hand-overs, run when the test says.
    private final List<Runnable> worker = new ArrayList<>();
    private final List<Runnable> gui = new ArrayList<>();
    private int redraws;
    private final Panes panes = new Panes(worker::add, gui::add, () -> redraws++);

    private AppState org(String namePrefix) {
        AppState s = AppState.initial(new Connection("http://127.0.0.1:9", "lsv2_sk_…9f2c", "org", true, false),
                null, Duration.ofSeconds(30), List.of(), Fixtures.NOW);
        s = reducer.reduce(s, new Action.RefreshRequested(EnumSet.of(Resource.MEMBERS), Fixtures.NOW)).state();
        return loaded(s, namePrefix);
    }

    private AppState loaded(AppState s, String namePrefix) {
        List<OrgMemberIdentity> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            // joined 1 to 50 minutes ago: every minute changes ages on screen
            Instant joined = Fixtures.NOW.minus(Duration.ofMinutes(1 + i % 50));
            members.add(new OrgMemberIdentity(new UUID(7, i), Fixtures.ORG, null, joined, new UUID(8, i),
                    new UUID(9, i), false, Fixtures.ROLE_ORG_USER, "ORGANIZATION_USER", AccessScope.ORGANIZATION,
                    "user" + i + "@acme.test", namePrefix + " " + (i % 97), null, List.of(), null, i % 13 == 0,
                    null, null, List.of()));
        }
        long seq = s.load(Resource.MEMBERS).seq();
        return reducer.reduce(s, new Action.ResourceLoaded(Resource.MEMBERS, seq,
                new OrganizationMembers(Fixtures.ORG, members, List.of()), s.now())).state();
    }

    private AppState at(AppState s, Duration later) {
        return reducer.reduce(s, new Action.Tick(Fixtures.NOW.plus(later))).state();
    }

    private AppState sorted(AppState s, int column, boolean desc, String filter) {
        s = reducer.reduce(s, new Action.SortChanged(PaneId.MEMBERS, column, desc)).state();
        return reducer.reduce(s, new Action.FilterChanged(PaneId.MEMBERS, filter)).state();
    }

    // What the GUI thread alone would show for s.
    private static List<List<String>> atOnce(AppState s) {
        return shown(new Panes().view(s, PaneId.MEMBERS));
    }

    private static List<List<String>> shown(RowView v) {
        return v.rows().stream().map(r -> List.of(r.id(), String.join("|", r.cells()))).toList();
    }

    // Until the worker has nothing left: a job may queue the next (sorting ahead is one column a job).
    private void runWorker() {
        while (!worker.isEmpty()) {
            List<Runnable> jobs = new ArrayList<>(worker);
            worker.clear();
            jobs.forEach(Runnable::run);
        }
    }

    private void runGui() {
        List<Runnable> jobs = new ArrayList<>(gui);
        gui.clear();
        jobs.forEach(Runnable::run);
    }

    @Test
    void aMinuteLaterTheOldRowsStayUntilTheNewOnesAreMadeOnTheWorker() {
        AppState before = sorted(org("Ann"), AGE, false, "ann 1");
        RowView shownBefore = panes.view(before, PaneId.MEMBERS);
        assertEquals(atOnce(before), shown(shownBefore));
        runWorker();
        runGui();
        AppState later = at(before, Duration.ofMinutes(1));
        assertNotEquals(atOnce(before), atOnce(later), "the ages moved on");
        assertSame(shownBefore, panes.view(later, PaneId.MEMBERS), "nothing is made on the GUI thread meanwhile");
        assertEquals(1, worker.size());
        runWorker();
        assertSame(shownBefore, panes.view(later, PaneId.MEMBERS), "until the GUI thread takes the new rows");
        int drawn = redraws;
        runGui();
        assertEquals(drawn + 1, redraws, "the new rows are drawn once taken");
        assertEquals(atOnce(later), shown(panes.view(later, PaneId.MEMBERS)));
    }

    @Test
    void anAnswerTheStateHasMovedPastIsDropped() {
        AppState first = org("Ann");
        RowView old = panes.view(first, PaneId.MEMBERS);
        runWorker();
        runGui();
        AppState plusOne = at(first, Duration.ofMinutes(1));
        panes.view(plusOne, PaneId.MEMBERS);
        AppState plusTwo = at(first, Duration.ofMinutes(2));
        assertSame(old, panes.view(plusTwo, PaneId.MEMBERS));
        assertEquals(2, worker.size(), "a remake for each minute asked for");
        worker.remove(0).run();
        runGui();
        assertSame(old, panes.view(plusTwo, PaneId.MEMBERS), "the first minute's rows are never shown now");
        assertEquals(1, worker.size(), "the second minute's rows are still on their way: not asked for again");
        runWorker();
        runGui();
        assertEquals(atOnce(plusTwo), shown(panes.view(plusTwo, PaneId.MEMBERS)));
    }

    // A refresh of a large Members pane (every 30 s while it is shown) made its 50,000 rows on the GUI thread: the
    // rows on screen now stay until the worker has made the newer ones, and the minute's rows still on their way
    // are dropped for them.
    @Test
    void refreshedDataIsMadeOnTheWorkerAndWinsOverRowsStillBeingMadeForTheOldData() {
        AppState first = org("Ann");
        RowView old = panes.view(first, PaneId.MEMBERS);
        runWorker();
        runGui();
        AppState later = at(first, Duration.ofMinutes(1));
        assertSame(old, panes.view(later, PaneId.MEMBERS));
        AppState refreshed = reducer.reduce(later, new Action.RefreshRequested(EnumSet.of(Resource.MEMBERS),
                later.now())).state();
        refreshed = loaded(refreshed, "Bea");
        assertSame(old, panes.view(refreshed, PaneId.MEMBERS), "the rows on screen stay while the newer are made");
        assertEquals(2, worker.size(), "the minute's rows and the refreshed data's");
        runWorker();
        runGui();
        assertEquals(atOnce(refreshed), shown(panes.view(refreshed, PaneId.MEMBERS)));
        assertTrue(panes.view(refreshed, PaneId.MEMBERS).rows().get(0).cells()[2].startsWith("Bea"));
    }

    // Another org's rows never stand in for this one's: a profile switch empties the data, which is shown at once.
    @Test
    void anotherOrgsRowsNeverStandInAfterAProfileSwitch() {
        AppState first = org("Ann");
        panes.view(first, PaneId.MEMBERS);
        runWorker();
        runGui();
        AppState switched = reducer.reduce(first, new Action.ProfileSwitched("other", first.connection(), null,
                null, first.now())).state();
        assertEquals(0, panes.view(switched, PaneId.MEMBERS).size(), "the first org's rows are gone at once");
        assertEquals(0, worker.size());
    }

    @Test
    void everySortAndGrowingFilterShowsWhatFilteringThenSortingGives() {
        AppState s = org("Ann");
        panes.view(s, PaneId.MEMBERS);
        int columns = panes.get(PaneId.MEMBERS).columns().size();
        for (int col = -1; col < columns; col++) {
            for (boolean desc : new boolean[] {false, true}) {
                String typed = "";
                for (char c : "ann 4".toCharArray()) {
                    typed += c;
                    AppState now = sorted(s, col, desc, typed);
                    assertEquals(atOnce(now), shown(panes.view(now, PaneId.MEMBERS)), col + " " + desc + typed);
                }
                // the orders sorted ahead arrive halfway: they must agree with those sorted meanwhile
                if (col == 1) {
                    runWorker();
                    runGui();
                }
            }
        }
        assertEquals(MEMBERS, panes.total(s, PaneId.MEMBERS));
    }

    @Test
    void sortingAheadHandsOverColumnByColumnAndStopsOnceNewerRowsAreShown() {
        AppState first = org("Ann");
        panes.view(first, PaneId.MEMBERS);
        AppState refreshed = reducer.reduce(first, new Action.RefreshRequested(EnumSet.of(Resource.MEMBERS),
                first.now())).state();
        refreshed = loaded(refreshed, "Bea");
        panes.view(refreshed, PaneId.MEMBERS);
        assertEquals(2, worker.size(), "the first rows' work ahead, and the refreshed rows");
        Runnable ahead = worker.remove(0);
        worker.remove(0).run();
        runGui();
        assertTrue(panes.view(refreshed, PaneId.MEMBERS).rows().get(0).cells()[2].startsWith("Bea"));
        int handed = gui.size();
        ahead.run();
        assertEquals(handed, gui.size(), "nothing is made ahead for rows no longer shown");
        runWorker();
        assertEquals(1 + panes.get(PaneId.MEMBERS).columns().size(), gui.size(),
                "the refreshed rows' search index and each column as soon as it is made");
        int drawn = redraws;
        runGui();
        assertEquals(drawn, redraws, "what is made ahead changes nothing on screen: no frame is drawn for it");
    }

    @Test
    void aLargePanesSearchIndexIsMadeAheadAndItsFiltersKeepWhatFilteringGivesInEveryOrder() {
        AppState s = org("Ann");
        panes.view(s, PaneId.MEMBERS);
        assertEquals(1, worker.size(), "the index and the orders ahead: one task at a time");
        AppState a = sorted(s, 1, false, "a");
        assertEquals(atOnce(a), shown(panes.view(a, PaneId.MEMBERS)), "typed before the index is made");
        assertEquals(1, worker.size(), "a filter asks the worker for nothing more");
        worker.remove(0).run();
        runGui();
        for (int col = -1; col < panes.get(PaneId.MEMBERS).columns().size(); col++) {
            for (String filter : List.of("ann", "ann 4", "!ann 4", "user12", "zz", "ANN 9")) {
                for (boolean desc : new boolean[] {false, true}) {
                    AppState next = sorted(s, col, desc, filter);
                    assertEquals(atOnce(next), shown(panes.view(next, PaneId.MEMBERS)), col + " " + desc + filter);
                }
            }
        }
        assertEquals(0, redraws, "an index made changes nothing on screen: no frame is drawn for it");
    }
}
