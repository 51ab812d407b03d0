package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.Action;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Connection;
import dev.lsorg.app.OrgReader;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.testing.DemoOrg;
import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 5: the {@code :} line completes a change verb and its arguments as the shell does, and
 * {@code :profile NAME} switches the console to another configured org in place, the header and read-only mode
 * following it.
 */
class CommandLineScreenTest extends DemoScreenTest {
    @Test
    void colonCompletesAChangeVerbAndItsArguments() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type(":ro");
            c.h.press(KeyType.Tab);
            assertEquals(":role", c.h.line(23).strip());
            c.h.type("farid");
            c.h.press(KeyType.Tab);
            assertEquals(":role farid.chen@acme-robotics.com", c.h.line(23).strip());
        }
    }

    @Test
    void profileSwitchesToAnotherOrgAndTheHeaderFollows() throws Exception {
        try (DemoOrg staging = DemoOrg.start(); ScreenHarness h = console(120, 24)) {
            h.app.profiles(switcher(staging), e -> h.app.dispatcher().dispatch(new Action.RequestLogged(e)));
            assertTrue(h.line(0).contains("key lsv2_sk_…9f2c"), h.line(0));
            h.type(":profile st");
            h.press(KeyType.Tab);
            assertEquals(":profile staging", h.line(23).strip());
            h.press(KeyType.Enter);
            h.pumpUntil(() -> h.app.store().state().connection().readOnly()
                    && !h.app.store().state().anyLoading(), "the staging org");
            assertTrue(h.line(0).contains("key lsv2_sk_…beef"), h.line(0));
            assertTrue(h.line(0).contains("READ-ONLY"), "the profile is read-only: " + h.line(0));
            assertTrue(h.line(0).startsWith(" lsorg Acme Robotics"), h.line(0));
            h.type("n");
            assertTrue(h.app.store().state().status().text().startsWith("new is disabled: read-only mode"),
                    h.app.store().state().status().text());
        }
    }

    // A config file's second profile: the staging emulator, read-only, with a key of its own.
    private static ProfileSwitcher switcher(DemoOrg staging) {
        return new ProfileSwitcher() {
            @Override
            public List<String> names() {
                return List.of("staging");
            }

            @Override
            public ConsoleSession open(String name) {
                return session(staging.client, new Connection(staging.emulator.endpoint(), "lsv2_sk_…beef", "org",
                        true, false));
            }
        };
    }

    private static ConsoleSession session(LangSmithClient client, Connection connection) {
        return new ConsoleSession() {
            @Override
            public OrgReader reader() {
                return new ClientOrgReader(client);
            }

            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public UUID workspace() {
                return null;
            }

            @Override
            public Future<LangSmithClient> client() {
                return Future.succeededFuture(client);
            }

            @Override
            public void onRequest(Consumer<RequestEntry> sink) {
                client.addRequestListener(e -> sink.accept(new RequestEntry(e.time(), e.method(), e.path(),
                        e.status(), e.latency().toMillis())));
            }

            @Override
            public void close() {
                // the staging org is closed by the test
            }
        };
    }
}
