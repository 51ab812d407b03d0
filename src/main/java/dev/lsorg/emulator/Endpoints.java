package dev.lsorg.emulator;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Registers API operations the way LangSmith guards them: authenticate and scope the caller, check the
 * permission named in the reference's table, run the handler, log a successful change in the {@link AuditLog}, and
 * answer 200 with its JSON (errors as LangSmith-shaped bodies).
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

    Endpoints(Router router, Store store) {
        this.router = router;
        this.store = store;
        this.auth = new Auth(store);
    }

    /** An org-scoped operation; {@code permission} (may be null) is checked against the key's org role. */
    void org(HttpMethod method, String path, String permission, Op op) {
        router.route(method, path).handler(ctx -> run(ctx, Auth.Scope.ORG, permission, op));
    }

    /** A workspace-scoped operation; {@code permission} (may be null) is checked against the key's workspace role. */
    void workspace(HttpMethod method, String path, String permission, Op op) {
        router.route(method, path).handler(ctx -> run(ctx, Auth.Scope.WORKSPACE, permission, op));
    }

    private void run(RoutingContext ctx, Auth.Scope scope, String permission, Op op) {
        try {
            Caller caller = auth.authenticate(ctx.request().headers(), scope);
            if (permission != null && scope == Auth.Scope.ORG) {
                caller.requireOrg(permission);
            } else if (permission != null) {
                caller.requireWorkspace(permission);
            }
            Object answer = op.handle(new Call(ctx, caller, store, auth));
            if (ctx.request().method() != HttpMethod.GET) {
                store.auditLog.record(ctx, caller, answer);
            }
            Responses.json(ctx, 200, answer);
        } catch (RuntimeException e) {
            Responses.failure(ctx, e);
        }
    }
}
