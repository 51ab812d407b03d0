package dev.lsorg.ui;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
    private final Clock clock;

    ConsoleLog(PrintStream file, PrintStream originalErr, Clock clock) {
        this.file = file;
        this.originalErr = originalErr;
        this.clock = clock;
    }

    /** Redirects stderr and logging to {@code path} (appending); lines are dated by {@code clock}. */
    static ConsoleLog open(Path path, Clock clock) throws IOException {
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
        file.println("--- lsorg console started " + clock.instant());
        return new ConsoleLog(file, err, clock);
    }

    /** Writes an error and its stack trace to the log. */
    void error(String what, Throwable t) {
        file.println(clock.instant() + " ERROR " + what);
        t.printStackTrace(file);
        file.flush();
    }

    @Override
    public void close() {
        System.setErr(originalErr);
        file.flush();
    }
}
