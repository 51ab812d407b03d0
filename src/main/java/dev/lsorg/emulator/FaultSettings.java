package dev.lsorg.emulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Locale;

/**
 * The faults the emulator injects into {@code /api/} answers, for tests and benchmarks; rates are probabilities
 * from 0 to 1, rolled independently for each request. Faults can be limited to some HTTP methods (fault only the
 * writes, let the reads through) and to the next few requests (then they switch themselves off).
 *
 * @param latencyMs         fixed delay before every answer
 * @param jitterMs          extra random delay, uniform in 0..jitterMs
 * @param errorRate         share of requests answered 500 or 503 (half each)
 * @param rateLimitRate     share of requests answered 429 with {@code Retry-After}
 * @param retryAfterSeconds the {@code Retry-After} value (whole seconds) sent with a 429
 * @param dropRate          share of answers whose connection is closed half-way through the body
 * @param malformedRate     share of answers whose JSON body is cut short (status and headers unchanged)
 * @param methods           the HTTP methods faults apply to, upper case; empty for every method
 * @param nextRequests      faults apply to this many more matching requests and then all turn off; null for no
 *                          limit
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FaultSettings(long latencyMs, long jitterMs, double errorRate, double rateLimitRate,
                            int retryAfterSeconds, double dropRate, double malformedRate, List<String> methods,
                            Integer nextRequests) {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

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
        methods = methods == null ? List.of() : methods.stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).toList();
        for (String m : methods) {
            if (!METHODS.contains(m)) {
                throw new IllegalArgumentException("fault methods must be among " + String.join(", ", METHODS)
                        + ", not '" + m + "'");
            }
        }
        if (nextRequests != null && nextRequests < 0) {
            throw new IllegalArgumentException("the number of requests to fault must not be negative");
        }
    }

    /** Faults on every request, with no method or count limit. */
    public FaultSettings(long latencyMs, long jitterMs, double errorRate, double rateLimitRate, int retryAfterSeconds,
                         double dropRate, double malformedRate) {
        this(latencyMs, jitterMs, errorRate, rateLimitRate, retryAfterSeconds, dropRate, malformedRate, List.of(),
                null);
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

    /** Whether these faults apply to a request with this method (the count is checked by {@link Faults}). */
    boolean appliesTo(String method) {
        return (methods.isEmpty() || methods.contains(method)) && (nextRequests == null || nextRequests > 0);
    }

    /** The same faults with one fewer request left (no change when unlimited). */
    FaultSettings spendOne() {
        return nextRequests == null ? this : new FaultSettings(latencyMs, jitterMs, errorRate, rateLimitRate,
                retryAfterSeconds, dropRate, malformedRate, methods, nextRequests - 1);
    }

    /** The same faults limited to {@code newMethods} (none: every method). */
    public FaultSettings onlyFor(List<String> newMethods) {
        return new FaultSettings(latencyMs, jitterMs, errorRate, rateLimitRate, retryAfterSeconds, dropRate,
                malformedRate, newMethods, nextRequests);
    }

    /** The same faults for the next {@code n} matching requests only (null: no limit). */
    public FaultSettings forNext(Integer n) {
        return new FaultSettings(latencyMs, jitterMs, errorRate, rateLimitRate, retryAfterSeconds, dropRate,
                malformedRate, methods, n);
    }
}
