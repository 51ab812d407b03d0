package dev.lsorg.ui;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * Sends everything that would print to the terminal while the console is up (stderr, java.util.logging, which
 * Vert.x uses) to a log file instead, so no stack trace ever lands on the screen.
 */
final class ConsoleLog implements AutoCloseable {
    private final PrintStream file;
    private final PrintStream originalErr;

    ConsoleLog(PrintStream file, PrintStream originalErr) {
        this.file = file;
        this.originalErr = originalErr;
    }

    /** Redirects stderr and logging to {@code path} (appending). */
    static ConsoleLog open(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        PrintStream file = new PrintStream(new FileOutputStream(path.toFile(), true), true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        System.setErr(file);
        LogManager.getLogManager().reset();
        Handler h = new StreamHandler(file, new SimpleFormatter()) {
            @Override
            public synchronized void publish(java.util.logging.LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        Logger.getLogger("").addHandler(h);
        file.println("--- lsorg console started " + Instant.now());
        return new ConsoleLog(file, err);
    }

    /** Writes an error and its stack trace to the log. */
    void error(String what, Throwable t) {
        file.println(Instant.now() + " ERROR " + what);
        t.printStackTrace(file);
        file.flush();
    }

    @Override
    public void close() {
        System.setErr(originalErr);
        file.flush();
    }
}
