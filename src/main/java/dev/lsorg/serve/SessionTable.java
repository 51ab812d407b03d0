package dev.lsorg.serve;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open consoles: admits up to the maximum, ends those whose key was revoked, and once a second checks each for
 * idleness on the injected clock (warning a minute before the timeout, ending it at the timeout).
 */
final class SessionTable implements AutoCloseable {
    private final int max;
    private final Clock clock;
    private final List<ConsoleShell> open = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lsorg-serve-idle");
        t.setDaemon(true);
        return t;
    });

    SessionTable(int max, Clock clock) {
        this.max = max;
        this.clock = clock;
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    /** The most consoles at once. */
    int max() {
        return max;
    }

    /** Lets {@code shell} in if there is room. */
    synchronized boolean admit(ConsoleShell shell) {
        if (open.size() >= max) {
            return false;
        }
        open.add(shell);
        return true;
    }

    void release(ConsoleShell shell) {
        open.remove(shell);
    }

    /** How many consoles are open. */
    int size() {
        return open.size();
    }

    /** Ends the consoles of the keys with these fingerprints. */
    void revoke(Set<String> fingerprints) {
        open.stream().filter(s -> fingerprints.contains(s.fingerprint())).forEach(s -> s.end(
                "your key was removed from the authorized keys, or its access changed"));
    }

    /** Ends every console with {@code why} (the server is stopping). */
    void endAll(String why) {
        open.forEach(s -> s.end(why));
    }

    private void sweep() {
        java.time.Instant now = clock.instant();
        for (ConsoleShell s : open) {
            try {
                s.checkIdle(now);
            } catch (RuntimeException e) {
                // one session's trouble must not stop the sweep of the others
            }
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
