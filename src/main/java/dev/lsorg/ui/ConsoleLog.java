package dev.lsorg.ui;

import dev.lsorg.app.AppState;
import dev.lsorg.app.LoadState;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.app.Resource;
import dev.lsorg.app.Status;
import dev.lsorg.app.StateStore;
import dev.lsorg.app.mutation.StateFiles;
import dev.lsorg.config.Secret;
import dev.lsorg.text.Sanitizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * The console's log, {@code lsorg.log} in the state folder (0600, 1 MB per file, {@link RotatingLog#KEEP} older files
 * kept): every error the console showed (status line errors, failed loads, and each request that failed, with its
 * method, path and status, never a header or body), and every stack trace. While the console is up, stderr and
 * java.util.logging (which Vert.x uses) go there too, so nothing is ever printed over the screen. Lines are written
 * on a thread of the log's own, so neither the GUI thread nor an event loop waits for the disk; text from the server
 * is written with control characters escaped and anything shaped like a key masked.
 */
final class ConsoleLog implements AutoCloseable {
    private final PrintStream file;
    private final PrintStream originalErr;
    private final Clock clock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lsorg-log");
        t.setDaemon(true);
        return t;
    });
    private final Map<Resource, String> shownLoadErrors = new EnumMap<>(Resource.class);
    private Status shownStatus = Status.NONE;

    ConsoleLog(PrintStream file, PrintStream originalErr, Clock clock) {
        this.file = file;
        this.originalErr = originalErr;
        this.clock = clock;
    }

    /** Redirects stderr and logging to {@code path} (appending, rotated); lines are dated by {@code clock}. */
    static ConsoleLog open(Path path, Clock clock) throws IOException {
        ConsoleLog log = toFile(path, clock, System.err);
        System.setErr(log.file);
        LogManager.getLogManager().reset();
        Handler h = new StreamHandler(log.file, new SimpleFormatter()) {
            @Override
            public synchronized void publish(java.util.logging.LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        Logger.getLogger("").addHandler(h);
        log.file.println("--- lsorg console started " + clock.instant());
        return log;
    }

    /** A log writing to {@code path} that leaves stderr and logging alone ({@code restoreErr} is put back on close). */
    static ConsoleLog toFile(Path path, Clock clock, PrintStream restoreErr) throws IOException {
        PrintStream file = new PrintStream(new RotatingLog(path, RotatingLog.LIMIT, RotatingLog.KEEP), true,
                StandardCharsets.UTF_8);
        return new ConsoleLog(file, restoreErr, clock);
    }

    /** Writes an error and its stack trace to the log. */
    void error(String what, Throwable t) {
        synchronized (file) {
            file.println(clock.instant() + " ERROR " + clean(what));
            t.printStackTrace(file);
            file.flush();
        }
    }

    /** Logs each error the console shows from now on: status line errors and failed loads (GUI thread). */
    void watch(StateStore store) {
        store.listen(this::shown);
    }

    /** Logs a request that failed (any thread): an HTTP error status, or no answer at all. */
    void request(RequestEntry e) {
        if (e.status() == 0 || e.status() >= 400) {
            String answer = e.status() == 0 ? "no answer (dropped or timed out)" : "HTTP " + e.status();
            note(e.at(), "WARN request " + e.method() + " " + e.path() + " -> " + answer + " after " + e.millis()
                    + " ms");
        }
    }

    private void shown(AppState s) {
        Status status = s.status();
        if (status.level() == Status.Level.ERROR && !status.equals(shownStatus)) {
            note(s.now(), "ERROR shown: " + status.text());
        }
        shownStatus = status;
        for (Resource r : Resource.values()) {
            LoadState load = s.load(r);
            String error = load == null ? null : load.error();
            if (error != null && !Objects.equals(error, shownLoadErrors.get(r))) {
                note(s.now(), "ERROR loading " + r.name().toLowerCase() + " failed: " + error);
            }
            shownLoadErrors.put(r, error);
        }
    }

    private void note(Instant at, String line) {
        String text = at + " " + clean(line);
        writer.execute(() -> {
            synchronized (file) {
                file.println(text);
                file.flush();
            }
        });
    }

    private static String clean(String text) {
        return Sanitizer.escape(Secret.KEY_SHAPE.matcher(text).replaceAll("<key hidden>"));
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (System.err == file) {
            System.setErr(originalErr);
        }
        file.close();
    }
}
