package dev.lsorg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.Json;
import dev.lsorg.testing.SpecValidator;
import dev.lsorg.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Records all the traffic of a run over every client operation and checks each request against the contract:
 * a known path and method, the scope headers its security list demands (with the right ids), only documented
 * query parameters, and a body that matches the request schema.
 */
class SpecTrafficTest {
    /** Contract operations lsorg deliberately does not use (role restriction, basic auth, billing view, PAT create
     *  and delete). */
    static final Set<String> UNUSED = Set.of(
            "PUT /api/v1/orgs/current/roles/{role_id}/restriction",
            "POST /api/v1/orgs/current/members/basic/batch", "GET /api/v1/orgs/current",
            "POST /api/v1/orgs/current/personal-access-tokens",
            "DELETE /api/v1/orgs/current/personal-access-tokens/{pat_id}");

    static Fixture fx;
    static TrafficScenario scenario;
    static List<RequestLog.Entry> log;
    static SpecValidator validator = SpecValidator.load();
    static JsonNode spec;

    @BeforeAll
    static void record() throws IOException {
        fx = Fixture.start(dev.lsorg.emulator.EmulatorOptions.demo(TestClock.pinned()), c -> c);
        try (InputStream in = SpecTrafficTest.class.getResourceAsStream("/langsmith-openapi-org.json")) {
            spec = Json.mapper().readTree(in);
        }
        LangSmithClient client = fx.client(fx.config(fx.emulator.keys().orgAdminKey())
                .withOrganizationId(fx.emulator.organizationId()));
        fx.emulator.requestLog().clear();
        scenario = new TrafficScenario(fx, client);
        scenario.run();
        log = fx.log().stream().filter(e -> e.path().startsWith("/api/")).toList();
        client.close();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void everyRequestIsAContractOperationAndEveryUsedOperationWasExercised() {
        Set<String> seen = new TreeSet<>();
        for (RequestLog.Entry e : log) {
            String template = validator.template(e.method(), e.path())
                    .orElseThrow(() -> new AssertionError("not in the contract: " + e.method() + " " + e.path()));
            seen.add(e.method() + " " + template);
        }
        Set<String> expected = new TreeSet<>(validator.operations());
        expected.removeAll(UNUSED);
        assertEquals(expected, seen);
    }

    @Test
    void everyRequestCarriesTheScopeHeadersItsSecurityListNames() {
        String org = fx.emulator.organizationId().toString();
        for (RequestLog.Entry e : log) {
            String template = validator.template(e.method(), e.path()).orElseThrow();
            String what = e.method() + " " + e.path();
            assertEquals(org, e.headers().get("x-organization-id"), what);
            assertEquals(dev.lsorg.config.Secret.of(fx.emulator.keys().orgAdminKey()).shortForm(),
                    e.headers().get("x-api-key"), what + " (as the emulator masks it)");
            boolean workspaceScoped = securitySchemes(e.method(), template).contains("TenantId");
            assertEquals(workspaceScoped, e.headers().containsKey("x-tenant-id"), what + " X-Tenant-Id");
            if (template.equals("/api/v1/workspaces/{workspace_id}") && workspaceScoped) {
                assertEquals(e.path().substring(e.path().lastIndexOf('/') + 1), e.headers().get("x-tenant-id"),
                        what + ": the workspace's own id");
            }
        }
    }

    @Test
    void queryParametersAreDocumented() {
        for (RequestLog.Entry e : log) {
            if (e.query() == null || e.query().isEmpty()) {
                continue;
            }
            String template = validator.template(e.method(), e.path()).orElseThrow();
            Set<String> allowed = new HashSet<>();
            operation(e.method(), template).path("parameters").forEach(p -> allowed.add(p.path("name").asText()));
            for (String pair : e.query().split("&")) {
                String name = pair.substring(0, pair.indexOf('='));
                assertTrue(allowed.contains(name), e.method() + " " + e.path() + ": undocumented parameter " + name);
            }
        }
    }

    @Test
    void everyBodyMatchesTheRequestSchema() throws IOException {
        assertFalse(scenario.sent.isEmpty());
        for (ApiRequest<?> r : scenario.sent) {
            String template = validator.template(r.method(), "/api/v1" + r.path()).orElseThrow();
            if (r.body() != null) {
                validator.assertRequest(r.method(), template, Json.mapper().readTree(r.bodyJson()));
            } else {
                assertFalse(operation(r.method(), template).path("requestBody").path("required").asBoolean(),
                        r.operation() + " needs a body");
            }
        }
    }

    /** The bodies as they went over the wire (the emulator's log), every request, reads included. */
    @Test
    void everyRecordedRequestBodyMatchesItsOperation() throws IOException {
        for (RequestLog.Entry e : log) {
            JsonNode body = e.body() == null || e.body().isEmpty() ? null : Json.mapper().readTree(e.body());
            validator.assertRequestTo(e.method(), e.path(), body);
            if (e.method().equals("GET")) {
                assertEquals(null, body, "a read sends no body: " + e.path());
            }
        }
    }

    static JsonNode operation(String method, String template) {
        return spec.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
    }

    static Set<String> securitySchemes(String method, String template) {
        Set<String> names = new HashSet<>();
        operation(method, template).path("security").forEach(s -> s.fieldNames().forEachRemaining(names::add));
        return names;
    }
}
