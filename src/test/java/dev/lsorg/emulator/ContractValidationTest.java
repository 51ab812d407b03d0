package dev.lsorg.emulator;

import static io.vertx.core.http.HttpMethod.GET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.SpecValidator;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestHttp;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation registered through {@link Endpoints} is validated from the contract, with no code of its own: an
 * operation the emulator does not serve yet (the org's audit log), registered here with a handler that only echoes
 * its query, gets the spec's required parameters, bounds, formats and enums checked before the handler runs.
 */
class ContractValidationTest {
    private static final String LOGS = "/api/v1/audit-logs";
    private final Vertx vertx = Vertx.vertx();
    private Seeded seeded;
    private HttpServer server;

    @BeforeEach
    void serve() {
        seeded = Seeded.of(EmulatorOptions.demo(TestClock.pinned()));
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        new Endpoints(router, seeded.store()).org(GET, LOGS, Roles.ORG_READ,
                c -> Map.of("cursor", "echo", "items", List.of()));
        server = Await.await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    }

    @AfterEach
    void stop() {
        Await.await(vertx.close());
    }

    private TestHttp.Reply get(String query) {
        return new TestHttp("http://127.0.0.1:" + server.actualPort()).with("X-API-Key", seeded.keys().orgAdminKey())
                .get(LOGS + query);
    }

    private static JsonNode errorAt(TestHttp.Reply r, Object... loc) {
        assertEquals(422, r.status(), r.body());
        SpecValidator.load().assertResponse("GET", LOGS, 422, r.json());
        for (JsonNode e : r.json().get("detail")) {
            if (e.get("loc").toString().equals(new ObjectMapper().valueToTree(List.of(loc)).toString())) {
                return e;
            }
        }
        throw new AssertionError("no error at " + List.of(loc) + ": " + r.body());
    }

    @Test
    void queryParametersAreCheckedFromTheContract() {
        String window = "start_time=2026-11-01T00:00:00Z&end_time=2026-11-02T00:00:00Z";
        assertEquals(200, get("?" + window).status());
        TestHttp.Reply none = get("");
        assertEquals("missing", errorAt(none, "query", "start_time").get("type").asText());
        assertEquals("missing", errorAt(none, "query", "end_time").get("type").asText());
        assertEquals("less_than_equal", errorAt(get("?" + window + "&limit=101"), "query", "limit").get("type")
                .asText());
        assertEquals("greater_than_equal", errorAt(get("?" + window + "&limit=0"), "query", "limit").get("type")
                .asText());
        assertEquals("uuid_parsing", errorAt(get("?" + window + "&workspace_id=nope"), "query", "workspace_id")
                .get("type").asText());
        assertEquals("enum", errorAt(get("?" + window + "&operations=create_workspace&operations=bogus"), "query",
                "operations", 1).get("type").asText());
        assertEquals(200, get("?" + window + "&operations=create_workspace&limit=100").status());
        assertTrue(errorAt(get("?start_time=yesterday&end_time=2026-11-02T00:00:00Z"), "query", "start_time")
                .get("type").asText().startsWith("datetime"));
    }

    @Test
    void onlyContractOperationsCanBeRegistered() {
        Endpoints endpoints = new Endpoints(Router.router(vertx), seeded.store());
        assertThrows(IllegalStateException.class, () -> endpoints.org(GET, "/api/v1/not-in-the-spec", null,
                c -> Map.of()));
    }
}
