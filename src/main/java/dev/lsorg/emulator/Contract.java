package dev.lsorg.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * LangSmith's org-management contract ({@code langsmith-openapi-org.json}, shipped in the jar) as the emulator reads
 * it at start-up: each operation's path and query parameters and request body schema. Requests are validated from
 * this, not from hand-written field lists, so every field of every request schema gets pydantic's checks.
 */
final class Contract {
    private static final String RESOURCE = "/langsmith-openapi-org.json";
    private static volatile Contract shared;

    private final JsonNode spec;
    private final Map<String, Operation> operations = new LinkedHashMap<>();

    /**
     * One operation of the contract.
     *
     * @param method       upper-case HTTP method
     * @param template     the path as the spec writes it ({@code /api/v1/workspaces/{workspace_id}})
     * @param pathParams   path parameter name to its schema
     * @param queryParams  query parameter name to its schema and whether it is required
     * @param body         the request body schema, or null when the operation takes none
     * @param bodyRequired whether a missing body is a 422
     */
    record Operation(String method, String template, Map<String, JsonNode> pathParams,
                     Map<String, QueryParam> queryParams, JsonNode body, boolean bodyRequired) {
    }

    /**
     * One query parameter.
     *
     * @param schema   its schema (an array for a repeatable parameter)
     * @param required whether leaving it out is a 422
     */
    record QueryParam(JsonNode schema, boolean required) {
    }

    private Contract(JsonNode spec) {
        this.spec = spec;
        spec.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(
                m -> add(p.getKey(), m.getKey().toUpperCase(Locale.ROOT), m.getValue())));
    }

    /** The contract on the classpath, read once per process (every emulator in a test run shares it). */
    static Contract load() {
        Contract c = shared;
        if (c == null) {
            try (InputStream in = Contract.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                c = new Contract(Json.mapper().readTree(in));
                shared = c;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
        return c;
    }

    private void add(String template, String method, JsonNode op) {
        Map<String, JsonNode> path = new LinkedHashMap<>();
        Map<String, QueryParam> query = new LinkedHashMap<>();
        op.path("parameters").forEach(p -> {
            if ("path".equals(p.path("in").asText())) {
                path.put(p.path("name").asText(), p.path("schema"));
            } else if ("query".equals(p.path("in").asText())) {
                query.put(p.path("name").asText(), new QueryParam(p.path("schema"), p.path("required").asBoolean()));
            }
        });
        JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
        boolean required = op.path("requestBody").path("required").asBoolean(false);
        operations.put(method + " " + template, new Operation(method, template, path, query,
                body.isMissingNode() ? null : body, required));
    }

    /** The operation for a method and a Vert.x route path ({@code :name} parameters) or a spec template. */
    Optional<Operation> operation(String method, String routePath) {
        String template = routePath.replaceAll(":([A-Za-z_]+)", "{$1}");
        return Optional.ofNullable(operations.get(method.toUpperCase(Locale.ROOT) + " " + template));
    }

    /** Every operation, in the spec's order. */
    List<Operation> operations() {
        return new ArrayList<>(operations.values());
    }

    /** The schema a {@code $ref} points at (following chains), or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int hops = 0; s.has("$ref") && hops < 16; hops++) {
            s = spec.at(s.get("$ref").asText().substring(1));
        }
        return s;
    }
}
