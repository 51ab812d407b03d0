package dev.lsorg.emulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes JSON answers, applying the two faults that act on the body itself: a connection closed half-way
 * through it, and a body cut short so it is no longer valid JSON.
 */
final class Responses {
    private static final Logger LOG = Logger.getLogger(Responses.class.getName());

    static final String DROP = "fault.drop";
    static final String MALFORMED = "fault.malformed";
    static final String FAULT = "fault.name";

    private Responses() {
    }

    static void json(RoutingContext ctx, int status, Object body) {
        byte[] bytes = body instanceof RawJson raw ? raw.bytes() : ViewJson.write(body);
        HttpServerResponse r = ctx.response().setStatusCode(status).putHeader("content-type", "application/json");
        if (Boolean.TRUE.equals(ctx.get(DROP))) {
            ctx.put(FAULT, "drop");
            r.putHeader("content-length", String.valueOf(bytes.length));
            r.write(Buffer.buffer(Arrays.copyOf(bytes, bytes.length / 2)));
            ctx.request().connection().close();
        } else if (Boolean.TRUE.equals(ctx.get(MALFORMED))) {
            ctx.put(FAULT, "malformed");
            r.end(Buffer.buffer(Arrays.copyOf(bytes, Math.max(1, bytes.length / 2))));
        } else {
            r.end(Buffer.buffer(bytes));
        }
    }

    /** Sends an {@link HttpProblem}, or a FastAPI-like 500 for anything unexpected. */
    static void failure(RoutingContext ctx, Throwable t) {
        if (t instanceof HttpProblem p) {
            json(ctx, p.status(), p.body());
        } else {
            // Through the logger, not stderr: with --demo the console owns the terminal and routes logging to its file.
            LOG.log(Level.WARNING, "unexpected failure on " + ctx.request().method() + " " + ctx.request().path(), t);
            json(ctx, 500, java.util.Map.of("detail", "Internal Server Error"));
        }
    }
}
