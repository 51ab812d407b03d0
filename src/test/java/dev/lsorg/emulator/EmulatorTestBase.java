package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.SpecValidator;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestHttp;
import dev.lsorg.testing.TestVertx;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts a fresh demo emulator for every test (so tests may change the org freely) and offers clients holding
 * each seeded key, plus a check that an answer is 200 and matches the spec's schema.
 */
abstract class EmulatorTestBase {
    static final SpecValidator SPEC = SpecValidator.load();

    Emulator emulator;
    /** The emulator's clock, pinned; a test moves it to let time pass. */
    final TestClock clock = TestClock.pinned();

    /** The options each test's emulator starts with (on {@link #clock}); override for another seed. */
    EmulatorOptions options() {
        return EmulatorOptions.demo(clock);
    }

    @BeforeEach
    void startEmulator() {
        emulator = TestVertx.emulator(options().withClock(clock));
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    TestHttp anonymous() {
        return new TestHttp(emulator.endpoint());
    }

    /** A client with the key and the org header, as the doc's sample sends on every request. */
    TestHttp as(String key) {
        return anonymous().with("X-API-Key", key).with("X-Organization-Id", emulator.organizationId().toString());
    }

    TestHttp admin() {
        return as(emulator.keys().orgAdminKey());
    }

    TestHttp viewer() {
        return as(emulator.keys().orgViewerKey());
    }

    TestHttp workspaceKey() {
        return as(emulator.keys().workspaceKey());
    }

    TestHttp pat() {
        return as(emulator.keys().patKey());
    }

    /** The org admin key acting in one workspace. */
    TestHttp adminIn(Object workspaceId) {
        return admin().with("X-Tenant-Id", workspaceId.toString());
    }

    /** Asserts a 200 whose body matches the operation's response schema, and returns the body. */
    static JsonNode ok(TestHttp.Reply reply, String method, String template) {
        assertEquals(200, reply.status(), () -> method + " " + template + " answered " + reply.body());
        JsonNode body = reply.json();
        SPEC.assertResponse(method, template, 200, body);
        return body;
    }

    /** Asserts an error status with a {@code detail} and returns the body. */
    static JsonNode error(TestHttp.Reply reply, int status) {
        assertEquals(status, reply.status(), () -> "expected " + status + " but got: " + reply.body());
        JsonNode body = reply.json();
        if (!body.has("detail")) {
            throw new AssertionError("error body without detail: " + body);
        }
        return body;
    }

    /** Asserts a 422 that matches {@code HTTPValidationError} and names the given location. */
    static JsonNode unprocessable(TestHttp.Reply reply, String method, String template, String... loc) {
        assertEquals(422, reply.status(), () -> "expected 422 but got: " + reply.body());
        JsonNode body = reply.json();
        SPEC.assertResponse(method, template, 422, body);
        for (JsonNode e : body.get("detail")) {
            if (e.get("loc").toString().equals(locJson(loc))) {
                return e;
            }
        }
        throw new AssertionError("no error at " + locJson(loc) + " in " + body);
    }

    private static String locJson(String... loc) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < loc.length; i++) {
            sb.append(i == 0 ? "" : ",");
            sb.append(loc[i].matches("\\d+") ? loc[i] : "\"" + loc[i] + "\"");
        }
        return sb.append(']').toString();
    }

    static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The id of a role by its {@code name} (e.g. {@code WORKSPACE_USER}) or display name. */
    String roleId(String name) {
        for (JsonNode r : admin().get("/api/v1/orgs/current/roles").json()) {
            if (r.get("name").asText().equals(name) || r.get("display_name").asText().equals(name)) {
                return r.get("id").asText();
            }
        }
        throw new AssertionError("no role " + name);
    }

    /** The id of a live workspace by display name. */
    String workspaceId(String displayName) {
        for (JsonNode w : admin().get("/api/v1/workspaces").json()) {
            if (w.get("display_name").asText().equals(displayName)) {
                return w.get("id").asText();
            }
        }
        throw new AssertionError("no workspace " + displayName);
    }
}
