package dev.lsorg.api;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;

/**
 * The time base of retries: how long a request has been retrying and how a wait before the next attempt is made.
 * Both come from one place so the retry budget is counted in the same time the waits take: real time in lsorg
 * ({@link #on(Vertx)}), virtual time in tests, where a wait completes at once and only moves the count on.
 */
public interface RetryTimer {
    /** A monotonic reading in nanoseconds; only differences between readings mean anything. */
    long nanos();

    /** Completes after {@code delay} (never on the calling thread's stack when real). */
    Future<Void> after(Duration delay);

    /** Real time: {@link System#nanoTime()} and Vert.x timers on {@code vertx}. */
    static RetryTimer on(Vertx vertx) {
        return new RetryTimer() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public Future<Void> after(Duration delay) {
                Promise<Void> done = Promise.promise();
                vertx.setTimer(Math.max(1, delay.toMillis()), id -> done.complete());
                return done.future();
            }
        };
    }
}
