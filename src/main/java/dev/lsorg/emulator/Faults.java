package dev.lsorg.emulator;

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
    public void latency(long fixedMs, long jitterMs) {
        settings.updateAndGet(s -> new FaultSettings(fixedMs, jitterMs, s.errorRate(), s.rateLimitRate(),
                s.retryAfterSeconds(), s.dropRate(), s.malformedRate()));
    }

    /** Sets the share of 500/503 answers. */
    public void errorRate(double rate) {
        settings.updateAndGet(s -> new FaultSettings(s.latencyMs(), s.jitterMs(), rate, s.rateLimitRate(),
                s.retryAfterSeconds(), s.dropRate(), s.malformedRate()));
    }

    /** Sets the share of 429 answers and the {@code Retry-After} they carry. */
    public void rateLimit(double rate, int retryAfterSeconds) {
        settings.updateAndGet(s -> new FaultSettings(s.latencyMs(), s.jitterMs(), s.errorRate(), rate,
                retryAfterSeconds, s.dropRate(), s.malformedRate()));
    }

    /** Sets the share of connections closed mid-response. */
    public void dropRate(double rate) {
        settings.updateAndGet(s -> new FaultSettings(s.latencyMs(), s.jitterMs(), s.errorRate(),
                s.rateLimitRate(), s.retryAfterSeconds(), rate, s.malformedRate()));
    }

    /** Sets the share of answers with a cut-short JSON body. */
    public void malformedRate(double rate) {
        settings.updateAndGet(s -> new FaultSettings(s.latencyMs(), s.jitterMs(), s.errorRate(),
                s.rateLimitRate(), s.retryAfterSeconds(), s.dropRate(), rate));
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
