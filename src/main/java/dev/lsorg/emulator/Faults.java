package dev.lsorg.emulator;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's live fault switchboard: tests, the command line and the {@code /_emulator/faults} route change
 * it at any time, and each {@code /api/} request reads it once when it arrives.
 */
public final class Faults {
    private final AtomicReference<FaultSettings> settings;
    private final Random random;

    Faults(FaultSettings initial, long seed) {
        this.settings = new AtomicReference<>(initial);
        this.random = new Random(seed);
    }

    /** The settings in force now. */
    public FaultSettings settings() {
        return settings.get();
    }

    /** Replaces every fault setting at once. */
    public void set(FaultSettings next) {
        settings.set(next);
    }

    /** Turns every fault off. */
    public void reset() {
        settings.set(FaultSettings.none());
    }

    /** Sets a fixed delay plus a random jitter. */
    public Faults latency(long fixedMs, long jitterMs) {
        settings.updateAndGet(s -> new FaultSettings(fixedMs, jitterMs, s.errorRate(), s.rateLimitRate(),
                s.retryAfterSeconds(), s.dropRate(), s.malformedRate(), s.methods(), s.nextRequests()));
        return this;
    }

    /** Sets the share of 500/503 answers. */
    public Faults errorRate(double rate) {
        settings.updateAndGet(s -> new FaultSettings(s.latencyMs(), s.jitterMs(), rate, s.rateLimitRate(),
                s.retryAfterSeconds(), s.dropRate(), s.malformedRate(), s.methods(), s.nextRequests()));
        return this;
    }

    /** Sets the share of 429 answers and the {@code Retry-After} they carry. */
    public Faults rateLimit(double rate, int retryAfterSeconds) {
        settings.updateAndGet(s -> new FaultSettings(s.latencyMs(), s.jitterMs(), s.errorRate(), rate,
                retryAfterSeconds, s.dropRate(), s.malformedRate(), s.methods(), s.nextRequests()));
        return this;
    }

    /** Sets the share of connections closed mid-response. */
    public Faults dropRate(double rate) {
        settings.updateAndGet(s -> new FaultSettings(s.latencyMs(), s.jitterMs(), s.errorRate(),
                s.rateLimitRate(), s.retryAfterSeconds(), rate, s.malformedRate(), s.methods(), s.nextRequests()));
        return this;
    }

    /** Sets the share of answers with a cut-short JSON body. */
    public Faults malformedRate(double rate) {
        settings.updateAndGet(s -> new FaultSettings(s.latencyMs(), s.jitterMs(), s.errorRate(),
                s.rateLimitRate(), s.retryAfterSeconds(), s.dropRate(), rate, s.methods(), s.nextRequests()));
        return this;
    }

    /** Limits the faults to requests with these methods ({@code "POST"}, {@code "PATCH"} ...); none: all. */
    public Faults onlyFor(String... methods) {
        settings.updateAndGet(s -> s.onlyFor(List.of(methods)));
        return this;
    }

    /** Limits the faults to the next {@code n} matching requests; after them every fault is off. */
    public Faults forNext(int n) {
        settings.updateAndGet(s -> s.forNext(n));
        return this;
    }

    /**
     * The faults one arriving request gets: the settings when they apply to its method and count, else none; a
     * request that takes a counted fault uses one up.
     */
    FaultSettings take(String method) {
        while (true) {
            FaultSettings s = settings.get();
            if (s.isNone() || !s.appliesTo(method)) {
                return FaultSettings.none();
            }
            if (settings.compareAndSet(s, s.spendOne())) {
                return s;
            }
        }
    }

    /** Rolls the delay for one request. */
    synchronized long delayMs(FaultSettings s) {
        return s.latencyMs() + (s.jitterMs() == 0 ? 0 : (long) (random.nextDouble() * (s.jitterMs() + 1)));
    }

    /** Rolls one probability; a rate of 1 always hits and 0 never does. */
    synchronized boolean roll(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
