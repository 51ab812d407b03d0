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
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.Json;
import dev.lsorg.testing.DemoOrg;
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

    /** How the console under test is set up; a key called {@code viewer} is the seed's Organization Viewer key. */
    record Setup(boolean readOnly, boolean dryRun, String readKey, String changeKey, String changeEndpoint) {
        static final Setup NORMAL = new Setup(false, false, null, null, null);
    }

    ChangeHarness(Path dir, Setup setup) throws Exception {
        org = DemoOrg.start();
        emulator = org.emulator;
        reader = client(emulator.endpoint(), key(setup.readKey()));
        changer = setup.changeKey() == null && setup.changeEndpoint() == null ? reader : client(
                setup.changeEndpoint() == null ? emulator.endpoint() : setup.changeEndpoint(), key(setup.changeKey()));
        journal = dir.resolve("state").resolve("journal.jsonl");
        h = new ScreenHarness(new ClientOrgReader(reader), 80, 24, "dark", setup.readOnly(), dir,
                emulator.endpoint(), null, org.clock);
        h.app.enableChanges(new ChangeSupport(Future.succeededFuture(changer), new Journal(journal), "test",
                setup.dryRun(), org.clock), org.clock);
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

    private String key(String name) {
        return name == null ? emulator.keys().orgAdminKey() : name.equals("viewer") ? emulator.keys().orgViewerKey()
                : name;
    }

    private LangSmithClient client(String endpoint, String key) {
        return LangSmithClient.create(ClientConfig.of(endpoint, Secret.of(key))
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
        h.pumpUntil(() -> changes().size() >= n, n + " changes in the emulator's log");
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
