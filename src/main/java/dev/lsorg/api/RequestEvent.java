package dev.lsorg.api;

import java.time.Duration;
import java.time.Instant;

/**
 * One finished HTTP attempt as shown in the Requests pane: never a header or a body, so never a secret.
 *
 * @param time    when the attempt started
 * @param method  HTTP method
 * @param path    path below the endpoint, with the query string
 * @param status  HTTP status, or 0 when no answer arrived
 * @param latency time from sending to the answer or the failure
 * @param attempt 1 for the first try, 2 for the first retry, ...
 * @param outcome "ok", or the simple name of the {@link ApiError} type
 * @param tenant  the workspace the request was scoped to ({@code X-Tenant-Id}), or null for the org
 */
public record RequestEvent(Instant time, String method, String path, int status, Duration latency, int attempt,
                           String outcome, java.util.UUID tenant) {
    /** An attempt scoped to the org. */
    public RequestEvent(Instant time, String method, String path, int status, Duration latency, int attempt,
                        String outcome) {
        this(time, method, path, status, latency, attempt, outcome, null);
    }

    /** Whether the attempt got a successful answer. */
    public boolean ok() {
        return "ok".equals(outcome);
    }
}
