package dev.lsorg.testing;

import dev.lsorg.api.RetryTimer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual time for the client's retries: a wait completes at once and moves this timer's reading on by its length,
 * so a test sees exactly which waits the client asked for (and that the budget is counted in them) without
 * waiting. {@link #holdNext()} stops the next wait until the test lets it go, to change the world in between.
 */
public final class VirtualRetryTimer implements RetryTimer {
    private final AtomicLong nanos = new AtomicLong();
    private final List<Duration> waits = new ArrayList<>();
    private CompletableFuture<Void> held;
    private Promise<Void> release;

    @Override
    public long nanos() {
        return nanos.get();
    }

    @Override
    public synchronized Future<Void> after(Duration delay) {
        waits.add(delay);
        nanos.addAndGet(delay.toNanos());
        if (held != null && !held.isDone()) {
            held.complete(null);
            return release.future();
        }
        return Future.succeededFuture();
    }

    /** Every wait asked for so far, in order. */
    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    /** The total virtual time waited. */
    public Duration waited() {
        return Duration.ofNanos(nanos.get());
    }

    /** Makes the next wait last until {@link #release()}; returns when that wait has been asked for. */
    public synchronized CompletableFuture<Void> holdNext() {
        held = new CompletableFuture<>();
        release = Promise.promise();
        return held;
    }

    /** Ends the held wait: the client makes its next attempt. */
    public synchronized void release() {
        release.tryComplete();
    }

    /** Blocks the test until the held wait has been asked for (a hang fails after a minute). */
    public void awaitHeld(CompletableFuture<Void> hold) throws Exception {
        hold.get(Await.LIMIT_SECONDS, TimeUnit.SECONDS);
    }
}
