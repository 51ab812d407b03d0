package dev.lsorg.api;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Bounds how many requests are in flight at once and remembers the peak, so a whole-org load can queue hundreds of
 * calls without opening hundreds of connections. Waiting tasks start first come, first served within their lane:
 * urgent ones (the next pages of a list, which the rest of that list waits on) before ordinary ones, and ordinary
 * ones before background ones (a console's fan-out over every workspace, which nothing on screen waits on). While
 * any urgent or ordinary task is in flight or waiting, background tasks hold at most {@code backgroundShare} of
 * the slots: their answers are the largest, and decoding them took the CPU from the list the user is looking at.
 */
final class Limiter {
    /** Which queue a task waits in. */
    enum Lane { URGENT, ORDINARY, BACKGROUND }

    private final int max;
    private final int backgroundShare;
    private final ArrayDeque<Runnable> urgent = new ArrayDeque<>();
    private final ArrayDeque<Runnable> ordinary = new ArrayDeque<>();
    private final ArrayDeque<Runnable> background = new ArrayDeque<>();
    private int inFlight;
    private int backgroundInFlight;
    private int peak;

    Limiter(int max) {
        this(max, Math.max(1, max / 4));
    }

    Limiter(int max, int backgroundShare) {
        this.max = max;
        this.backgroundShare = Math.max(1, Math.min(max, backgroundShare));
    }

    /** Runs {@code task} as soon as a slot is free; the slot is held until its future completes. */
    <T> Future<T> submit(Supplier<Future<T>> task) {
        return submit(task, Lane.ORDINARY);
    }

    /** Like {@link #submit(Supplier)}, waiting in {@code lane}. */
    <T> Future<T> submit(Supplier<Future<T>> task, Lane lane) {
        Promise<T> promise = Promise.promise();
        Runnable start = () -> startTask(task, promise, lane);
        boolean now;
        synchronized (this) {
            now = nothingWaitingAhead(lane) && startable(lane);
            if (now) {
                take(lane);
            } else {
                queue(lane).add(start);
            }
        }
        if (now) {
            start.run();
        }
        return promise.future();
    }

    // Nothing of the same or a more pressing lane is waiting (a slot freed is theirs first).
    private boolean nothingWaitingAhead(Lane lane) {
        return switch (lane) {
            case URGENT -> urgent.isEmpty();
            case ORDINARY -> urgent.isEmpty() && ordinary.isEmpty();
            case BACKGROUND -> urgent.isEmpty() && ordinary.isEmpty() && background.isEmpty();
        };
    }

    private boolean startable(Lane lane) {
        if (inFlight >= max) {
            return false;
        }
        if (lane != Lane.BACKGROUND) {
            return true;
        }
        boolean foreground = inFlight > backgroundInFlight || !urgent.isEmpty() || !ordinary.isEmpty();
        return !foreground || backgroundInFlight < backgroundShare;
    }

    private void take(Lane lane) {
        inFlight++;
        if (lane == Lane.BACKGROUND) {
            backgroundInFlight++;
        }
        peak = Math.max(peak, inFlight);
    }

    private ArrayDeque<Runnable> queue(Lane lane) {
        return switch (lane) {
            case URGENT -> urgent;
            case ORDINARY -> ordinary;
            case BACKGROUND -> background;
        };
    }

    private <T> void startTask(Supplier<Future<T>> task, Promise<T> promise, Lane lane) {
        Future<T> f;
        try {
            f = task.get();
        } catch (RuntimeException e) {
            f = Future.failedFuture(e);
        }
        f.onComplete(ar -> {
            release(lane);
            promise.handle(ar);
        });
    }

    // Frees the slot and starts what may start now: one waiting task, or several background ones when the last
    // foreground task has finished.
    private void release(Lane lane) {
        List<Runnable> next = new ArrayList<>(1);
        synchronized (this) {
            inFlight--;
            if (lane == Lane.BACKGROUND) {
                backgroundInFlight--;
            }
            while (true) {
                Lane ready = !urgent.isEmpty() && startable(Lane.URGENT) ? Lane.URGENT
                        : !ordinary.isEmpty() && startable(Lane.ORDINARY) ? Lane.ORDINARY
                        : !background.isEmpty() && startable(Lane.BACKGROUND) ? Lane.BACKGROUND : null;
                if (ready == null) {
                    break;
                }
                take(ready);
                next.add(queue(ready).poll());
            }
        }
        next.forEach(Runnable::run);
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
