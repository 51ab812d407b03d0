package dev.lsorg.api;

import dev.lsorg.model.Json;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One logical request with its attempts: sends, classifies the outcome, reports it to the listeners, waits and
 * tries again while {@link RetryPolicy} allows, and decodes the successful answer.
 */
final class ApiCall<T> {
    private static final int LARGE_BODY = 64 * 1024;
    private final Transport transport;
    private final ApiRequest<T> request;
    private final UUID org;
    private final long startNanos;
    /** Retries spent waiting for a rate-limit window; they do not count as attempts of the backoff. */
    private int rateWaits;

    ApiCall(Transport transport, ApiRequest<T> request, UUID org) {
        this.transport = transport;
        this.request = request;
        this.org = org;
        this.startNanos = transport.retryTimer().nanos();
    }

    Future<T> run() {
        return attempt(1);
    }

    private Future<T> attempt(int n) {
        Instant started = transport.clock().instant();
        long t0 = System.nanoTime();
        return transport.exchange(request, org).transform(this::outcomeOffLoop).compose(outcome -> {
            Duration latency = Duration.ofNanos(System.nanoTime() - t0);
            transport.publish(new RequestEvent(started, request.method(), request.pathAndQuery(), outcome.status(),
                    latency, n, outcome.error() == null ? "ok" : outcome.error().getClass().getSimpleName(),
                    request.scope() instanceof Scope.Workspace w ? w.workspaceId() : null));
            if (outcome.error() == null) {
                return Future.succeededFuture(outcome.value());
            }
            if (outcome.error() instanceof ApiError.RateLimited limited) {
                transport.pauseFor(limited.retryAfter());
            }
            return retryOrFail(outcome, n);
        });
    }

    private Future<T> retryOrFail(Outcome<T> outcome, int n) {
        RetryPolicy policy = transport.retryPolicy();
        if (outcome.error() instanceof ApiError.RateLimited limited) {
            long wait = policy.rateLimitDelayMillis(request.isMutation(), limited, rateWaits);
            if (wait != RetryPolicy.NO_RETRY) {
                rateWaits++;
                return transport.retryTimer().after(Duration.ofMillis(wait)).compose(v -> attempt(n + 1));
            }
        }
        Duration elapsed = Duration.ofNanos(transport.retryTimer().nanos() - startNanos);
        long delay = policy.delayMillis(request.isMutation(), outcome.error(), outcome.status(), n - rateWaits,
                elapsed);
        if (delay == RetryPolicy.NO_RETRY) {
            return Future.failedFuture(new ApiException(outcome.error(), request.operation()));
        }
        return transport.retryTimer().after(Duration.ofMillis(delay)).compose(v -> attempt(n + 1));
    }

    /**
     * The outcome of an attempt; large answers (a page of 500 members is about 600 KB) are decoded on a worker
     * thread so the event loop stays free for other requests.
     */
    private Future<Outcome<T>> outcomeOffLoop(AsyncResult<HttpResponse<Body>> ar) {
        if (ar.succeeded() && ar.result().body() != null && ar.result().body().length() > LARGE_BODY
                && ar.result().statusCode() / 100 == 2) {
            return transport.vertx().executeBlocking(() -> outcome(ar), false);
        }
        return Future.succeededFuture(outcome(ar));
    }

    private Outcome<T> outcome(AsyncResult<HttpResponse<Body>> ar) {
        if (ar.failed()) {
            return Outcome.failed(ErrorMapper.fromFailure(ar.cause(), transport.config().requestTimeout()), 0);
        }
        HttpResponse<Body> response = ar.result();
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String text = response.body() == null ? null : redact(response.body().text());
            return Outcome.failed(ErrorMapper.fromStatus(status, response.getHeader("Retry-After"), text), status);
        }
        return decode(response.body(), status);
    }

    private Outcome<T> decode(Body body, int status) {
        if (request.responseType().getRawClass() == Void.class) {
            return new Outcome<>(null, null, status);
        }
        if (body == null || body.length() == 0) {
            return Outcome.failed(new ApiError.MalformedResponse("empty answer to " + request.operation()), status);
        }
        try {
            T value = Json.reader(request.responseType(), transport.canon()).readValue(body.stream());
            if (value == null) {
                return Outcome.failed(new ApiError.MalformedResponse("null answer to " + request.operation()), status);
            }
            return new Outcome<>(value, null, status);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getClass().getSimpleName();
            return Outcome.failed(new ApiError.MalformedResponse("not the expected JSON: " + redact(why)), status);
        }
    }

    private String redact(String text) {
        return transport.config().apiKey().redact(text);
    }

    /** The result of one attempt: a value, or an error with the status (0 when there was no answer). */
    private record Outcome<T>(T value, ApiError error, int status) {
        static <T> Outcome<T> failed(ApiError error, int status) {
            return new Outcome<>(null, error, status);
        }
    }
}
