package dev.lsorg.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.Json;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * Registers API operations the way LangSmith guards them: authenticate the key, answer 404 for a path workspace
 * that does not exist (whatever the scope headers say), scope the caller, check the permission named in the
 * reference's table, validate the path parameters and body against the contract (one FastAPI 422 listing every
 * problem), run the handler on the validated body, log a successful change in the {@link AuditLog}, and answer 200
 * with its JSON (errors as LangSmith-shaped bodies). Every operation registered must be one of the contract's.
 */
final class Endpoints {
    /** One operation's work: returns the 200 answer's body or throws an {@link HttpProblem}. */
    @FunctionalInterface
    interface Op {
        Object handle(Call call);
    }

    private final Router router;
    private final Store store;
    private final Auth auth;
    private final Contract contract = Contract.load();

    Endpoints(Router router, Store store) {
        this.router = router;
        this.store = store;
        this.auth = new Auth(store);
    }

    /** An org-scoped operation; {@code permission} (may be null) is checked against the key's org role. */
    void org(HttpMethod method, String path, String permission, Op op) {
        register(method, path, Auth.Scope.ORG, permission, op);
    }

    /** A workspace-scoped operation; {@code permission} (may be null) is checked against the key's workspace role. */
    void workspace(HttpMethod method, String path, String permission, Op op) {
        register(method, path, Auth.Scope.WORKSPACE, permission, op);
    }

    private void register(HttpMethod method, String path, Auth.Scope scope, String permission, Op op) {
        Contract.Operation operation = contract.operation(method.name(), path)
                .orElseThrow(() -> new IllegalStateException(method + " " + path + " is not a contract operation"));
        router.route(method, path).handler(ctx -> run(ctx, operation, scope, permission, op));
    }

    private void run(RoutingContext ctx, Contract.Operation operation, Auth.Scope scope, String permission, Op op) {
        if (ctx.request().method() != HttpMethod.GET) {
            store.changing();
        }
        try {
            Auth.Known known = auth.identify(ctx.request().headers());
            if (scope == Auth.Scope.WORKSPACE) {
                pathWorkspaceExists(ctx);
            }
            Caller caller = auth.scope(known, ctx.request().headers(), scope);
            if (permission != null && scope == Auth.Scope.ORG) {
                caller.requireOrg(permission);
            } else if (permission != null) {
                caller.requireWorkspace(permission);
            }
            String body = validated(ctx, operation);
            Object answer = op.handle(new Call(ctx, caller, store, auth, body));
            if (ctx.request().method() != HttpMethod.GET) {
                store.auditLog.record(ctx, caller, answer);
            }
            Responses.json(ctx, 200, answer);
        } catch (RuntimeException e) {
            Responses.failure(ctx, e);
        } finally {
            if (ctx.request().method() != HttpMethod.GET) {
                store.changed();
            }
        }
    }

    /**
     * A workspace named in the path of a workspace-scoped operation that does not exist (or is deleted) is a 404
     * before the scope headers are read, so an {@code X-Tenant-Id} of another workspace cannot turn it into a
     * 403; a malformed id is left to the 422 of {@link #validated}.
     */
    private void pathWorkspaceExists(RoutingContext ctx) {
        String raw = ctx.pathParam("workspace_id");
        if (raw == null) {
            return;
        }
        Checks scratch = new Checks();
        UUID id = scratch.uuid(Checks.loc("path", "workspace_id"), raw);
        if (id != null) {
            store.workspace(id);
        }
    }

    /**
     * The body as the contract's schema turns it, after checking it and the path and query parameters (one 422 with
     * every problem otherwise).
     */
    private String validated(RoutingContext ctx, Contract.Operation operation) {
        Checks checks = new Checks();
        SchemaCheck schema = new SchemaCheck(contract, checks);
        operation.pathParams().forEach((name, s) -> schema.value(s, Json.mapper().getNodeFactory()
                .textNode(ctx.pathParam(name)), Checks.loc("path", name)));
        operation.queryParams().forEach((name, p) -> query(ctx, name, p, checks, schema));
        String text = ctx.body() == null ? null : ctx.body().asString();
        JsonNode body = operation.body() == null ? null : body(operation, text, checks, schema);
        checks.throwIfAny();
        try {
            return body == null ? text : Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a validated body", e);
        }
    }

    /** A query parameter: required ones must be there; each value of a repeatable one is checked at its index. */
    private void query(RoutingContext ctx, String name, Contract.QueryParam p, Checks checks, SchemaCheck schema) {
        java.util.List<String> values = ctx.queryParam(name);
        if (values.isEmpty()) {
            if (p.required()) {
                checks.missing(Checks.loc("query", name));
            }
            return;
        }
        JsonNode s = contract.resolve(p.schema());
        if ("array".equals(s.path("type").asText())) {
            for (int i = 0; i < values.size(); i++) {
                schema.value(s.path("items"), Json.mapper().getNodeFactory().textNode(values.get(i)),
                        Checks.loc("query", name, i));
            }
        } else {
            schema.value(s, Json.mapper().getNodeFactory().textNode(values.get(values.size() - 1)),
                    Checks.loc("query", name));
        }
    }

    private static JsonNode body(Contract.Operation operation, String text, Checks checks, SchemaCheck schema) {
        if (text == null || text.isBlank()) {
            if (operation.bodyRequired()) {
                checks.missing(Checks.loc("body"));
            }
            return null;
        }
        JsonNode parsed;
        try {
            parsed = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            checks.add(Checks.loc("body", Math.max(0, (int) e.getLocation().getCharOffset())), "json_invalid",
                    "JSON decode error", null);
            return null;
        }
        return schema.value(operation.body(), parsed, Checks.loc("body"));
    }
}
