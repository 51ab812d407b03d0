package dev.lsorg.ui;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Action;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import java.nio.file.Path;
import java.time.Duration;

/** A started emulator with the demo seed and a client on it, for whole-screen tests of the real stack. */
final class DemoOrg implements AutoCloseable {
    final Emulator emulator;
    final LangSmithClient client;

    DemoOrg(EmulatorOptions options) {
        emulator = Emulator.startBlocking(options);
        ClientConfig config = ClientConfig.of(emulator.endpoint(), Secret.of(emulator.keys().orgAdminKey()))
                .withOrganizationId(emulator.organizationId())
                .withRetryBudget(Duration.ofMillis(300));
        client = LangSmithClient.create(config);
    }

    DemoOrg() {
        this(EmulatorOptions.demo());
    }

    /** A console on this org at {@code cols} x {@code rows}, started (first load done). */
    ScreenHarness console(int cols, int rows, String theme, Path dir) throws Exception {
        ScreenHarness h = new ScreenHarness(new ClientOrgReader(client), cols, rows, theme, false, dir,
                emulator.endpoint(), null);
        client.addRequestListener(e -> h.app.dispatcher().dispatch(new Action.RequestLogged(new RequestEntry(
                e.time(), e.method(), e.path(), e.status(), e.latency().toMillis()))));
        return h.start();
    }

    @Override
    public void close() {
        client.close();
        emulator.close();
    }
}
