package dev.lsorg.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.Json;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The first handler on {@code /api/}: counts and logs each request (secrets masked) and injects the faults that
 * act before the handler runs (latency, 429 with {@code Retry-After}, 500/503), marking the ones that act on
 * the body (drop, malformed) for {@link Responses}.
 */
final class Traffic {
    private final Vertx vertx;
    private final Faults faults;
    private final RequestLog log;
    private final Store store;
    private final ServerControls server;
    private final RateLimit rateLimit = new RateLimit();
    private static final String DELAY = "fault.delay";

    Traffic(Vertx vertx, Faults faults, RequestLog log, Store store, ServerControls server) {
        this.vertx = vertx;
        this.faults = faults;
        this.log = log;
        this.store = store;
        this.server = server;
    }

    void handle(RoutingContext ctx) {
        store.requests.incrementAndGet();
        ctx.addEndHandler(done -> log.add(entry(ctx)));
        if (overLimit(ctx)) {
            return;
        }
        FaultSettings s = faults.take(ctx.request().method().name());
        long delay = faults.delayMs(s);
        if (delay > 0) {
            ctx.put(Responses.FAULT, "latency");
            ctx.put(DELAY, delay);
            vertx.setTimer(delay, t -> afterDelay(ctx, s));
        } else {
            afterDelay(ctx, s);
        }
    }

    /** Answers 429 with {@code Retry-After} when the key has used up its requests for this minute. */
    private boolean overLimit(RoutingContext ctx) {
        int perMinute = server.settings().rateLimitPerMinute();
        if (perMinute == 0) {
            return false;
        }
        String key = ctx.request().getHeader("X-API-Key");
        OptionalLong wait = rateLimit.admit(key == null ? "" : key.trim(), perMinute, store.clock().instant());
        if (wait.isEmpty()) {
            return false;
        }
        ctx.response().putHeader("Retry-After", String.valueOf(wait.getAsLong()));
        Responses.json(ctx, 429, Map.of("detail", "Rate limit exceeded: " + perMinute
                + " requests per minute per API key; retry after " + wait.getAsLong() + " s"));
        return true;
    }

    private void afterDelay(RoutingContext ctx, FaultSettings s) {
        if (faults.roll(s.rateLimitRate())) {
            ctx.put(Responses.FAULT, "rate_limit");
            ctx.response().putHeader("Retry-After", String.valueOf(s.retryAfterSeconds()));
            Responses.json(ctx, 429, Map.of("detail", "Rate limit exceeded; retry after "
                    + s.retryAfterSeconds() + " s"));
        } else if (faults.roll(s.errorRate())) {
            ctx.put(Responses.FAULT, "error");
            boolean unavailable = faults.roll(0.5);
            Responses.json(ctx, unavailable ? 503 : 500,
                    Map.of("detail", unavailable ? "Service Unavailable" : "Internal Server Error"));
        } else {
            ctx.put(Responses.DROP, faults.roll(s.dropRate()));
            ctx.put(Responses.MALFORMED, faults.roll(s.malformedRate()));
            ctx.next();
        }
    }

    private RequestLog.Entry entry(RoutingContext ctx) {
        Map<String, String> headers = new TreeMap<>();
        ctx.request().headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        headers.computeIfPresent("x-api-key", (k, v) -> ApiKey.mask(v.trim()));
        headers.computeIfPresent("authorization", (k, v) -> "***");
        String body = ctx.body() == null ? null : ctx.body().asString();
        return new RequestLog.Entry(store.now(), ctx.request().method().name(), ctx.request().path(),
                ctx.request().query(), headers, body == null || body.isEmpty() ? null : maskPasswords(body),
                ctx.response().getStatusCode(), ctx.get(Responses.FAULT), ctx.get(DELAY, 0L),
                retryAfter(ctx.response().headers().get("Retry-After")));
    }

    private static Long retryAfter(String header) {
        try {
            return header == null ? null : Long.valueOf(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Basic-auth bodies carry passwords; the log keeps their shape but not their values. */
    private static String maskPasswords(String body) {
        if (!body.contains("\"password\"")) {
            return body;
        }
        try {
            JsonNode tree = Json.mapper().readTree(body);
            tree.findParents("password").forEach(p -> ((ObjectNode) p).put("password", "***"));
            return Json.mapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return "<unparsable body with a password field, not logged>";
        }
    }
}
