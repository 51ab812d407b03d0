package dev.lsorg.api;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * Bounds how many requests are in flight at once and remembers the peak, so a whole-org load can queue hundreds of
 * calls without opening hundreds of connections. Waiting tasks start first come, first served, except that urgent
 * ones (the next pages of a list, which the rest of that list waits on) go before all ordinary ones.
 */
final class Limiter {
    private final int max;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private final ArrayDeque<Runnable> urgent = new ArrayDeque<>();
    private int inFlight;
    private int peak;

    Limiter(int max) {
        this.max = max;
    }

    /** Runs {@code task} as soon as a slot is free; the slot is held until its future completes. */
    <T> Future<T> submit(Supplier<Future<T>> task) {
        return submit(task, false);
    }

    /** Like {@link #submit(Supplier)}; an {@code urgent} task waits only behind other urgent ones. */
    <T> Future<T> submit(Supplier<Future<T>> task, boolean isUrgent) {
        Promise<T> promise = Promise.promise();
        Runnable start = () -> startTask(task, promise);
        boolean now;
        synchronized (this) {
            now = inFlight < max;
            if (now) {
                peak = Math.max(peak, ++inFlight);
            } else {
                (isUrgent ? urgent : waiting).add(start);
            }
        }
        if (now) {
            start.run();
        }
        return promise.future();
    }

    private <T> void startTask(Supplier<Future<T>> task, Promise<T> promise) {
        Future<T> f;
        try {
            f = task.get();
        } catch (RuntimeException e) {
            f = Future.failedFuture(e);
        }
        f.onComplete(ar -> {
            release();
            promise.handle(ar);
        });
    }

    private void release() {
        Runnable next;
        synchronized (this) {
            next = urgent.isEmpty() ? waiting.poll() : urgent.poll();
            if (next == null) {
                inFlight--;
            } else {
                peak = Math.max(peak, inFlight);
            }
        }
        if (next != null) {
            next.run();
        }
    }

    /** Most requests that were in flight at the same time since the last {@link #resetPeak()}. */
    synchronized int peak() {
        return peak;
    }

    /** Starts a new peak measurement from the current load. */
    synchronized void resetPeak() {
        peak = inFlight;
    }
}
