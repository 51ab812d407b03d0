package dev.lsorg.api;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * Bounds how many requests are in flight at once (first come, first served) and remembers the peak, so a
 * whole-org load can queue hundreds of calls without opening hundreds of connections.
 */
final class Limiter {
    private final int max;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private int inFlight;
    private int peak;

    Limiter(int max) {
        this.max = max;
    }

    /** Runs {@code task} as soon as a slot is free; the slot is held until its future completes. */
    <T> Future<T> submit(Supplier<Future<T>> task) {
        Promise<T> promise = Promise.promise();
        Runnable start = () -> startTask(task, promise);
        boolean now;
        synchronized (this) {
            now = inFlight < max;
            if (now) {
                peak = Math.max(peak, ++inFlight);
            } else {
                waiting.add(start);
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
            next = waiting.poll();
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
