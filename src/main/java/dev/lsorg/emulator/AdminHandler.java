package dev.lsorg.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.Json;
import dev.lsorg.model.OrganizationConfig;
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
 * <li>{@code GET /_emulator/settings}: the {@link ServerSettings} ({@code org_pat_list},
 *     {@code rate_limit_per_minute}); {@code PUT} (or {@code POST}) changes the fields given.</li>
 * <li>{@code GET /_emulator/plan}: the org's plan ({@code OrganizationConfig}: {@code max_workspaces},
 *     {@code max_identities}, {@code can_add_seats} ...); {@code PUT} (or {@code POST}) changes the fields given.</li>
 * </ul>
 */
final class AdminHandler {
    private final Store store;
    private final Views views;
    private final Faults faults;
    private final RequestLog log;
    private final ServerControls controls;

    AdminHandler(Store store, Views views, Faults faults, RequestLog log, ServerControls controls) {
        this.store = store;
        this.views = views;
        this.faults = faults;
        this.log = log;
        this.controls = controls;
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
        router.get("/_emulator/settings").handler(ctx -> guard(ctx, controls::settings));
        router.put("/_emulator/settings").handler(ctx -> guard(ctx, () -> setSettings(ctx)));
        router.post("/_emulator/settings").handler(ctx -> guard(ctx, () -> setSettings(ctx)));
        router.get("/_emulator/plan").handler(ctx -> guard(ctx, () -> store.org.config));
        router.put("/_emulator/plan").handler(ctx -> guard(ctx, () -> setPlan(ctx)));
        router.post("/_emulator/plan").handler(ctx -> guard(ctx, () -> setPlan(ctx)));
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
        if (ctx.request().method() != io.vertx.core.http.HttpMethod.GET) {
            store.changing();
        }
        try {
            Responses.json(ctx, 200, work.get());
        } catch (RuntimeException e) {
            Responses.failure(ctx, e);
        } finally {
            if (ctx.request().method() != io.vertx.core.http.HttpMethod.GET) {
                store.changed();
            }
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
        FaultSettings next = merged(ctx, faults.settings(), FaultSettings.class, "fault settings");
        faults.set(next);
        return next;
    }

    private ServerSettings setSettings(RoutingContext ctx) {
        ServerSettings next = merged(ctx, controls.settings(), ServerSettings.class, "server settings");
        controls.set(next);
        return next;
    }

    private OrganizationConfig setPlan(RoutingContext ctx) {
        OrganizationConfig next = merged(ctx, store.org.config, OrganizationConfig.class, "plan");
        store.org.config = next;
        return next;
    }

    /** The body's fields over {@code current}'s; a bad field is a 400 naming the problem. */
    private static <T> T merged(RoutingContext ctx, T current, Class<T> type, String what) {
        try {
            ObjectNode merged = Json.mapper().valueToTree(current);
            String text = ctx.body() == null ? null : ctx.body().asString();
            JsonNode patch = Json.mapper().readTree(text == null || text.isBlank() ? "{}" : text);
            if (!patch.isObject()) {
                throw HttpProblem.badRequest(what + " must be a JSON object");
            }
            merged.setAll((ObjectNode) patch);
            return Json.mapper().treeToValue(merged, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw HttpProblem.badRequest("invalid " + what + ": " + rootMessage(e));
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
