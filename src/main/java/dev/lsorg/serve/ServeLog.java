package dev.lsorg.serve;

import dev.lsorg.app.mutation.StateFiles;
import dev.lsorg.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The server's log: each event (start, logins, refused keys, sessions ending, changes made) is one dated line on
 * the server's output, where an operator or a service manager reads it, and in {@code serve.log} in the state
 * folder (0600); SSHD's own warnings go to the file only. Lines are sanitised (a key comment or a client's version
 * string cannot put control bytes on the host's terminal) and written on a thread of the log's own, so neither an
 * SSH thread nor a console waits for the disk.
 */
public final class ServeLog implements AutoCloseable {
    private final PrintWriter out;
    private final Path file;
    private final Clock clock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lsorg-serve-log");
        t.setDaemon(true);
        return t;
    });

    /** A log printing to {@code out} and appending to {@code file} (null: no file), dated by {@code clock}. */
    public ServeLog(PrintWriter out, Path file, Clock clock) {
        this.out = out;
        this.file = file;
        this.clock = clock;
    }

    /** Logs an event: on the server's output and in the file. */
    public void event(String text) {
        String line = stamp(text);
        write(() -> {
            out.println(line);
            out.flush();
            append(line);
        });
    }

    /** Logs a detail (SSHD's warnings, stack traces' first lines): in the file only. */
    public void detail(String text) {
        String line = stamp(text);
        write(() -> append(line));
    }

    // Sessions still ending after the server closed its log write their last lines themselves.
    private void write(Runnable task) {
        try {
            writer.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            synchronized (this) {
                task.run();
            }
        }
    }

    /** Waits (briefly) until every line logged so far is written; tests and shutdown call it. */
    public void flush() {
        try {
            writer.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the log is best effort
        }
    }

    private String stamp(String text) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return now + " " + Sanitizer.escape(text, Sanitizer.MESSAGE_CAP);
    }

    private void append(String line) {
        if (file == null) {
            return;
        }
        try {
            StateFiles.append(file, line + "\n");
        } catch (IOException e) {
            // a full disk must not stop the server; the event was printed
        }
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
    }
}
