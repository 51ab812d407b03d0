package dev.lsorg.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.testing.TestHttp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The objects and values {@link GeneratedRequestsTest} fills its generated requests with: a real object for each
 * path parameter (made once per operation, so an operation that deletes it can still be called with bad input
 * first), the caller (the PAT's owner for PAT writes, else the org admin key, with {@code X-Tenant-Id} where the
 * operation is workspace-scoped), required query parameters, and a body of the schema's required fields filled with
 * values that mean something to the org (fresh names and emails, a real workspace role).
 */
final class GeneratedFixtures {
    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final String PATS = "/api/v1/orgs/current/personal-access-tokens";

    private final GeneratedRequestsTest t;
    private final String workspace;
    private final String viewer;
    private final Map<String, String> paths = new HashMap<>();
    private int counter;

    GeneratedFixtures(GeneratedRequestsTest test) {
        this.t = test;
        this.workspace = created(t.admin().post("/api/v1/workspaces", Map.of("display_name", fresh("Fixture"))));
        this.viewer = t.roleId("Viewer");
    }

    private String fresh(String prefix) {
        return prefix + " " + (++counter);
    }

    private String email() {
        return "generated" + (++counter) + "@example.com";
    }

    private static String created(TestHttp.Reply r) {
        if (r.status() != 200) {
            throw new AssertionError("fixture not created: " + r.body());
        }
        JsonNode body = r.json();
        return (body.isArray() ? body.get(0) : body).get("id").asText();
    }

    /** The operation's path with an object of the right kind in every parameter (the same one on every call). */
    String path(GeneratedRequestsTest.Op op) {
        return paths.computeIfAbsent(op.name(), k -> fill(op, op.template()));
    }

    /** {@code path} with its remaining {@code {parameters}} replaced by fresh objects. */
    String fill(GeneratedRequestsTest.Op op, String path) {
        String out = path;
        if (out.contains("{workspace_id}")) {
            out = out.replace("{workspace_id}", created(t.admin().post("/api/v1/workspaces",
                    Map.of("display_name", fresh("Generated")))));
        }
        if (out.contains("{role_id}")) {
            out = out.replace("{role_id}", created(t.admin().post("/api/v1/orgs/current/roles", Map.of(
                    "display_name", fresh("Role"), "description", "generated", "permissions", List.of()))));
        }
        if (out.contains("{api_key_id}")) {
            out = out.replace("{api_key_id}", apiKey(op));
        }
        if (out.contains("{pat_id}")) {
            out = out.replace("{pat_id}", created(t.pat().post(PATS, Map.of("description", fresh("pat")))));
        }
        if (out.contains("{identity_id}")) {
            out = out.replace("{identity_id}", identity(op.template()));
        }
        return out;
    }

    private String apiKey(GeneratedRequestsTest.Op op) {
        if (op.template().startsWith("/api/v1/api-key")) {
            return created(t.adminIn(workspace).post("/api/v1/api-key", Map.of("description", fresh("ws key"))));
        }
        return created(t.admin().post("/api/v1/orgs/current/service-keys", Map.of("description", fresh("key"))));
    }

    private String identity(String template) {
        boolean inWorkspace = template.startsWith("/api/v1/workspaces/current");
        boolean pending = template.endsWith("/pending");
        if (pending && inWorkspace) {
            return created(t.adminIn(workspace).post("/api/v1/workspaces/current/members/batch",
                    List.of(Map.of("email", email()))));
        }
        if (pending) {
            return created(t.admin().post("/api/v1/orgs/current/members", Map.of("email", email())));
        }
        String member = orgMember();
        return inWorkspace ? created(t.adminIn(workspace).post("/api/v1/workspaces/current/members",
                Map.of("org_identity_id", member, "role_id", viewer))) : member;
    }

    /** A new active org member (basic-auth creation), by org identity id. */
    private String orgMember() {
        String email = email();
        t.admin().post("/api/v1/orgs/current/members/basic/batch", List.of(Map.of("email", email)));
        return t.admin().get("/api/v1/orgs/current/members/active?emails=" + email).json().get(0).get("id").asText();
    }

    /** Who sends the operation: PAT writes need a user (the PAT's owner); workspace operations name a tenant. */
    TestHttp caller(GeneratedRequestsTest.Op op, String path) {
        boolean patWrite = op.template().startsWith(PATS) && !op.name().startsWith("GET")
                && !op.template().endsWith("/revocation");
        TestHttp http = patWrite ? t.pat() : t.admin();
        if (!op.workspaceScoped()) {
            return http;
        }
        String tenant = op.template().contains("{workspace_id}") ? path.substring(path.lastIndexOf('/') + 1)
                : workspace;
        return http.with("X-Tenant-Id", tenant.matches("[0-9a-f-]{36}") ? tenant : workspace);
    }

    /** The required query parameters with valid values. */
    String query(GeneratedRequestsTest.Op op) {
        StringBuilder q = new StringBuilder();
        for (JsonNode p : op.parameters("query")) {
            if (p.path("required").asBoolean()) {
                q.append(q.length() == 0 ? "" : "&").append(p.get("name").asText()).append('=')
                        .append(sample(GeneratedRequestsTest.resolve(p.get("schema")), p.get("name").asText()));
            }
        }
        return q.toString();
    }

    /** A valid body: the schema's required fields, plus what the operation needs to mean something. */
    JsonNode body(GeneratedRequestsTest.Op op) {
        JsonNode schema = op.body() == null ? null : GeneratedRequestsTest.resolve(op.body());
        if (schema == null) {
            return null;
        }
        if ("array".equals(schema.path("type").asText())) {
            ArrayNode batch = N.arrayNode();
            batch.add(model(GeneratedRequestsTest.resolve(schema.get("items"))));
            return batch;
        }
        ObjectNode body = model(schema);
        if (op.name().equals("POST /api/v1/workspaces/current/members")) {
            body.put("org_identity_id", orgMember()).put("role_id", viewer);
        }
        return body;
    }

    private ObjectNode model(JsonNode schema) {
        ObjectNode body = N.objectNode();
        schema.path("required").forEach(r -> {
            JsonNode field = GeneratedRequestsTest.resolve(schema.path("properties").path(r.asText()));
            body.set(r.asText(), value(field, r.asText()));
        });
        return body;
    }

    private JsonNode value(JsonNode schema, String name) {
        return switch (name) {
            case "email" -> N.textNode(email());
            case "role_id" -> N.textNode(viewer);
            case "display_name" -> N.textNode(fresh("Generated"));
            default -> switch (schema.path("type").asText("")) {
                case "boolean" -> N.booleanNode(false);
                case "integer", "number" -> N.numberNode(1);
                case "array" -> N.arrayNode();
                default -> N.textNode(sample(schema, name));
            };
        };
    }

    private String sample(JsonNode schema, String name) {
        return switch (schema.path("format").asText("")) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date-time" -> t.clock.instant().toString();
            default -> fresh(name);
        };
    }
}
