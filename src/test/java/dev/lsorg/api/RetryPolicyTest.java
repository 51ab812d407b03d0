package dev.lsorg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry decisions one by one: what is retried, how long the waits are, and where retrying stops. */
class RetryPolicyTest {
    final RetryPolicy policy = RetryPolicy.within(Duration.ofSeconds(30));
    final ApiError refused = new ApiError.Network("Connection refused", true);
    final ApiError reset = new ApiError.Network("Connection reset", false);
    final ApiError unavailable = new ApiError.ServerError("HTTP 503");

    /** A first retry waits 100-200 ms: half the 200 ms base plus jitter (and is a retry at all). */
    private static void assertFirstWait(long delay) {
        assertTrue(delay >= 100 && delay <= 200, "first wait " + delay + " ms");
    }

    @Test
    void readsRetryTransientFailuresOnly() {
        assertFirstWait(policy.delayMillis(false, unavailable, 503, 1, Duration.ZERO));
        assertFirstWait(policy.delayMillis(false, unavailable, 502, 1, Duration.ZERO));
        assertFirstWait(policy.delayMillis(false, unavailable, 504, 1, Duration.ZERO));
        assertFirstWait(policy.delayMillis(false, reset, 0, 1, Duration.ZERO));
        assertFirstWait(policy.delayMillis(false, new ApiError.Timeout(Duration.ofSeconds(1)), 0, 1, Duration.ZERO));
        assertEquals(RetryPolicy.NO_RETRY, policy.delayMillis(false, new ApiError.ServerError("HTTP 500"), 500, 1, Duration.ZERO));
        assertEquals(RetryPolicy.NO_RETRY, policy.delayMillis(false, new ApiError.NotFound("x"), 404, 1, Duration.ZERO));
        assertEquals(RetryPolicy.NO_RETRY, policy.delayMillis(false, new ApiError.MalformedResponse("x"), 200, 1, Duration.ZERO));
    }

    @Test
    void mutationsRetryOnlyARefusedConnection() {
        assertFirstWait(policy.delayMillis(true, refused, 0, 1, Duration.ZERO));
        assertEquals(RetryPolicy.NO_RETRY, policy.delayMillis(true, reset, 0, 1, Duration.ZERO));
        assertEquals(RetryPolicy.NO_RETRY, policy.delayMillis(true, unavailable, 503, 1, Duration.ZERO));
        assertEquals(RetryPolicy.NO_RETRY, policy.delayMillis(true, new ApiError.RateLimited(Duration.ofSeconds(1)), 429, 1, Duration.ZERO));
        assertEquals(RetryPolicy.NO_RETRY, policy.delayMillis(true, new ApiError.Timeout(Duration.ofSeconds(1)), 0, 1, Duration.ZERO));
    }

    @Test
    void waitsGrowWithJitterUpToTheCapAndHonourRetryAfter() {
        for (int i = 0; i < 200; i++) {
            long first = policy.delayMillis(false, unavailable, 503, 1, Duration.ZERO);
            assertTrue(first >= 100 && first <= 200, "first wait " + first);
            long fourth = policy.delayMillis(false, unavailable, 503, 4, Duration.ZERO);
            assertTrue(fourth >= 800 && fourth <= 1600, "fourth wait " + fourth);
            long capped = policy.delayMillis(false, unavailable, 503, 7, Duration.ZERO);
            assertTrue(capped >= 2500 && capped <= 5000, "capped wait " + capped);
        }
        long limited = policy.delayMillis(false, new ApiError.RateLimited(Duration.ofSeconds(7)), 429, 1, Duration.ZERO);
        assertEquals(7000, limited, "Retry-After beats a shorter backoff");
    }

    @Test
    void stopsAtTheBudgetAndTheAttemptCap() {
        assertEquals(RetryPolicy.NO_RETRY, policy.delayMillis(false, unavailable, 503, 1, Duration.ofMillis(29_900)));
        assertEquals(RetryPolicy.NO_RETRY, policy.delayMillis(false, new ApiError.RateLimited(Duration.ofSeconds(40)), 429, 1, Duration.ZERO));
    }

    @Test
    void aRateLimitWindowIsWaitedOutWhateverTheBudgetButNotForever() {
        ApiError.RateLimited in40s = new ApiError.RateLimited(Duration.ofSeconds(40));
        long wait = policy.rateLimitDelayMillis(false, in40s, 0);
        assertTrue(wait >= 40_000 && wait < 40_250, "Retry-After plus a little jitter: " + wait);
        assertEquals(RetryPolicy.NO_RETRY, policy.rateLimitDelayMillis(true, in40s, 0), "never a mutation");
        assertEquals(RetryPolicy.NO_RETRY, policy.rateLimitDelayMillis(false, in40s, 10), "ten waits at most");
        assertEquals(RetryPolicy.NO_RETRY, policy.rateLimitDelayMillis(false,
                new ApiError.RateLimited(Duration.ofSeconds(61)), 0), "longer than LangSmith's window");
        assertEquals(RetryPolicy.NO_RETRY, RetryPolicy.within(Duration.ZERO).rateLimitDelayMillis(false, in40s, 0),
                "a zero budget means no retries at all");
        assertEquals(RetryPolicy.NO_RETRY, policy.delayMillis(false, unavailable, 503, 8, Duration.ZERO));
    }
}
