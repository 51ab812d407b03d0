package dev.lsorg.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The emulator-only routes under {@code /_emulator/}: no API key, loopback callers only, never faulted or logged.
 * <ul>
 * <li>{@code POST /_emulator/invites/{pending_id}/accept}: the invitee accepts; answers the new
 *     {@code OrgMemberIdentity} (LangSmith's own accept route needs a user login).</li>
 * <li>{@code GET /_emulator/requests}: the request log; {@code DELETE} clears it.</li>
 * <li>{@code GET /_emulator/counters}: {@code requests}, {@code user_only_calls}, {@code unshare_all},
 *     {@code shared_resources}.</li>
 * <li>{@code GET /_emulator/faults}: the fault settings; {@code PUT} (or {@code POST}) sets them from a
 *     {@link FaultSettings} JSON object (fields left out keep their value); {@code DELETE} turns all off.</li>
 * </ul>
 */
final class AdminHandler {
    private final Store store;
    private final Views views;
    private final Faults faults;
    private final RequestLog log;

    AdminHandler(Store store, Views views, Faults faults, RequestLog log) {
        this.store = store;
        this.views = views;
        this.faults = faults;
        this.log = log;
    }

    void register(Router router) {
        router.route("/_emulator/*").handler(this::loopbackOnly);
        router.post("/_emulator/invites/:pending_id/accept").handler(ctx -> guard(ctx, () -> accept(ctx)));
        router.get("/_emulator/requests").handler(ctx -> guard(ctx, log::entries));
        router.delete("/_emulator/requests").handler(ctx -> guard(ctx, () -> {
            log.clear();
            return Map.of();
        }));
        router.get("/_emulator/counters").handler(ctx -> guard(ctx, this::counters));
        router.get("/_emulator/faults").handler(ctx -> guard(ctx, faults::settings));
        router.put("/_emulator/faults").handler(ctx -> guard(ctx, () -> setFaults(ctx)));
        router.post("/_emulator/faults").handler(ctx -> guard(ctx, () -> setFaults(ctx)));
        router.delete("/_emulator/faults").handler(ctx -> guard(ctx, () -> {
            faults.reset();
            return faults.settings();
        }));
    }

    private void loopbackOnly(RoutingContext ctx) {
        try {
            if (InetAddress.getByName(ctx.request().remoteAddress().hostAddress()).isLoopbackAddress()) {
                ctx.next();
                return;
            }
        } catch (UnknownHostException e) {
            // not an address we can read: treat as remote
        }
        Responses.json(ctx, 403, Map.of("detail", "emulator admin routes answer loopback callers only"));
    }

    private void guard(RoutingContext ctx, java.util.function.Supplier<Object> work) {
        try {
            Responses.json(ctx, 200, work.get());
        } catch (RuntimeException e) {
            Responses.failure(ctx, e);
        }
    }

    private Object accept(RoutingContext ctx) {
        UUID id = Checks.pathUuid("pending_id", ctx.pathParam("pending_id"));
        Invite invite = store.invites.get(id);
        if (invite == null) {
            throw HttpProblem.notFound("Pending invite not found");
        }
        return views.orgMember(store.accept(invite));
    }

    private Map<String, Object> counters() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("requests", store.requests.get());
        c.put("user_only_calls", store.userOnlyCalls.get());
        c.put("unshare_all", store.unshareAllCount.get());
        c.put("shared_resources", store.sharedResources.get());
        return c;
    }

    /** Merges the given fields over the current settings, so one fault can be changed alone. */
    private FaultSettings setFaults(RoutingContext ctx) {
        try {
            ObjectNode merged = Json.mapper().valueToTree(faults.settings());
            JsonNode patch = Json.mapper().readTree(ctx.body().asString() == null ? "{}" : ctx.body().asString());
            if (!patch.isObject()) {
                throw HttpProblem.badRequest("fault settings must be a JSON object");
            }
            merged.setAll((ObjectNode) patch);
            FaultSettings next = Json.mapper().treeToValue(merged, FaultSettings.class);
            faults.set(next);
            return next;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw HttpProblem.badRequest("invalid fault settings: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
