package dev.lsorg.emulator;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A local LangSmith org-management API: a real HTTP server on 127.0.0.1 that serves the 45 operations of the
 * org-management contract from an in-memory, seeded org, with LangSmith's auth, scoping, validation (generated
 * from the contract) and error rules, a per-key rate limit, injectable faults and a request log. It backs
 * {@code lsorg --demo}, every test, and {@code lsorg emulator}. Emulator-only routes under {@code /_emulator/}
 * are described in {@link AdminHandler}.
 */
public final class Emulator implements AutoCloseable {
    private final Vertx vertx;
    private final boolean ownsVertx;
    private final HttpServer server;
    private final Store store;
    private final SeedKeys keys;
    private final Faults faults;
    private final RequestLog log;
    private final Clock clock;
    private final ServerControls controls;

    private Emulator(Vertx vertx, boolean ownsVertx, HttpServer server, Seeded seeded, Faults faults, RequestLog log,
                     ServerControls controls) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.server = server;
        this.store = seeded.store();
        this.keys = seeded.keys();
        this.faults = faults;
        this.log = log;
        this.clock = seeded.clock();
        this.controls = controls;
    }

    /** Seeds an org and starts serving it on 127.0.0.1 (never on other interfaces); port 0 picks a free port. */
    public static Future<Emulator> start(Vertx vertx, EmulatorOptions options) {
        return start(vertx, options, false);
    }

    private static Future<Emulator> start(Vertx vertx, EmulatorOptions options, boolean ownsVertx) {
        dev.lsorg.trace.StartupTrace.mark("emulator: seeding");
        Seeded seeded = Seeded.of(options);
        dev.lsorg.trace.StartupTrace.mark("emulator: seeded");
        Faults faults = new Faults(options.faults(), options.seedNumber());
        RequestLog log = new RequestLog();
        ServerControls controls = new ServerControls(options.server());
        Router router = router(vertx, seeded.store(), faults, log, controls);
        dev.lsorg.trace.StartupTrace.mark("emulator: router built");
        // h2c upgrades are off: LangSmith clients speak HTTP/1.1 to a plain-HTTP endpoint, and the JDK client
        // would otherwise try an h2c upgrade on every request.
        HttpServerOptions serverOptions = new HttpServerOptions().setHttp2ClearTextEnabled(false);
        Handler<HttpServerRequest> handler = dev.lsorg.trace.StartupTrace.enabled() ? traced(router) : router;
        return vertx.createHttpServer(serverOptions).requestHandler(handler).listen(options.port(), "127.0.0.1")
                .map(server -> {
                    dev.lsorg.trace.StartupTrace.mark("emulator: listening");
                    return new Emulator(vertx, ownsVertx, server, seeded, faults, log, controls);
                });
    }

    // With LSORG_STARTUP_TRACE set, the first requests' arrival is marked, to tell the client's share of a cold first
    // exchange from the server's.
    private static Handler<HttpServerRequest> traced(Router router) {
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(3);
        return req -> {
            if (left.get() > 0 && left.getAndDecrement() > 0) {
                String path = req.path();
                dev.lsorg.trace.StartupTrace.mark("emulator: request in " + path);
            }
            router.handle(req);
        };
    }

    /** Starts an emulator on a Vert.x instance of its own and waits for it; never call this on an event loop. */
    public static Emulator startBlocking(EmulatorOptions options) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("startBlocking would block an event loop; use start(vertx, options)");
        }
        Vertx own = Vertx.vertx();
        dev.lsorg.trace.StartupTrace.mark("emulator: vertx made");
        try {
            return await(start(own, options, true));
        } catch (RuntimeException e) {
            await(own.close());
            throw e;
        }
    }

    private static Router router(Vertx vertx, Store store, Faults faults, RequestLog log, ServerControls controls) {
        Router router = Router.router(vertx);
        Views views = new Views(store);
        ViewJson json = new ViewJson(store, views);
        router.route().handler(BodyHandler.create().setBodyLimit(16L * 1024 * 1024));
        new AdminHandler(store, views, faults, log, controls).register(router);
        router.route("/api/*").handler(new Traffic(vertx, faults, log, store, controls)::handle);
        new UserOnlyHandler(store).register(router);
        Endpoints endpoints = new Endpoints(router, store);
        new WorkspacesHandler(store, views).register(endpoints);
        new OrgMembersHandler(store, views, json).register(endpoints);
        new RolesHandler(store).register(endpoints);
        new WorkspaceMembersHandler(store, views, json).register(endpoints);
        new BasicMembersHandler(store).register(endpoints);
        new ApiKeysHandler(store, views, json, controls).register(endpoints);
        new OrgInfoHandler(store).register(endpoints);
        new AuditLogsHandler(store).register(router, endpoints);
        router.errorHandler(404, ctx -> Responses.json(ctx, 404, Map.of("detail", "Not Found")));
        router.errorHandler(405, ctx -> Responses.json(ctx, 405, Map.of("detail", "Method Not Allowed")));
        return router;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the emulator", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("emulator failed: " + e.getMessage(), e);
        }
    }

    /** The Vert.x instance it serves on (an in-process client may share it). */
    public Vertx vertx() {
        return vertx;
    }

    /** The TCP port it listens on. */
    public int port() {
        return server.actualPort();
    }

    /** The base URL to give a client, e.g. {@code http://127.0.0.1:43121}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port();
    }

    public UUID organizationId() {
        return store.org.id;
    }

    public String organizationName() {
        return store.org.displayName;
    }

    /** The clock the emulator dates everything by (its seed, timestamps, expiry checks). */
    public Clock clock() {
        return clock;
    }

    /** The secrets of the seeded keys. */
    public SeedKeys keys() {
        return keys;
    }

    public RequestLog requestLog() {
        return log;
    }

    public Faults faults() {
        return faults;
    }

    /** The live server settings: the org-wide PAT list and the per-key rate limit. */
    public ServerControls server() {
        return controls;
    }

    /** The org itself, for tests in this package that compare answers with its objects. */
    Store store() {
        return store;
    }

    /** How many calls reached a user-only endpoint (a client should never make one). */
    public long userOnlyCalls() {
        return store.userOnlyCalls.get();
    }

    /**
     * Turns {@code GET /api/v1/audit-logs} on (the default) or off; off, it answers 404 as a LangSmith without audit
     * logs would, while changes are still logged.
     */
    public void serveAuditLogs(boolean on) {
        store.auditLog.serve(on);
    }

    /** How many times {@code unshare_all} ran. */
    public long unshareAllCount() {
        return store.unshareAllCount.get();
    }

    /**
     * Stops serving and returns once the port is closed (when it started its own Vert.x, that is closed too); on an
     * event loop it cannot wait, so there it only starts closing the server.
     */
    @Override
    public void close() {
        if (ownsVertx) {
            await(vertx.close());
        } else if (Context.isOnEventLoopThread()) {
            server.close();
        } else {
            await(server.close());
        }
    }
}
