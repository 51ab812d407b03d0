package dev.lsorg.emulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The faults the emulator injects into {@code /api/} answers, for tests and benchmarks; rates are probabilities
 * from 0 to 1, rolled independently for each request.
 *
 * @param latencyMs         fixed delay before every answer
 * @param jitterMs          extra random delay, uniform in 0..jitterMs
 * @param errorRate         share of requests answered 500 or 503 (half each)
 * @param rateLimitRate     share of requests answered 429 with {@code Retry-After}
 * @param retryAfterSeconds the {@code Retry-After} value (whole seconds) sent with a 429
 * @param dropRate          share of answers whose connection is closed half-way through the body
 * @param malformedRate     share of answers whose JSON body is cut short (status and headers unchanged)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FaultSettings(long latencyMs, long jitterMs, double errorRate, double rateLimitRate,
                            int retryAfterSeconds, double dropRate, double malformedRate) {
    /** Checks ranges so a bad flag or admin call fails at once rather than misbehaving later. */
    public FaultSettings {
        if (latencyMs < 0 || jitterMs < 0 || retryAfterSeconds < 0) {
            throw new IllegalArgumentException("latency, jitter and retry-after must not be negative");
        }
        for (double rate : new double[] {errorRate, rateLimitRate, dropRate, malformedRate}) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("fault rates must be between 0 and 1");
            }
        }
    }

    /** No faults at all (the default); {@code Retry-After} stays 1 s so a later 429 rate needs no other change. */
    public static FaultSettings none() {
        return new FaultSettings(0, 0, 0, 0, 1, 0, 0);
    }

    /** True when no fault is set. */
    public boolean isNone() {
        return latencyMs == 0 && jitterMs == 0 && errorRate == 0 && rateLimitRate == 0 && dropRate == 0
                && malformedRate == 0;
    }
}
