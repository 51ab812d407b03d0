package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.api.RequestPreview;
import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Connection;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.ReconcilePolicy;
import dev.lsorg.app.OrgReader;
import dev.lsorg.api.RetryTimer;
import io.vertx.core.Vertx;
import java.util.function.UnaryOperator;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.Json;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.TestVertx;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A fresh demo emulator and the real console on an 80x24 virtual terminal with changes enabled, plus what change
 * tests need: the emulator's log of non-GET requests, the mutation the open confirm dialog shows, and waiting for
 * a sent change's answer.
 */
final class ChangeHarness implements AutoCloseable {
    final DemoOrg org;
    final Emulator emulator;
    final LangSmithClient reader;
    final LangSmithClient changer;
    final ScreenHarness h;
    final Path journal;
    private final Vertx vertx = TestVertx.shared();

    /**
     * How the console under test is set up; a key called {@code viewer} is the seed's Organization Viewer key, one
     * called {@code pat} the seed's personal access token of an Organization User. With
     * a {@code changeTimer}, changes go through a client of their own that times out after {@code changeTimeout}
     * and waits (between checks of a lost answer too) on that timer; {@code reads} may stand between the console
     * and the org (to show it another plan).
     */
    record Setup(boolean readOnly, boolean dryRun, String readKey, String changeKey, String changeEndpoint,
                 RetryTimer changeTimer, Duration changeTimeout, UnaryOperator<OrgReader> reads) {
        static final Setup NORMAL = new Setup(false, false, null, null, null);

        Setup(boolean readOnly, boolean dryRun, String readKey, String changeKey, String changeEndpoint) {
            this(readOnly, dryRun, readKey, changeKey, changeEndpoint, null, null, UnaryOperator.identity());
        }

        /** Changes with the admin key whose answers can be lost: timeout {@code timeout}, waits on {@code timer}. */
        static Setup lossy(RetryTimer timer, Duration timeout) {
            return new Setup(false, false, null, null, null, timer, timeout, UnaryOperator.identity());
        }

        /** The console on {@code key} (reads and changes). */
        static Setup withKey(String key) {
            return new Setup(false, false, key, key, null);
        }

        /** The console reading through {@code wrap} of the usual reader. */
        static Setup reading(UnaryOperator<OrgReader> wrap) {
            return new Setup(false, false, null, null, null, null, null, wrap);
        }
    }

    ChangeHarness(Path dir, Setup setup) throws Exception {
        this(dir, setup, (o, j) -> { });
    }

    /** A console that starts after {@code beforeStart} has had the org and the journal's path (to plant things). */
    ChangeHarness(Path dir, Setup setup, java.util.function.BiConsumer<DemoOrg, Path> beforeStart) throws Exception {
        org = DemoOrg.start();
        emulator = org.emulator;
        reader = client(emulator.endpoint(), key(setup.readKey()));
        changer = setup.changeTimer() != null ? lossy(setup) : setup.changeKey() == null
                && setup.changeEndpoint() == null ? reader : client(setup.changeEndpoint() == null
                ? emulator.endpoint() : setup.changeEndpoint(), key(setup.changeKey()));
        journal = dir.resolve("state").resolve("journal.jsonl");
        beforeStart.accept(org, journal);
        h = new ScreenHarness(setup.reads().apply(new ClientOrgReader(reader)), 80, 24, "dark", setup.readOnly(),
                dir, emulator.endpoint(), null, org.clock);
        ReconcilePolicy policy = setup.changeTimeout() == null ? null : new ReconcilePolicy(
                setup.changeTimeout().multipliedBy(2), Duration.ofSeconds(20), Duration.ofMillis(100),
                Duration.ofSeconds(1));
        h.app.enableChanges(new ChangeSupport(Future.succeededFuture(changer), new Journal(journal), "test",
                setup.dryRun(), org.clock, policy), org.clock);
        if (setup.dryRun()) {
            h.app.store().dispatch(new Action.ConnectionChanged(new Connection(emulator.endpoint(), "lsv2_sk_…9f2c",
                    "org", setup.readOnly(), true)));
        }
        reader.addRequestListener(e -> h.app.dispatcher().dispatch(new Action.RequestLogged(new RequestEntry(
                e.time(), e.method(), e.path(), e.status(), e.latency().toMillis()))));
        h.start();
    }

    ChangeHarness(Path dir) throws Exception {
        this(dir, Setup.NORMAL);
    }

    private LangSmithClient lossy(Setup setup) {
        return LangSmithClient.create(vertx, ClientConfig.of(emulator.endpoint(), Secret.of(key(null)))
                .withOrganizationId(emulator.organizationId()).withRetryBudget(Duration.ofMillis(300))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), setup.changeTimeout()), org.clock,
                setup.changeTimer());
    }

    private String key(String name) {
        return name == null ? emulator.keys().orgAdminKey() : name.equals("viewer") ? emulator.keys().orgViewerKey()
                : name.equals("pat") ? emulator.keys().patKey() : name;
    }

    private LangSmithClient client(String endpoint, String key) {
        return LangSmithClient.create(vertx, ClientConfig.of(endpoint, Secret.of(key))
                .withOrganizationId(emulator.organizationId()).withRetryBudget(Duration.ofMillis(300)), org.clock);
    }

    AppState state() {
        return h.app.store().state();
    }

    /** Every request that changed something (not a GET), oldest first. */
    List<RequestLog.Entry> changes() {
        return emulator.requestLog().entries().stream().filter(e -> !e.method().equals("GET")).toList();
    }

    /** Goes to pane {@code digit} and filters it down to rows containing {@code text} (the first is selected). */
    ChangeHarness select(char digit, String text) {
        h.type(String.valueOf(digit));
        h.type("/" + text);
        h.press(KeyType.Enter);
        return this;
    }

    /** The dialog open over the pane. */
    ChangeDialog dialog() {
        assertTrue(state().overlay() instanceof Overlay.Change, () -> "no change dialog:\n" + h.text());
        return ((Overlay.Change) state().overlay()).dialog();
    }

    /** The mutation the open confirm dialog shows. */
    Mutation confirming() {
        assertTrue(dialog() instanceof ChangeDialog.Confirm, () -> "not confirming:\n" + h.text());
        return ((ChangeDialog.Confirm) dialog()).mutation();
    }

    /** Waits until the sent change has its answer and the panes it touched have reloaded. */
    void awaitOutcome() {
        h.pumpUntil(() -> state().changes().idle() && !state().anyLoading(), "the change's outcome");
    }

    /** Waits until the emulator has logged {@code n} changes (it logs an answer when it ends it). */
    List<RequestLog.Entry> awaitChanges(int n) {
        try {
            emulator.requestLog().await(e -> !e.method().equals("GET"), n, Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        h.pump();
        return changes();
    }

    /** The emulator received exactly what the dialog showed: method, path, workspace header and JSON body. */
    static void sentAsShown(RequestPreview shown, RequestLog.Entry got) throws Exception {
        String url = shown.url();
        String path = url.substring(url.indexOf("/api/"));
        assertEquals(shown.method(), got.method());
        assertEquals(path, got.path() + (got.query() == null || got.query().isEmpty() ? "" : "?" + got.query()));
        assertEquals(shown.headers().get("X-Tenant-Id"), got.headers().get("x-tenant-id"));
        assertEquals(shown.body() == null ? null : Json.mapper().readTree(shown.body()),
                got.body() == null || got.body().isEmpty() ? null : Json.mapper().readTree(got.body()));
    }

    void assertScreenHas(String text) {
        assertTrue(h.text().contains(text), () -> "screen lacks '" + text + "':\n" + h.text());
    }

    @Override
    public void close() throws Exception {
        h.close();
        if (changer != reader) {
            changer.close();
        }
        reader.close();
        org.close();
    }
}
