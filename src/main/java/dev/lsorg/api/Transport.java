package dev.lsorg.api;

import com.fasterxml.jackson.databind.JavaType;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.model.Canon;
import dev.lsorg.model.Json;
import dev.lsorg.model.OrganizationInfo;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HTTP edge of lsorg: one Vert.x {@link WebClient} with a bounded connection pool, the base URL, the key and
 * scope headers ({@code X-API-Key}, {@code X-Organization-Id}, {@code X-Tenant-Id}), timeouts, retries and
 * decoding. Resource clients build {@link ApiRequest}s with {@link #request}; everything is sent by {@link #send}.
 */
public final class Transport implements AutoCloseable {
    private final Vertx vertx;
    private final ClientConfig config;
    private final WebClient web;
    private final Limiter limiter;
    private final RetryPolicy retry;
    private final Clock clock;
    private final RetryTimer retryTimer;
    private final List<RequestListener> listeners;
    // Whether this view's requests wait in the limiter's background lane.
    private final boolean background;
    private final AtomicLong attempts;
    /** Until when (a {@link RetryTimer#nanos()} reading) no request starts: the end of a rate-limit window. */
    private final AtomicReference<Long> pausedUntil;
    /** The transport this one is a view of ({@link #reportingTo}), or this one. */
    private final Transport root;
    /** Every answer of this transport (and its views) is read through it, so a repeated value is held once. */
    private final Canon canon;
    private volatile UUID organizationId;
    private Future<UUID> discovery;

    /** A transport for {@code config} on {@code vertx} (which it does not own), dating requests by {@code clock}. */
    public Transport(Vertx vertx, ClientConfig config, Clock clock) {
        this(vertx, config, clock, RetryTimer.on(vertx));
    }

    /** The same, waiting between retries with {@code retryTimer} (virtual time in tests). */
    public Transport(Vertx vertx, ClientConfig config, Clock clock, RetryTimer retryTimer) {
        this.vertx = vertx;
        this.clock = clock;
        this.retryTimer = retryTimer;
        this.config = config;
        this.organizationId = config.organizationId();
        this.root = this;
        this.canon = new Canon();
        this.listeners = new CopyOnWriteArrayList<>();
        this.background = false;
        this.attempts = new AtomicLong();
        this.pausedUntil = new AtomicReference<>();
        this.limiter = new Limiter(config.maxPoolSize());
        this.retry = RetryPolicy.within(config.retryBudget());
        WebClientOptions options = new WebClientOptions()
                .setUserAgent("lsorg/0.1.0")
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setFollowRedirects(false)
                .setConnectTimeout((int) config.connectTimeout().toMillis());
        options.setIdleTimeout((int) config.idleTimeout().toMillis()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        this.web = WebClient.create(vertx, options, new PoolOptions().setHttp1MaxSize(config.maxPoolSize()));
    }

    // A view shares everything that makes the transport one client: the connection pool, the concurrency limit, the
    // rate-limit pause, the attempt count and the org id (asked through the root).
    private Transport(Transport shared, RequestListener own) {
        this(shared, new CopyOnWriteArrayList<>(List.of(own)), shared.background);
    }

    private Transport(Transport shared, List<RequestListener> listeners, boolean background) {
        this.vertx = shared.vertx;
        this.config = shared.config;
        this.web = shared.web;
        this.limiter = shared.limiter;
        this.retry = shared.retry;
        this.clock = shared.clock;
        this.retryTimer = shared.retryTimer;
        this.attempts = shared.attempts;
        this.pausedUntil = shared.pausedUntil;
        this.root = shared.root;
        this.canon = shared.canon;
        this.listeners = listeners;
        this.background = background;
    }

    /**
     * A view of this transport whose attempts are also reported to {@code own}: the requests one served console
     * sends, for its own Requests pane. It is still this one client (pool, limits, rate-limit pause, org id); closing
     * the view closes nothing.
     */
    public Transport reportingTo(RequestListener own) {
        return new Transport(this, own);
    }

    /**
     * This same transport, its requests (its listeners' too) waiting in the limiter's background lane: they take
     * what slots the requests for what is on screen leave. Closing the view closes nothing.
     */
    public Transport inBackground() {
        // the root's own listeners hear every view through it; a view's own are shared with its background view
        return new Transport(this, root == this ? new CopyOnWriteArrayList<>() : listeners, true);
    }

    /** The configuration this transport was made with. */
    public ClientConfig config() {
        return config;
    }

    /** The organization id: configured, discovered, or null before discovery. */
    public UUID organizationId() {
        return root == this ? organizationId : root.organizationId();
    }

    /** Adds a listener that sees every attempt's outcome. */
    public void addListener(RequestListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}. */
    public void removeListener(RequestListener listener) {
        listeners.remove(listener);
    }

    /** HTTP attempts made and the peak number in flight since the last {@link #resetStats()}. */
    public TransportStats stats() {
        return new TransportStats(attempts.get(), limiter.peak());
    }

    /** Starts counting attempts and peak concurrency afresh. */
    public void resetStats() {
        attempts.set(0);
        limiter.resetPeak();
    }

    /** Builds a request (not sent) against this transport's endpoint, org and key. */
    public <T> ApiRequest<T> request(String method, String path, Scope scope, Object body, JavaType responseType,
                                     Map<String, List<String>> query) {
        ApiRequest.Target target = new ApiRequest.Target(config.apiBase(), organizationId(),
                config.apiKey().shortForm());
        return new ApiRequest<>(method, path, query, scope, body, responseType, target);
    }

    /**
     * Sends {@code request}, retrying as {@link RetryPolicy} allows, and decodes the answer. The future fails with
     * an {@link ApiException} and nothing else.
     */
    public <T> Future<T> send(ApiRequest<T> request) {
        if (config.readOnly() && request.isMutation()) {
            return Future.failedFuture(new ApiException(new ApiError.Forbidden(null, false,
                    "lsorg is in read-only mode (profile or --read-only), nothing was sent"), request.operation()));
        }
        return discoverOrganization().compose(org -> new ApiCall<>(this, request, org).run());
    }

    /**
     * The organization id, asking {@code GET /orgs/current/info} once when none was configured; concurrent callers
     * share one discovery, and a failed discovery is retried by the next caller.
     */
    public synchronized Future<UUID> discoverOrganization() {
        if (root != this) {
            return root.discoverOrganization();
        }
        if (organizationId != null) {
            return Future.succeededFuture(organizationId);
        }
        if (discovery != null) {
            return discovery;
        }
        ApiRequest<OrganizationInfo> info = request("GET", "/orgs/current/info", Scope.org(), null,
                type(OrganizationInfo.class), Map.of());
        Future<UUID> asked = new ApiCall<>(this, info, null).run().compose(this::rememberOrganization);
        discovery = asked;
        // A discovery that already failed runs this at once, on this thread: return the future, not the field.
        asked.onFailure(e -> forgetDiscovery(asked));
        return asked;
    }

    private synchronized Future<UUID> rememberOrganization(OrganizationInfo info) {
        if (info == null || info.id() == null) {
            return Future.failedFuture(new ApiException(new ApiError.MalformedResponse("the org info has no id"),
                    "GET /api/v1/orgs/current/info"));
        }
        organizationId = info.id();
        return Future.succeededFuture(organizationId);
    }

    private synchronized void forgetDiscovery(Future<UUID> failed) {
        if (discovery == failed) {
            discovery = null;
        }
    }

    /**
     * One HTTP exchange through the concurrency limiter, failed with a {@link TimeoutException} past the deadline;
     * it starts only once a rate-limit pause is over, so requests queued behind a 429 do not spend themselves on a
     * window the server has already closed.
     */
    Future<HttpResponse<Body>> exchange(ApiRequest<?> request, UUID org) {
        // a page of a paged list is on a dependency chain (the next wave waits for it): let it jump the queue
        Limiter.Lane lane = request.query().containsKey("offset") ? Limiter.Lane.URGENT
                : background ? Limiter.Lane.BACKGROUND : Limiter.Lane.ORDINARY;
        return limiter.submit(() -> afterPause().compose(v -> exchangeNow(request, org)), lane);
    }

    /** Holds new requests back for {@code retryAfter} from now: the server's rate limit said so with a 429. */
    void pauseFor(Duration retryAfter) {
        long until = retryTimer.nanos() + retryAfter.toNanos();
        // nanos readings compare by difference only (they may be negative or wrap)
        pausedUntil.accumulateAndGet(until, (a, b) -> a == null || b - a > 0 ? b : a);
    }

    private Future<Void> afterPause() {
        Long until = pausedUntil.get();
        long left = until == null ? 0 : until - retryTimer.nanos();
        return left <= 0 ? Future.succeededFuture() : retryTimer.after(Duration.ofNanos(left));
    }

    private Future<HttpResponse<Body>> exchangeNow(ApiRequest<?> request, UUID org) {
        if (attempts.incrementAndGet() == 1) {
            dev.lsorg.trace.StartupTrace.mark("first request: " + request.operation());
        }
        Promise<HttpResponse<Body>> promise = Promise.promise();
        // Vert.x's own timeouts cover connecting and silences; this one bounds the whole exchange
        long timer = vertx.setTimer(config.requestTimeout().toMillis(),
                t -> promise.tryFail(new TimeoutException("no complete answer in time")));
        Buffer body = body(request);
        HttpRequest<Body> built = build(request, org).as(Body.CODEC);
        Future<HttpResponse<Body>> sent = body == null ? built.send() : built.sendBuffer(body);
        sent.onComplete(ar -> {
            vertx.cancelTimer(timer);
            if (ar.succeeded()) {
                promise.tryComplete(ar.result());
            } else {
                promise.tryFail(ar.cause());
            }
        });
        return promise.future();
    }

    private HttpRequest<Buffer> build(ApiRequest<?> request, UUID org) {
        HttpRequest<Buffer> r = web.requestAbs(HttpMethod.valueOf(request.method()),
                config.apiBase() + request.path());
        new TreeMap<>(request.query()).forEach((name, values) -> values.forEach(v -> r.addQueryParam(name, v)));
        r.putHeader("X-API-Key", config.apiKey().reveal());
        r.putHeader("Accept", "application/json");
        if (org != null) {
            r.putHeader("X-Organization-Id", org.toString());
        }
        if (request.scope() instanceof Scope.Workspace w) {
            r.putHeader("X-Tenant-Id", w.workspaceId().toString());
        }
        if (request.body() != null) {
            r.putHeader("Content-Type", "application/json");
        }
        return r.connectTimeout(config.connectTimeout().toMillis()).idleTimeout(config.idleTimeout().toMillis());
    }

    private static Buffer body(ApiRequest<?> request) {
        String json = request.bodyJson();
        return json == null ? null : Buffer.buffer(json);
    }

    void publish(RequestEvent event) {
        if (root != this) {
            root.publish(event);
        }
        for (RequestListener l : listeners) {
            try {
                l.onRequest(event);
            } catch (RuntimeException e) {
                // a faulty listener must not break the request it observes
            }
        }
    }

    Vertx vertx() {
        return vertx;
    }

    Clock clock() {
        return clock;
    }

    Canon canon() {
        return canon;
    }

    /** How this transport waits between attempts. */
    public RetryTimer retryTimer() {
        return retryTimer;
    }

    RetryPolicy retryPolicy() {
        return retry;
    }

    /** The Jackson type of {@code type}. */
    public static JavaType type(Class<?> type) {
        return Json.mapper().getTypeFactory().constructType(type);
    }

    /** The Jackson type of {@code List<type>}. */
    public static JavaType listOf(Class<?> type) {
        return Json.mapper().getTypeFactory().constructCollectionType(List.class, type);
    }

    @Override
    public void close() {
        if (root != this) {
            return;
        }
        web.close();
    }
}
