package dev.lsorg.testing;

import dev.lsorg.api.RetryTimer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;

/**
 * The client's waits in the time of a {@link TestClock} shared with an emulator, for tests of behaviour that hangs
 * on that clock (the emulator's rate-limit windows): a wait ends by moving the clock to the instant it was asked to
 * last until, instead of waiting. Waits asked for together (requests refused by the same window) are ended together
 * on the next turn of the event loop, so the clock moves to the latest of them and not to their sum.
 */
public final class ClockedRetryTimer implements RetryTimer {
    private final Vertx vertx;
    private final TestClock clock;
    private final Instant start;

    /** Waits on {@code clock}, ended on {@code vertx}'s event loop. */
    public ClockedRetryTimer(Vertx vertx, TestClock clock) {
        this.vertx = vertx;
        this.clock = clock;
        this.start = clock.instant();
    }

    @Override
    public long nanos() {
        return Duration.between(start, clock.instant()).toNanos();
    }

    @Override
    public Future<Void> after(Duration delay) {
        Instant until = clock.instant().plus(delay);
        Promise<Void> done = Promise.promise();
        vertx.runOnContext(v -> {
            moveTo(until);
            done.complete();
        });
        return done.future();
    }

    private synchronized void moveTo(Instant until) {
        if (until.isAfter(clock.instant())) {
            clock.set(until);
        }
    }

    /** How far the clock moved since this timer was made. */
    public Duration elapsed() {
        return Duration.between(start, clock.instant());
    }
}
