package dev.lsorg.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Start-up timing marks for finding where the time to the first screen goes: with {@code LSORG_STARTUP_TRACE}
 * naming a file, each {@link #mark} appends "milliseconds since the JVM started, thread, what" to it; without it,
 * a mark costs one branch. It reads the process environment itself (not the CLI's injected one) because it must
 * work before anything is built, and writes to a file because stdout and stderr belong to the full-screen console.
 */
public final class StartupTrace {
    private static final Path FILE = file(System.getenv("LSORG_STARTUP_TRACE"));
    private static final long JVM_START_MS = FILE == null ? 0 : ManagementFactory.getRuntimeMXBean().getStartTime();

    private StartupTrace() {
    }

    private static Path file(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /** Whether marks are being written. */
    public static boolean enabled() {
        return FILE != null;
    }

    private static boolean started;

    /**
     * Records that {@code what} happened now. The first mark of a process is preceded by the JVM's start as
     * milliseconds since the epoch, to line the marks up with a time taken outside (the shell's exec).
     */
    public static void mark(String what) {
        if (FILE != null) {
            String line = String.format("%6d ms  %-22s %s%n", System.currentTimeMillis() - JVM_START_MS,
                    Thread.currentThread().getName(), what);
            synchronized (StartupTrace.class) {
                if (!started) {
                    started = true;
                    line = "JVM started at " + JVM_START_MS + " ms since the epoch\n" + line;
                }
            }
            write(line);
        }
    }

    private static synchronized void write(String line) {
        try (OutputStream out = Files.newOutputStream(FILE, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a diagnostic only: an unwritable trace file must never disturb the console
        }
    }
}
