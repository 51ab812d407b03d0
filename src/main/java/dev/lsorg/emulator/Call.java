package dev.lsorg.emulator;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** One authenticated API request as a handler sees it: the caller, the store and the request's parameters. */
final class Call {
    final RoutingContext ctx;
    final Caller caller;
    final Store store;
    private final Auth auth;
    private final String body;

    /** {@code body} is the request body as the contract's validation left it (coerced), or null for none. */
    Call(RoutingContext ctx, Caller caller, Store store, Auth auth, String body) {
        this.ctx = ctx;
        this.caller = caller;
        this.store = store;
        this.auth = auth;
        this.body = body;
    }

    /** The caller's role in a workspace, or null when it may not see it. */
    dev.lsorg.model.Role roleIn(Workspace w) {
        return auth.roleIn(caller, w);
    }

    /** A path parameter that must be a UUID (422 otherwise). */
    UUID pathId(String name) {
        return Checks.pathUuid(name, ctx.pathParam(name));
    }

    QueryParams query() {
        return new QueryParams(ctx::queryParam);
    }

    RequestBody body() {
        return new RequestBody(body);
    }

    /** The current workspace of a workspace-scoped operation. */
    Workspace tenant() {
        return caller.tenant();
    }
}
