package dev.lsorg.api;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides whether a failed attempt is tried again and after how long: GETs on 429, 502, 503, 504, timeouts and
 * broken connections; mutations only when the connection was refused (the request provably never reached
 * LangSmith, so it cannot be applied twice). Waits grow exponentially up to a cap, with jitter, never shorter than
 * {@code Retry-After}, and all attempts together stay within the budget. A GET's wait that a 429 announces and that
 * fits in LangSmith's one-minute rate-limit window is the server saying when to come back, not a guess: it is
 * made whatever the budget (unless the budget is zero), up to {@value #MAX_RATE_LIMIT_WAITS} times per request.
 *
 * @param budget      longest total time for all attempts of one request
 * @param baseDelay   wait before the first retry (before jitter)
 * @param maxDelay    cap on a single wait
 * @param maxAttempts most attempts in total
 */
record RetryPolicy(Duration budget, Duration baseDelay, Duration maxDelay, int maxAttempts) {
    static final int NO_RETRY = -1;
    /** LangSmith counts each key's requests in fixed one-minute windows. */
    static final Duration RATE_LIMIT_WINDOW = Duration.ofSeconds(60);
    /** Most waits for a rate-limit window one GET makes before it fails. */
    static final int MAX_RATE_LIMIT_WAITS = 10;

    /** lsorg's policy for a retry budget: 200 ms doubling to 5 s, at most 8 attempts. */
    static RetryPolicy within(Duration budget) {
        return new RetryPolicy(budget, Duration.ofMillis(200), Duration.ofSeconds(5), 8);
    }

    /**
     * Milliseconds to wait before attempt {@code attempt + 1}, or {@link #NO_RETRY}.
     *
     * @param status  the HTTP status, or 0 when no answer arrived
     * @param elapsed time spent on this request so far
     */
    long delayMillis(boolean mutation, ApiError error, int status, int attempt, Duration elapsed) {
        if (attempt >= maxAttempts || !retryable(mutation, error, status)) {
            return NO_RETRY;
        }
        long exp = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
        long delay = exp / 2 + ThreadLocalRandom.current().nextLong(exp / 2 + 1);
        if (error instanceof ApiError.RateLimited r) {
            delay = Math.max(delay, r.retryAfter().toMillis());
        }
        return elapsed.toMillis() + delay > budget.toMillis() ? NO_RETRY : delay;
    }

    /**
     * Milliseconds to wait after a GET's 429 whose {@code Retry-After} is at most one window (plus up to a quarter
     * second, so that requests waiting for the same window do not all return in the same millisecond), or
     * {@link #NO_RETRY}: for mutations, with a zero budget, after {@code waitsSoFar} reached the cap, or for a longer
     * wait (which {@link #delayMillis} then weighs against the budget).
     */
    long rateLimitDelayMillis(boolean mutation, ApiError.RateLimited limited, int waitsSoFar) {
        if (mutation || budget.isZero() || waitsSoFar >= MAX_RATE_LIMIT_WAITS
                || limited.retryAfter().compareTo(RATE_LIMIT_WINDOW) > 0) {
            return NO_RETRY;
        }
        return limited.retryAfter().toMillis() + ThreadLocalRandom.current().nextLong(250);
    }

    private static boolean retryable(boolean mutation, ApiError error, int status) {
        if (error instanceof ApiError.Network n && n.refused()) {
            return true;
        }
        if (mutation) {
            return false;
        }
        return status == 429 || status == 502 || status == 503 || status == 504
                || (status == 0 && (error instanceof ApiError.Timeout || error instanceof ApiError.Network));
    }
}
