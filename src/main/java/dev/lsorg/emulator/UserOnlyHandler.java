package dev.lsorg.emulator;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * The endpoints LangSmith serves only to a logged-in user (a UI session), never to an API key: the user's own
 * PATs ({@code /api/v1/api-key/current}), SSO, the user's org and workspace lists, the permission catalogue and
 * the invitee's own invite actions. Each call is counted, so tests can prove a client never makes one.
 */
final class UserOnlyHandler {
    /** Path patterns (Vert.x syntax) of the user-only endpoints, any method. */
    static final List<String> PATHS = List.of("/api/v1/api-key/current", "/api/v1/api-key/current/*",
            "/api/v1/sso/*", "/api/v1/orgs", "/api/v1/orgs/permissions", "/api/v1/tenants",
            "/api/v1/orgs/pending", "/api/v1/orgs/pending/*", "/api/v1/workspaces/pending",
            "/api/v1/workspaces/pending/*", "/api/v1/orgs/members/basic");

    private final Store store;

    UserOnlyHandler(Store store) {
        this.store = store;
    }

    void register(Router router) {
        PATHS.forEach(p -> router.route(p).handler(this::refuse));
    }

    private void refuse(RoutingContext ctx) {
        store.userOnlyCalls.incrementAndGet();
        String key = ctx.request().getHeader("X-API-Key");
        if (key == null || key.isBlank()) {
            Responses.json(ctx, 401, Map.of("detail", "Not authenticated: this endpoint needs a user login"));
        } else {
            Responses.json(ctx, 403, Map.of("detail",
                    "This endpoint requires a user login (Authorization: Bearer); API keys are not accepted"));
        }
    }
}
