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

    /** Records that {@code what} happened now. */
    public static void mark(String what) {
        if (FILE != null) {
            write(String.format("%6d ms  %-22s %s%n", System.currentTimeMillis() - JVM_START_MS,
                    Thread.currentThread().getName(), what));
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
