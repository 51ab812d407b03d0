package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.Json;
import dev.lsorg.testing.TestHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Generates requests for every operation of the contract from the contract itself and checks every answer against
 * it: a valid request (required fields and parameters, fresh objects for the path) answers 200 with the response
 * schema; each wrong value of each body field, query parameter and path parameter ({@link WrongValues}), a missing
 * required field and a missing or mistyped body answer a 422 {@code HTTPValidationError} naming that place; and
 * {@code null} in each nullable field is never a 422.
 */
class GeneratedRequestsTest extends EmulatorTestBase {
    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final JsonNode CONTRACT = contract();

    private final WrongValues wrong = new WrongValues(GeneratedRequestsTest::resolve);
    private GeneratedFixtures fixtures;
    private int requests;

    @Test
    void everyOperationAnswersGeneratedRequestsAsTheContractSays() {
        fixtures = new GeneratedFixtures(this);
        Set<String> exercised = new TreeSet<>();
        CONTRACT.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            Op op = new Op(m.getKey().toUpperCase(Locale.ROOT), p.getKey(), m.getValue());
            if (AllOperationsTest.NOT_YET_SERVED.contains(op.name())) {
                assertEquals(404, send(op, fixtures.path(op), "", null).status(), op.name() + " is served now");
                return;
            }
            exercise(op);
            exercised.add(op.name());
        }));
        Set<String> all = new TreeSet<>(SPEC.operations());
        all.removeAll(AllOperationsTest.NOT_YET_SERVED);
        assertEquals(all, exercised);
        assertEquals(45, SPEC.operations().size());
        assertTrue(requests > 500, "only " + requests + " generated requests");
    }

    /** A seed with room under its plan limits for the workspaces and invites the fixtures create. */
    @Override
    EmulatorOptions options() {
        return EmulatorOptions.large(30, 4, 10, clock);
    }

    /** Wrong requests first: they must change nothing, so the valid one (which may delete) comes last. */
    private void exercise(Op op) {
        invalidPath(op);
        invalidQuery(op);
        if (op.body() != null) {
            invalidBody(op);
        }
        valid(op);
        if (op.body() != null) {
            nullsAccepted(op);
        }
    }

    private void valid(Op op) {
        TestHttp.Reply r = send(op, fixtures.path(op), fixtures.query(op), fixtures.body(op));
        assertEquals(200, r.status(), () -> op.name() + " (valid) answered " + r.body());
        SPEC.assertResponse(op.method(), op.template(), 200, r.json());
    }

    private void invalidPath(Op op) {
        for (JsonNode p : op.parameters("path")) {
            String path = op.template().replace("{" + p.get("name").asText() + "}", "not-a-uuid");
            String filled = fixtures.fill(op, path);
            expect422(op, send(op, filled, fixtures.query(op), fixtures.body(op)), "path", p.get("name").asText());
        }
    }

    private void invalidQuery(Op op) {
        for (JsonNode p : op.parameters("query")) {
            String name = p.get("name").asText();
            boolean list = "array".equals(resolve(p.get("schema")).path("type").asText());
            for (String bad : wrong.query(p.get("schema"))) {
                String query = join(fixtures.query(op), name + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8));
                TestHttp.Reply r = send(op, fixtures.path(op), query, fixtures.body(op));
                expect422(op, r, list ? new Object[] {"query", name, 0} : new Object[] {"query", name});
            }
            if (p.path("required").asBoolean()) {
                String without = fixtures.query(op).replaceAll("(^|&)" + name + "=[^&]*", "");
                expect422(op, send(op, fixtures.path(op), without, fixtures.body(op)), "query", name);
            }
        }
    }

    private void invalidBody(Op op) {
        JsonNode schema = resolve(op.body());
        boolean batch = "array".equals(schema.path("type").asText());
        JsonNode model = resolve(batch ? schema.get("items") : schema);
        if (op.bodyRequired()) {
            expect422(op, send(op, fixtures.path(op), fixtures.query(op), null), "body");
        }
        expect422(op, send(op, fixtures.path(op), fixtures.query(op), batch ? N.objectNode() : N.arrayNode()), "body");
        model.path("properties").fields().forEachRemaining(f -> {
            for (JsonNode bad : wrong.of(f.getValue())) {
                fieldCase(op, batch, f.getKey(), bad, null);
            }
            for (JsonNode badItem : wrong.items(f.getValue())) {
                fieldCase(op, batch, f.getKey(), N.arrayNode().add(badItem), 0);
            }
        });
        model.path("required").forEach(r -> fieldCase(op, batch, r.asText(), null, null));
    }

    /** One body whose field {@code name} is {@code bad} (or left out when null), refused at that field. */
    private void fieldCase(Op op, boolean batch, String name, JsonNode bad, Integer index) {
        JsonNode body = fixtures.body(op);
        ObjectNode item = (ObjectNode) (batch ? body.get(0) : body);
        if (bad == null) {
            item.remove(name);
        } else {
            item.set(name, bad);
        }
        List<Object> loc = new ArrayList<>(batch ? List.of("body", 0, name) : List.of("body", name));
        if (index != null) {
            loc.add(index);
        }
        expect422(op, send(op, fixtures.path(op), fixtures.query(op), body), loc.toArray());
    }

    /** {@code null} passes validation wherever the schema allows it (the handler may still refuse the meaning). */
    private void nullsAccepted(Op op) {
        JsonNode schema = resolve(op.body());
        boolean batch = "array".equals(schema.path("type").asText());
        JsonNode model = resolve(batch ? schema.get("items") : schema);
        model.path("properties").fields().forEachRemaining(f -> {
            if (!nullable(f.getValue())) {
                return;
            }
            JsonNode body = fixtures.body(op);
            ((ObjectNode) (batch ? body.get(0) : body)).putNull(f.getKey());
            TestHttp.Reply r = send(op, fixtures.path(op), fixtures.query(op), body);
            assertNotEquals(422, r.status(), () -> op.name() + " refused null " + f.getKey() + ": " + r.body());
            if (r.status() == 200) {
                SPEC.assertResponse(op.method(), op.template(), 200, r.json());
            } else {
                assertTrue(r.json().path("detail").isTextual(), op.name() + ": " + r.body());
            }
        });
    }

    private static boolean nullable(JsonNode schema) {
        for (JsonNode m : resolve(schema).path("anyOf")) {
            if ("null".equals(m.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    private void expect422(Op op, TestHttp.Reply r, Object... loc) {
        assertEquals(422, r.status(), () -> op.name() + " with a wrong " + List.of(loc) + " answered " + r.body());
        SPEC.assertResponse(op.method(), op.template(), 422, r.json());
        ArrayNode expected = N.arrayNode();
        for (Object part : loc) {
            expected.add(part instanceof Integer i ? N.numberNode(i) : N.textNode(part.toString()));
        }
        for (JsonNode e : r.json().get("detail")) {
            JsonNode at = e.get("loc");
            if (at.size() >= expected.size() && prefix(at, expected)) {
                return;
            }
        }
        throw new AssertionError(op.name() + ": no error at " + expected + " in " + r.body());
    }

    private static boolean prefix(JsonNode at, ArrayNode expected) {
        for (int i = 0; i < expected.size(); i++) {
            if (!at.get(i).equals(expected.get(i))) {
                return false;
            }
        }
        return true;
    }

    TestHttp.Reply send(Op op, String path, String query, JsonNode body) {
        requests++;
        TestHttp http = fixtures.caller(op, path);
        String target = query == null || query.isEmpty() ? path : path + "?" + query;
        return http.send(op.method(), target, body == null ? null : body.toString());
    }

    private static String join(String a, String b) {
        return a == null || a.isEmpty() ? b : a + "&" + b;
    }

    static JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s != null && s.has("$ref")) {
            s = CONTRACT.at(s.get("$ref").asText().substring(1));
        }
        return s;
    }

    private static JsonNode contract() {
        try (InputStream in = GeneratedRequestsTest.class.getResourceAsStream("/langsmith-openapi-org.json")) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One operation of the contract.
     *
     * @param method   upper-case HTTP method
     * @param template the spec's path
     * @param spec     the operation object
     */
    record Op(String method, String template, JsonNode spec) {
        String name() {
            return method + " " + template;
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> out = new ArrayList<>();
            spec.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asText())) {
                    out.add(p);
                }
            });
            return out;
        }

        JsonNode body() {
            JsonNode b = spec.path("requestBody").path("content").path("application/json").path("schema");
            return b.isMissingNode() ? null : b;
        }

        boolean bodyRequired() {
            return spec.path("requestBody").path("required").asBoolean(false);
        }

        boolean workspaceScoped() {
            return spec.path("security").toString().contains("TenantId");
        }
    }
}
