package dev.lsorg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The authorized keys in force, read again whenever the file changes (its size, time or inode; checked every few
 * seconds, which also catches an editor that saves by renaming). When a key is removed or its person or access
 * changes, {@code revoked} hears its fingerprint, so that person's open sessions end. A file that can no longer
 * be read counts as empty: everyone is out until it is fixed.
 */
final class KeyRing implements AutoCloseable {
    private final Path file;
    private final ServeLog log;
    private final Consumer<Set<String>> revoked;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lsorg-serve-keys");
        t.setDaemon(true);
        return t;
    });
    private volatile AuthorizedKeys.Result current;
    private Object stamp;

    KeyRing(Path file, AuthorizedKeys.Result first, ServeLog log, Consumer<Set<String>> revoked) {
        this.file = file;
        this.current = first;
        this.log = log;
        this.revoked = revoked;
        this.stamp = stamp();
    }

    /** Starts checking the file every {@code every}. */
    void watch(java.time.Duration every) {
        watcher.scheduleWithFixedDelay(this::checkQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    AuthorizedKeys.Result current() {
        return current;
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.detail("checking the authorized keys failed: " + e);
        }
    }

    /** Reads the file again if it changed since the last read. */
    synchronized void check() {
        Object now = stamp();
        if (Objects.equals(now, stamp)) {
            return;
        }
        stamp = now;
        AuthorizedKeys.Result next = readOrNothing();
        next.problems().forEach(log::event);
        AuthorizedKeys.Result before = current;
        current = next;
        log.event("authorized keys read again: " + next.grants().size() + " keys");
        Set<String> gone = before.grants().stream().filter(g -> !kept(g, next)).map(Grant::fingerprint)
                .collect(Collectors.toSet());
        if (!gone.isEmpty()) {
            revoked.accept(gone);
        }
    }

    private AuthorizedKeys.Result readOrNothing() {
        try {
            return AuthorizedKeys.read(file);
        } catch (ServeException e) {
            log.event(e.getMessage() + "; no key is accepted until it can be read");
            return new AuthorizedKeys.Result(List.of(), List.of());
        }
    }

    private static boolean kept(Grant g, AuthorizedKeys.Result next) {
        Grant now = next.find(g.key());
        return now != null && now.person().equals(g.person()) && now.access() == g.access();
    }

    private Object stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey()));
        } catch (IOException e) {
            return "missing";
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
