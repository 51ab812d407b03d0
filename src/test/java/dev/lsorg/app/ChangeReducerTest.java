package dev.lsorg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.Outcome;
import dev.lsorg.app.mutation.RequestResult;
import dev.lsorg.app.mutation.Verdict;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.model.OrgData;
import dev.lsorg.testing.TestClock;
import dev.lsorg.ui.Fixtures;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change flow's reducer rules on fixture data: one send per confirmation, outcomes, refreshes, paused panes. */
class ChangeReducerTest {
    private final Reducer reducer = new Reducer();
    private LangSmithClient client;
    private ChangeSupport support;
    private AppState state;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        // Never contacted: mutations only build requests with it here.
        client = LangSmithClient.create(ClientConfig.of("http://127.0.0.1:9", Secret.of("lsv2_sk_0123456789abcdef")),
                TestClock.at(Fixtures.NOW));
        support = new ChangeSupport(Future.succeededFuture(client), new Journal(dir.resolve("j.jsonl")), null, false,
                Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
        OrgData data = OrgData.empty().withInfo(adminInfo()).withWorkspaces(Fixtures.workspaces())
                .withRoles(Fixtures.roles()).withMembers(Fixtures.members());
        state = AppState.initial(new Connection("http://127.0.0.1:9", "lsv2_sk_…cdef", "org", false, false), null,
                Duration.ofSeconds(30), List.of(), Fixtures.NOW).withData(data);
    }

    // The fixture org as an admin key sees it: the permissions every change needs.
    private static dev.lsorg.model.OrganizationInfo adminInfo() {
        var i = Fixtures.info();
        return new dev.lsorg.model.OrganizationInfo(i.id(), i.displayName(), i.config(), false, "enterprise", false,
                List.of("organization:read", "organization:manage", "workspaces:manage",
                        "workspaces:manage-members"), false, false, false, false,
                true, null, false, false, true, false, 365, "sec@acme.test", 90, 180, List.of(), false, List.of());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private ChangeDialog.Confirm confirm(Mutation m, String typed) {
        return new ChangeDialog.Confirm(m, null, PaneId.WORKSPACES, Set.of("row"), typed, true, 0);
    }

    private Mutation create() {
        return support.factory(state).orElseThrow().createWorkspace("Lab", null).mutation();
    }

    @Test
    void aConfirmationSendsOnceAndASecondOneWhileItRunsSendsNothing() {
        ChangeDialog.Confirm c = confirm(create(), "");
        Step first = reducer.reduce(state, new Action.ChangeConfirmed(c, "Org", Fixtures.NOW));
        assertEquals(List.of(new Effect.RunMutation(c, "Org")), first.effects());
        assertTrue(first.state().overlay() instanceof Overlay.None);
        assertEquals(Set.of("row"), first.state().changes().sendingRows(PaneId.WORKSPACES));
        Step again = reducer.reduce(first.state(), new Action.ChangeConfirmed(c, "Org", Fixtures.NOW));
        assertEquals(List.of(), again.effects());
    }

    @Test
    void aDestructiveChangeIsNotSentUntilTheNameIsTyped() {
        Mutation delete = support.factory(state).orElseThrow().deleteWorkspace(Fixtures.WS_DEV.toString()).mutation();
        assertEquals(List.of(), reducer.reduce(state, new Action.ChangeConfirmed(confirm(delete, "dev"), "Org",
                Fixtures.NOW)).effects());
        assertEquals(1, reducer.reduce(state, new Action.ChangeConfirmed(confirm(delete, delete.confirmText()),
                "Org", Fixtures.NOW)).effects().size());
    }

    @Test
    void whileAChangeRunsItsPaneSkipsAutoRefreshAndItsAnswerReloadsWhatItTouched() {
        ChangeDialog.Confirm c = confirm(create(), "");
        AppState running = reducer.reduce(state, new Action.ChangeConfirmed(c, "Org", Fixtures.NOW)).state();
        Step tick = reducer.reduce(running, new Action.Tick(Fixtures.NOW.plusSeconds(60)));
        assertTrue(tick.effects().stream().noneMatch(e -> e instanceof Effect.Fetch f
                && PaneId.WORKSPACES.resources().contains(f.resource())), tick.effects().toString());
        Outcome ok = new Outcome(c.mutation(), Outcome.Status.DONE, "Done: x", List.of(), 1, null, Duration.ZERO);
        Step done = reducer.reduce(running, new Action.ChangeFinished(c, ok, Fixtures.NOW));
        assertTrue(done.state().changes().sendingRows(PaneId.WORKSPACES).isEmpty(), "its rows no longer spin");
        assertFalse(done.state().changes().idle(), "it stays in flight until what it touched has reloaded");
        assertEquals("Done: x", done.state().status().text());
        assertEquals(EnumSet.of(Resource.WORKSPACES, Resource.INFO), done.effects().stream()
                .filter(e -> e instanceof Effect.Fetch).map(e -> ((Effect.Fetch) e).resource())
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Resource.class))));
    }

    @Test
    void aFailureReopensTheFormWithTheServersReason() {
        ChangeDialog.Form form = ChangeForms.open(FormKind.CREATE_WORKSPACE, PaneId.WORKSPACES, List.of(), Set.of(),
                support.factory(state).orElseThrow().index(), null);
        ChangeDialog.Confirm c = new ChangeDialog.Confirm(create(), form, PaneId.WORKSPACES, Set.of(), "", true, 0);
        Outcome failed = new Outcome(c.mutation(), Outcome.Status.NOT_DONE, "Refused: Conflict",
                List.of(new RequestResult("Lab", "POST /api/v1/workspaces", Verdict.REFUSED, "Conflict", "Conflict",
                        null, null)), 1, null, Duration.ZERO);
        AppState after = reducer.reduce(state, new Action.ChangeFinished(c, failed, Fixtures.NOW)).state();
        ChangeDialog.Form again = (ChangeDialog.Form) ((Overlay.Change) after.overlay()).dialog();
        assertEquals("Conflict", again.problems().get(0).reason());
        assertEquals(Status.Level.WARN, after.status().level());
    }

    @Test
    void aLoadThatLeftBeforeTheAnswerIsForgottenAndAskedAgain() {
        ChangeDialog.Confirm c = confirm(create(), "");
        Step started = Loads.request(state, EnumSet.of(Resource.WORKSPACES), Fixtures.NOW);
        long oldSeq = started.state().load(Resource.WORKSPACES).seq();
        Outcome ok = new Outcome(c.mutation(), Outcome.Status.DONE, "Done: x", List.of(), 1, null, Duration.ZERO);
        Step done = reducer.reduce(started.state(), new Action.ChangeFinished(c, ok, Fixtures.NOW));
        long newSeq = done.state().load(Resource.WORKSPACES).seq();
        assertTrue(newSeq > oldSeq && done.state().load(Resource.WORKSPACES).loading());
        assertTrue(done.effects().contains(new Effect.Fetch(Resource.WORKSPACES, newSeq, null)));
        AppState stale = reducer.reduce(done.state(), new Action.ResourceLoaded(Resource.WORKSPACES, oldSeq, List.of(),
                Fixtures.NOW)).state();
        assertEquals(Fixtures.workspaces(), stale.data().workspaces(), "the old answer is ignored");
    }

    // The fixture org with both live workspaces' member lists loaded (and a stale list of the deleted one, which
    // the load drops), showing workspace {@code shown}.
    private AppState withLists(java.util.UUID shown) {
        AppState s = state.withData(state.data().withWorkspaceMembers(Fixtures.WS_OLD,
                new dev.lsorg.model.TenantMembers(Fixtures.WS_OLD, List.of(), List.of()))).withWorkspace(shown);
        Step asked = Loads.request(s, EnumSet.of(Resource.ALL_WS_MEMBERS), Fixtures.NOW);
        return answer(asked.state(), Resource.ALL_WS_MEMBERS, java.util.Map.of(Fixtures.WS_PROD,
                Fixtures.workspaceMembers(Fixtures.WS_PROD), Fixtures.WS_DEV,
                Fixtures.workspaceMembers(Fixtures.WS_DEV))).state();
    }

    private Step answer(AppState s, Resource r, Object data) {
        return reducer.reduce(s, new Action.ResourceLoaded(r, s.load(r).seq(), data, Fixtures.NOW));
    }

    private Step addedBobToProduction(AppState s) {
        Mutation add = support.factory(s).orElseThrow().addToWorkspace(Fixtures.WS_PROD.toString(),
                List.of("bob@acme.test"), "Viewer").mutation();
        ChangeDialog.Confirm c = new ChangeDialog.Confirm(add, null, PaneId.WS_MEMBERS, Set.of("row"), "", true, 0);
        AppState running = reducer.reduce(s, new Action.ChangeConfirmed(c, "Org", Fixtures.NOW)).state();
        Outcome ok = new Outcome(add, Outcome.Status.DONE, "Done: added", List.of(), 1, null, Duration.ZERO);
        return reducer.reduce(running, new Action.ChangeFinished(c, ok, Fixtures.NOW));
    }

    @Test
    void aChangeToAnotherWorkspacesMembersReadsThatWorkspacesListAlone() {
        AppState s = withLists(Fixtures.WS_DEV);
        assertFalse(s.data().workspaceMembers().containsKey(Fixtures.WS_OLD), "a deleted workspace's list is dropped");
        var dev = s.data().workspaceMembers().get(Fixtures.WS_DEV);
        Step done = addedBobToProduction(s);
        long seq = done.state().load(Resource.ALL_WS_MEMBERS).seq();
        assertEquals(List.of(new Effect.FetchAllWsMembers(seq, List.of(Fixtures.WS_PROD))), done.effects());
        var prod = new dev.lsorg.model.TenantMembers(Fixtures.WS_PROD, List.of(), List.of());
        AppState after = answer(done.state(), Resource.ALL_WS_MEMBERS, java.util.Map.of(Fixtures.WS_PROD, prod)).state();
        assertEquals(prod, after.data().workspaceMembers().get(Fixtures.WS_PROD));
        assertTrue(after.data().workspaceMembers().get(Fixtures.WS_DEV) == dev, "the other list is kept as it was");
        assertTrue(after.changes().idle(), "the change settles once its workspace's list is in");
    }

    @Test
    void aChangeToTheShownWorkspacesMembersReadsItsListThroughThePane() {
        Step done = addedBobToProduction(withLists(Fixtures.WS_PROD));
        long seq = done.state().load(Resource.WS_MEMBERS).seq();
        assertEquals(List.of(new Effect.Fetch(Resource.WS_MEMBERS, seq, Fixtures.WS_PROD)), done.effects());
        AppState after = answer(done.state(), Resource.WS_MEMBERS, Fixtures.workspaceMembers(Fixtures.WS_PROD))
                .state();
        assertTrue(after.changes().idle());
    }

    @Test
    void beforeEveryListHasLoadedOnceAChangeReadsThemAll() {
        AppState s = state.withWorkspace(Fixtures.WS_PROD).withData(state.data().withWorkspaceMembers(java.util.Map.of(
                Fixtures.WS_PROD, Fixtures.workspaceMembers(Fixtures.WS_PROD))));
        Step done = addedBobToProduction(s);
        long seq = done.state().load(Resource.ALL_WS_MEMBERS).seq();
        assertTrue(done.effects().contains(new Effect.FetchAllWsMembers(seq, List.of(Fixtures.WS_PROD,
                Fixtures.WS_DEV))), done.effects().toString());
    }
}
