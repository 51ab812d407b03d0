package dev.lsorg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.pane.AuditPane;
import dev.lsorg.audit.Finding;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.ui.Fixtures;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Audit pane audits off the GUI thread, through the store: it waits for complete data, shows progress and
 * drops stale answers; the run is an effect and its findings an action.
 */
class AuditRunTest {
    private final Reducer reducer = new Reducer();
    private final AuditPane pane = new AuditPane();

    private AppState initial() {
        AppState s = AppState.initial(new Connection("http://x", "k", "org", false, false), null,
                Duration.ofSeconds(30), List.of(), Fixtures.NOW);
        s = reducer.reduce(s, new Action.PaneSwitched(PaneId.AUDIT)).state();
        return reducer.reduce(s, new Action.RefreshRequested(EnumSet.allOf(Resource.class), Fixtures.NOW)).state();
    }

    private Step loaded(AppState s, Resource r, Object data) {
        return reducer.reduce(s, new Action.ResourceLoaded(r, s.load(r).seq(), data, Fixtures.NOW));
    }

    private Step complete(AppState start, OrganizationMembers members) {
        AppState s = loaded(start, Resource.WORKSPACES, Fixtures.workspaces()).state();
        s = loaded(s, Resource.INFO, Fixtures.info()).state();
        s = loaded(s, Resource.ROLES, Fixtures.roles()).state();
        s = loaded(s, Resource.KEYS, Fixtures.keys()).state();
        if (start.load(Resource.ALL_WS_MEMBERS).loadedAt() == null) {
            // at start every workspace's member list is asked for once the org's member list is in
            s = loaded(s, Resource.MEMBERS, members).state();
            return loaded(s, Resource.ALL_WS_MEMBERS, Map.of(Fixtures.WS_PROD,
                    Fixtures.workspaceMembers(Fixtures.WS_PROD), Fixtures.WS_DEV,
                    Fixtures.workspaceMembers(Fixtures.WS_DEV)));
        }
        s = reducer.reduce(s, new Action.RefreshRequested(EnumSet.of(Resource.MEMBERS), Fixtures.NOW)).state();
        return loaded(s, Resource.MEMBERS, members);
    }

    private static Effect.RunAudit run(Step step) {
        return step.effects().stream().filter(e -> e instanceof Effect.RunAudit).map(e -> (Effect.RunAudit) e)
                .findFirst().orElseThrow(() -> new AssertionError("no audit asked for: " + step.effects()));
    }

    private AppState answer(AppState s, Effect.RunAudit r) {
        return reducer.reduce(s, new Action.AuditFinished(r.seq(), AuditRun.audit(r.data(), r.activity(), r.now())))
                .state();
    }

    private static OrganizationMembers withoutAlice() {
        OrganizationMembers all = Fixtures.members();
        return new OrganizationMembers(all.organizationId(),
                all.members().stream().filter(m -> !m.email().startsWith("alice")).toList(), all.pending());
    }

    @Test
    void waitsForEveryResourceBeforeAuditing() {
        Step step = loaded(initial(), Resource.WORKSPACES, Fixtures.workspaces());
        assertEquals(List.of(), step.state().audit().findings());
        assertTrue(step.effects().stream().noneMatch(e -> e instanceof Effect.RunAudit), "no audit of half-loaded");
        assertEquals("(waiting for the whole org to load)", pane.subtitle(step.state()));
    }

    @Test
    void auditsAsAnEffectAndShowsTheFindingsWhenTheyArrive() {
        Step step = complete(initial(), Fixtures.members());
        AppState s = step.state();
        assertEquals(List.of(), s.audit().findings());
        assertEquals("(auditing)", pane.subtitle(s));
        assertEquals("Auditing...", pane.emptyText(s));
        assertSame(s.data(), run(step).data(), "the audit reads the org data the panes show, not a copy of it");
        s = answer(s, run(step));
        List<Finding> found = s.audit().findings();
        assertFalse(found.isEmpty());
        assertFalse(pane.subtitle(s).contains("auditing"), pane.subtitle(s));
        Step again = reducer.reduce(s, new Action.StatusDismissed());
        assertTrue(again.effects().isEmpty(), "same data: no new audit");
    }

    @Test
    void aLateAnswerForOlderDataIsDropped() {
        Step before = complete(initial(), Fixtures.members());
        Step after = complete(before.state(), withoutAlice());
        AppState s = answer(after.state(), run(after));
        List<Finding> newest = s.audit().findings();
        assertTrue(newest.stream().anyMatch(f -> f.ruleId().equals("members.workspace-admin-not-in-org")), "newest");
        s = answer(s, run(before));
        assertEquals(newest, s.audit().findings(), "the older audit's answer does not replace the newer one");
    }

    @Test
    void noAuditRunsWhileTheAuditPaneIsNotShown() {
        AppState s = reducer.reduce(initial(), new Action.PaneSwitched(PaneId.MEMBERS)).state();
        Step step = complete(s, Fixtures.members());
        assertTrue(step.effects().stream().noneMatch(e -> e instanceof Effect.RunAudit), step.effects().toString());
        Step shown = reducer.reduce(step.state(), new Action.PaneSwitched(PaneId.AUDIT));
        run(shown);
    }
}
