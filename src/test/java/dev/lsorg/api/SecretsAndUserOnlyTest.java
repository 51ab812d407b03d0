package dev.lsorg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.APIKeyCreateRequest;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.WorkspaceCreate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/**
 * Runs every operation, the error cases and a whole-org load while capturing everything that could carry a key
 * (standard output and error, every log record at every level, request events, error messages, previews,
 * printed configs), then searches all of it for the key; and checks the emulator saw no user-only call.
 */
class SecretsAndUserOnlyTest {
    @Test
    void noKeyAnywhereAndNoUserOnlyCall() {
        List<String> captured = Collections.synchronizedList(new ArrayList<>());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        Handler handler = capture(captured);
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        String key;
        String wrongKey = "lsv2_sk_this_is_a_wrong_key_but_still_secret_9999";
        try (Fixture fx = Fixture.demo()) {
            key = fx.emulator.keys().orgAdminKey();
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            root.setLevel(Level.ALL);
            root.addHandler(handler);
            fx.client.addRequestListener(e -> captured.add(e.toString()));
            new TrafficScenario(fx, fx.client).run();
            captured.add(fx.client.config().toString());
            captured.add(fx.client.orgMembers().inviteRequest(new PendingIdentityCreate("p@example.org", null, null,
                    null, null, null, null)).preview().text());
            captured.add(fx.client.apiKeys().createServiceKeyRequest(new APIKeyCreateRequest("k", null, null, null,
                    null, null)).preview().toString());
            captured.add(dev.lsorg.testing.Await.await(fx.client.apiKeys().createServiceKey(new APIKeyCreateRequest("k2", null, null,
                    null, null, null))).toString());
            errors(fx, wrongKey, captured);
            assertEquals(0, fx.emulator.userOnlyCalls(), "the client called a user-only endpoint");
            assertTrue(fx.log().stream().noneMatch(e -> e.path().equals("/api/v1/orgs") || e.path().startsWith("/api/v1/tenants")
                    || e.path().startsWith("/api/v1/api-key/current") || e.path().startsWith("/api/v1/sso")
                    || e.path().equals("/api/v1/orgs/permissions")));
        } finally {
            root.removeHandler(handler);
            root.setLevel(level);
            System.setOut(out);
            System.setErr(err);
        }
        captured.add(console.toString(StandardCharsets.UTF_8));
        assertTrue(captured.size() > 100, "captured " + captured.size() + " items");
        List<String> seen;
        synchronized (captured) { // a late event of the shared Vert.x may still be adding
            seen = new ArrayList<>(captured);
        }
        for (String text : seen) {
            assertFalse(text.contains(key), "the key leaked in: " + text);
            assertFalse(text.contains(wrongKey), "the wrong key leaked in: " + text);
            assertFalse(text.contains(key.substring(8, key.length() - 4)), "the key's secret part leaked in: " + text);
        }
    }

    private static void errors(Fixture fx, String wrongKey, List<String> captured) {
        try (LangSmithClient bad = fx.client(fx.config(wrongKey))) {
            bad.addRequestListener(e -> captured.add(e.toString()));
            captured.add(message(bad.workspaces().list(true)));
            captured.add(bad.config().toString());
        }
        fx.emulator.faults().malformedRate(1.0);
        captured.add(message(fx.client.roles().list()));
        fx.emulator.faults().reset();
        fx.emulator.faults().dropRate(1.0);
        captured.add(message(fx.client.workspaces().create(new WorkspaceCreate(null, "Dropped", null))));
        fx.emulator.faults().reset();
        captured.add(message(fx.client.workspaces().create(new WorkspaceCreate(null, "bad/name", null))));
    }

    private static String message(io.vertx.core.Future<?> future) {
        try {
            future.toCompletionStage().toCompletableFuture().join();
            throw new AssertionError("expected a failure");
        } catch (java.util.concurrent.CompletionException e) {
            StringWriter trace = new StringWriter();
            e.getCause().printStackTrace(new PrintWriter(trace));
            return e.getCause().getMessage() + "\n" + trace + "\n" + ApiException.errorOf(e.getCause());
        }
    }

    private static Handler capture(List<String> into) {
        SimpleFormatter formatter = new SimpleFormatter();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord record) {
                into.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        h.setLevel(Level.ALL);
        return h;
    }
}
