package dev.lsorg.app.console;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Connection;
import dev.lsorg.app.Effect;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Reducer;
import dev.lsorg.app.Resource;
import dev.lsorg.app.Step;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.pane.Panes;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.model.OrganizationConfig;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestVertx;
import dev.lsorg.ui.Fixtures;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The console's update side on the fixture org, with no screen and no server: intents go through
 * {@link Contexts#handle}, and the effects they ask for are collected, not run. The change factory's client points
 * at a closed port; building a mutation sends nothing.
 */
final class ConsoleFixture {
    final Panes panes = new Panes();
    final Contexts contexts;
    final List<Effect> effects = new ArrayList<>();
    AppState state;

    /** The fixture org loaded, on pane 1, read-write (or {@code readOnly}). */
    ConsoleFixture(boolean readOnly, Path journalDir) {
        this(readOnly, journalDir, List.of());
    }

    /** The same, with {@code profiles} to switch to. */
    ConsoleFixture(boolean readOnly, Path journalDir, List<String> profiles) {
        ChangeSupport support = new ChangeSupport(Future.succeededFuture(client()),
                new Journal(journalDir.resolve("journal.jsonl")), "test", false, TestClock.pinned());
        contexts = new Contexts(panes, () -> support, List.of("dark", "light", "mono"), () -> profiles);
        state = loaded(AppState.initial(new Connection("http://127.0.0.1:9", "lsv2_sk_…9f2c", "org", readOnly,
                false), null, Duration.ofSeconds(30), List.of(), Fixtures.NOW));
    }

    private static LangSmithClient client() {
        return LangSmithClient.create(TestVertx.shared(), ClientConfig.of("http://127.0.0.1:9",
                Secret.of("lsv2_sk_0123456789abcdef0123456789abcdef_9f2c")).withOrganizationId(Fixtures.ORG),
                TestClock.pinned());
    }

    private static AppState loaded(AppState s) {
        Reducer r = new Reducer();
        s = r.reduce(s, new Action.RefreshRequested(EnumSet.allOf(Resource.class), Fixtures.NOW)).state();
        s = answer(r, s, Resource.WORKSPACES, Fixtures.workspaces());
        s = answer(r, s, Resource.INFO, adminInfo());
        s = answer(r, s, Resource.ROLES, Fixtures.roles());
        s = answer(r, s, Resource.KEYS, Fixtures.keys());
        s = answer(r, s, Resource.MEMBERS, Fixtures.members());
        s = answer(r, s, Resource.WS_MEMBERS, Fixtures.workspaceMembers(Fixtures.WS_PROD));
        return answer(r, s, Resource.ALL_WS_MEMBERS, Map.of(Fixtures.WS_PROD,
                Fixtures.workspaceMembers(Fixtures.WS_PROD), Fixtures.WS_DEV,
                Fixtures.workspaceMembers(Fixtures.WS_DEV)));
    }

    private static AppState answer(Reducer r, AppState s, Resource res, Object data) {
        return r.reduce(s, new Action.ResourceLoaded(res, s.load(res).seq(), data, Fixtures.NOW)).state();
    }

    // The fixture org as its admin sees it: no permission list, so every change is allowed.
    private static OrganizationInfo adminInfo() {
        OrganizationConfig cfg = new OrganizationConfig("enterprise", 10, 5, true, false, true, true, true, true, true,
                false);
        return new OrganizationInfo(Fixtures.ORG, "Acme Labs", cfg, false, "enterprise", false, List.of(),
                false, false, false, false, true, null, false, false, true, false, 365, "sec@acme.test", 90, 180,
                List.of(), false, List.of());
    }

    /** Handles each intent in turn; returns this fixture. */
    ConsoleFixture press(Intent... intents) {
        for (Intent i : intents) {
            Step step = contexts.handle(state, i, Fixtures.NOW);
            state = step.state();
            effects.addAll(step.effects());
        }
        return this;
    }

    /** Types {@code text} into the input that has the keyboard, one character at a time. */
    ConsoleFixture type(String text) {
        for (char c : text.toCharArray()) {
            press(new Intent.Typed(String.valueOf(c)));
        }
        return this;
    }

    /** Applies an action that is not an intent (an answer, a tick). */
    ConsoleFixture apply(Action a) {
        Step step = new ConsoleUpdate(contexts).apply(state, a);
        state = step.state();
        effects.addAll(step.effects());
        return this;
    }

    /** The effects of type {@code type} asked for so far. */
    <T extends Effect> List<T> effects(Class<T> type) {
        return effects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The id of the selected row of the pane on screen. */
    String selectedId() {
        return new Selection(panes).selected(state).map(r -> r.id()).orElse(null);
    }

    /** The first cell of the selected row of the pane on screen. */
    String selectedCell(int column) {
        return new Selection(panes).selected(state).map(r -> r.cells()[column]).orElse(null);
    }
}
