package dev.lsorg.app;

import java.time.Instant;
import java.util.UUID;

/**
 * One REST call this run made, as the Requests pane lists it; never a header or a body, so never a secret.
 *
 * @param at      when it was sent
 * @param method  HTTP method
 * @param path    path and query
 * @param status  HTTP status, 0 when no answer came
 * @param millis  latency
 * @param attempt 1 for the first try, 2 for the first retry, ...
 * @param outcome "ok", or what went wrong in a word (the api layer's error type: ServerError, Timeout ...)
 * @param tenant  the workspace it was scoped to, or null for the org
 */
public record RequestEntry(Instant at, String method, String path, int status, long millis, int attempt,
                           String outcome, UUID tenant) {
    /** A first attempt scoped to the org, its outcome read from the status. */
    public RequestEntry(Instant at, String method, String path, int status, long millis) {
        this(at, method, path, status, millis, 1, status >= 200 && status < 400 ? "ok"
                : status == 0 ? "no answer" : "HTTP " + status, null);
    }

    /** The entry for one attempt the client reported. */
    public static RequestEntry of(dev.lsorg.api.RequestEvent e) {
        return new RequestEntry(e.time(), e.method(), e.path(), e.status(), e.latency().toMillis(), e.attempt(),
                e.outcome(), e.tenant());
    }
}
