package dev.lsorg.ui.pane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Connection;
import dev.lsorg.app.Reducer;
import dev.lsorg.app.Resource;
import dev.lsorg.audit.Finding;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.ui.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Audit pane audits off the GUI thread: it waits for complete data, shows progress and drops stale answers. */
class AuditPaneTest {
    private final Reducer reducer = new Reducer();
    private final List<Runnable> worker = new ArrayList<>();
    private final AuditPane pane = new AuditPane(worker::add, Runnable::run);

    private AppState initial() {
        AppState s = AppState.initial(new Connection("http://x", "k", "org", false, false), null,
                Duration.ofSeconds(30), List.of(), Fixtures.NOW);
        return reducer.reduce(s, new Action.RefreshRequested(EnumSet.allOf(Resource.class), Fixtures.NOW)).state();
    }

    private AppState loaded(AppState s, Resource r, Object data) {
        return reducer.reduce(s, new Action.ResourceLoaded(r, s.load(r).seq(), data, Fixtures.NOW)).state();
    }

    private AppState complete(OrganizationMembers members) {
        AppState s = loaded(initial(), Resource.WORKSPACES, Fixtures.workspaces());
        s = loaded(s, Resource.INFO, Fixtures.info());
        s = loaded(s, Resource.ROLES, Fixtures.roles());
        s = loaded(s, Resource.KEYS, Fixtures.keys());
        s = loaded(s, Resource.MEMBERS, members);
        return loaded(s, Resource.MEMBERSHIPS, Map.of(Fixtures.WS_PROD, Fixtures.workspaceMembers(Fixtures.WS_PROD),
                Fixtures.WS_DEV, Fixtures.workspaceMembers(Fixtures.WS_DEV)));
    }

    private static OrganizationMembers withoutAlice() {
        OrganizationMembers all = Fixtures.members();
        return new OrganizationMembers(all.organizationId(),
                all.members().stream().filter(m -> !m.email().startsWith("alice")).toList(), all.pending());
    }

    @Test
    void waitsForEveryResourceBeforeAuditing() {
        AppState s = loaded(initial(), Resource.WORKSPACES, Fixtures.workspaces());
        assertEquals(List.of(), pane.findings(s));
        assertTrue(worker.isEmpty(), "no audit of half-loaded data");
        assertEquals("(waiting for the whole org to load)", pane.subtitle(s));
    }

    @Test
    void auditsOnTheWorkerAndShowsTheFindingsWhenTheyArrive() {
        AppState s = complete(Fixtures.members());
        assertEquals(List.of(), pane.findings(s));
        assertEquals("(auditing)", pane.subtitle(s));
        assertEquals("Auditing...", pane.emptyText(s));
        assertEquals(1, worker.size());
        worker.remove(0).run();
        List<Finding> found = pane.findings(s);
        assertFalse(found.isEmpty());
        assertFalse(pane.subtitle(s).contains("auditing"), pane.subtitle(s));
        assertEquals(found, pane.findings(s), "same data: no new audit");
        assertTrue(worker.isEmpty());
    }

    @Test
    void aLateAnswerForOlderDataIsDropped() {
        AppState before = complete(Fixtures.members());
        pane.findings(before);
        AppState after = complete(withoutAlice());
        pane.findings(after);
        assertEquals(2, worker.size());
        worker.remove(1).run();
        List<Finding> newest = pane.findings(after);
        assertTrue(newest.stream().anyMatch(f -> f.ruleId().equals("members.workspace-admin-not-in-org")), "newest");
        worker.remove(0).run();
        assertEquals(newest, pane.findings(after), "the older audit's answer does not replace the newer one");
    }
}
