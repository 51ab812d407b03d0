package dev.lsorg.app;

import java.time.Instant;

/**
 * One REST call this run made, as the Requests pane lists it; never a header or a body, so never a secret.
 *
 * @param at      when it was sent
 * @param method  HTTP method
 * @param path    path and query
 * @param status  HTTP status, 0 when no answer came
 * @param millis  latency
 */
public record RequestEntry(Instant at, String method, String path, int status, long millis) {
}
