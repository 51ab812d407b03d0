package dev.lsorg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.ui.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReducerTest {
    private final Reducer reducer = new Reducer();
    private final Instant t0 = Fixtures.NOW;
    private final AppState start = AppState.initial(new Connection("http://x", "k", null, false, false), null,
            Duration.ofSeconds(30), List.of(), t0);

    private Step refresh(AppState s, Resource... r) {
        return reducer.reduce(s, new Action.RefreshRequested(EnumSet.copyOf(List.of(r)), t0));
    }

    private AppState loaded(AppState s, Resource r, Object data) {
        return reducer.reduce(s, new Action.ResourceLoaded(r, s.load(r).seq(), data, t0.plusSeconds(1))).state();
    }

    @Test
    void aRefreshWhileOneIsInFlightIsDropped() {
        Step first = refresh(start, Resource.MEMBERS);
        assertEquals(List.of(new Effect.Fetch(Resource.MEMBERS, 1, null)), first.effects());
        Step second = refresh(first.state(), Resource.MEMBERS);
        assertEquals(List.of(), second.effects());
        assertEquals("Already loading", second.state().status().text());
    }

    @Test
    void aLateAnswerNeverOverwritesNewerData() {
        AppState s = refresh(start, Resource.MEMBERS).state();
        long oldSeq = s.load(Resource.MEMBERS).seq();
        s = loaded(s, Resource.MEMBERS, Fixtures.members("Alice New"));
        s = refresh(s, Resource.MEMBERS).state();
        s = loaded(s, Resource.MEMBERS, Fixtures.members("Alice Newest"));
        AppState after = reducer.reduce(s, new Action.ResourceLoaded(Resource.MEMBERS, oldSeq,
                Fixtures.members("Alice Stale"), t0.plusSeconds(9))).state();
        assertSame(s, after);
        assertEquals("Alice Newest", after.data().members().members().get(0).fullName());
    }

    @Test
    void changedRowsAreMarkedThenFade() {
        AppState s = loaded(refresh(start, Resource.MEMBERS).state(), Resource.MEMBERS, Fixtures.members());
        assertEquals(Set.of(), s.load(Resource.MEMBERS).changedIds(), "first load highlights nothing");
        s = loaded(refresh(s, Resource.MEMBERS).state(), Resource.MEMBERS, Fixtures.members("Alicia"));
        assertEquals(Set.of(Fixtures.uuid(30).toString()), s.load(Resource.MEMBERS).changedIds());
        s = reducer.reduce(s, new Action.Tick(t0.plusSeconds(10))).state();
        assertEquals(Set.of(), s.load(Resource.MEMBERS).changedIds());
    }

    @Test
    void failureKeepsDataShowsErrorAndBacksOff() {
        AppState s = loaded(refresh(start, Resource.MEMBERS).state(), Resource.MEMBERS, Fixtures.members());
        s = refresh(s, Resource.MEMBERS).state();
        s = reducer.reduce(s, new Action.LoadFailed(Resource.MEMBERS, s.load(Resource.MEMBERS).seq(),
                "Cannot reach the server", true, t0.plusSeconds(2))).state();
        assertEquals(4, s.data().members().members().size() + s.data().members().pending().size());
        assertEquals("Cannot reach the server", s.load(Resource.MEMBERS).error());
        assertEquals(Status.Level.ERROR, s.status().level());
        assertEquals(1, s.failures());
        assertEquals(t0.plusSeconds(7), s.nextRefresh());
        s = loaded(refresh(s, Resource.MEMBERS).state(), Resource.MEMBERS, Fixtures.members());
        assertEquals(0, s.failures());
        assertNull(s.load(Resource.MEMBERS).error());
        assertEquals("", s.status().text(), "an error stays until the next success");
    }

    @Test
    void selectionIsKeptByIdAcrossRefreshes() {
        AppState s = reducer.reduce(start, new Action.RowSelected(PaneId.MEMBERS, "bob")).state();
        s = loaded(refresh(s, Resource.MEMBERS).state(), Resource.MEMBERS, Fixtures.members());
        assertEquals("bob", s.paneState(PaneId.MEMBERS).selectedId());
    }

    @Test
    void workspacesPickTheFirstLiveOneAndLoadItsMembers() {
        Step st = refresh(start, Resource.WORKSPACES);
        Step done = reducer.reduce(st.state(), new Action.ResourceLoaded(Resource.WORKSPACES, 1,
                Fixtures.workspaces(), t0));
        assertEquals(Fixtures.WS_PROD, done.state().workspace());
        // the Workspaces pane is on screen: its member counts are asked for before the workspace's member list
        assertEquals(List.of(new Effect.FetchAllWsMembers(2, List.of(Fixtures.WS_PROD, Fixtures.WS_DEV)),
                new Effect.Fetch(Resource.WS_MEMBERS, 3, Fixtures.WS_PROD)), done.effects());
    }

    @Test
    void switchingWorkspaceMakesTheOldAnswerStale() {
        AppState s = reducer.reduce(refresh(start, Resource.WORKSPACES).state(), new Action.ResourceLoaded(
                Resource.WORKSPACES, 1, Fixtures.workspaces(), t0)).state();
        long prodSeq = s.load(Resource.WS_MEMBERS).seq();
        Step sw = reducer.reduce(s, new Action.WorkspaceSelected(Fixtures.WS_DEV, t0));
        assertEquals(Fixtures.WS_DEV, ((Effect.Fetch) sw.effects().get(0)).workspace());
        AppState late = reducer.reduce(sw.state(), new Action.ResourceLoaded(Resource.WS_MEMBERS, prodSeq,
                Fixtures.workspaceMembers(Fixtures.WS_PROD), t0)).state();
        assertFalse(late.data().workspaceMembers().containsKey(Fixtures.WS_PROD));
    }

    @Test
    void everyWorkspacesMembersWaitForTheOrgsMemberListAtStart() {
        AppState s = reducer.reduce(start, new Action.Tick(t0)).state();
        Step workspaces = reducer.reduce(s, new Action.ResourceLoaded(Resource.WORKSPACES,
                s.load(Resource.WORKSPACES).seq(), Fixtures.workspaces(), t0));
        assertTrue(workspaces.effects().stream().noneMatch(e -> e instanceof Effect.FetchAllWsMembers),
                "not while the members load: " + workspaces.effects());
        s = workspaces.state();
        Step members = reducer.reduce(s, new Action.ResourceLoaded(Resource.MEMBERS, s.load(Resource.MEMBERS).seq(),
                Fixtures.members(), t0));
        assertTrue(members.effects().stream().anyMatch(e -> e instanceof Effect.FetchAllWsMembers), "then at once");
        assertTrue(members.state().refreshes().running(), "still part of the start's refresh");
    }

    @Test
    void theAutoRefreshReloadsThePaneOnScreenAndTheHeaderUntilTheWholeOrgIsDue() {
        AppState s = reducer.reduce(start, new Action.Tick(t0)).state();
        assertEquals("whole org", s.refreshes().kind());
        for (Resource r : Resource.values()) {
            if (s.load(r).loading()) {
                s = reducer.reduce(s, new Action.LoadFailed(r, s.load(r).seq(), "no", false, null, t0)).state();
            }
        }
        assertFalse(s.refreshes().running());
        s = reducer.reduce(s, new Action.PaneSwitched(PaneId.WORKSPACES)).state();
        Step auto = reducer.reduce(s, new Action.Tick(t0.plusSeconds(30)));
        assertEquals(EnumSet.of(Resource.INFO, Resource.WORKSPACES, Resource.KEYS), auto.effects().stream()
                .map(e -> ((Effect.Fetch) e).resource()).collect(java.util.stream.Collectors.toCollection(
                        () -> EnumSet.noneOf(Resource.class))));
        assertEquals("auto: Workspaces", auto.state().refreshes().kind());
        Step whole = reducer.reduce(auto.state(), new Action.Tick(t0.plus(Refreshes.DEFAULT_WHOLE)));
        assertEquals("whole org", whole.state().refreshes().kind());
    }

    @Test
    void autoRefreshWaitsWhileACommandLineIsOpen() {
        AppState s = reducer.reduce(start, new Action.OverlayChanged(new Overlay.CommandLine("", -1, ""))).state();
        assertEquals(List.of(), reducer.reduce(s, new Action.Tick(t0.plusSeconds(60))).effects());
        s = reducer.reduce(s, new Action.OverlayChanged(Overlay.NONE)).state();
        Step tick = reducer.reduce(s, new Action.Tick(t0.plusSeconds(60)));
        assertEquals(6, tick.effects().size(), "every resource that needs nothing else: " + tick.effects());
        assertTrue(tick.state().nextRefresh().isAfter(t0.plusSeconds(60)));
    }

    @Test
    void copyNeverSendsEmptyText() {
        Step st = reducer.reduce(start, new Action.CopyRequested("bob@acme.test", "email", t0));
        assertEquals(List.of(new Effect.Copy("bob@acme.test")), st.effects());
        assertEquals(List.of(), reducer.reduce(start, new Action.CopyRequested("", "id", t0)).effects());
    }

    @Test
    void aFailedAttemptIsReportedWhileTheClientRetries() {
        AppState s = reducer.reduce(start, new Action.RequestLogged(new RequestEntry(t0, "GET",
                "/api/v1/orgs/current/info", 0, 3000))).state();
        assertEquals("GET /api/v1/orgs/current/info: no answer; retrying", s.status().text());
        assertEquals(Status.Level.WARN, s.status().level());
        AppState ok = reducer.reduce(start, new Action.RequestLogged(new RequestEntry(t0, "GET", "/x", 200, 3)))
                .state();
        assertEquals("", ok.status().text());
    }

    @Test
    void requestLogIsCapped() {
        AppState s = start;
        for (int i = 0; i < AppState.MAX_REQUESTS + 5; i++) {
            s = reducer.reduce(s, new Action.RequestLogged(new RequestEntry(t0, "GET", "/p" + i, 200, 1))).state();
        }
        assertEquals(AppState.MAX_REQUESTS, s.requests().size());
        assertEquals("/p" + (AppState.MAX_REQUESTS + 4), s.requests().get(s.requests().size() - 1).path());
    }

}
