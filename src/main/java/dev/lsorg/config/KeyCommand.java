package dev.lsorg.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a profile's {@code api_key_command} with {@code sh -c} (standard error and input passed through) and returns
 * what it printed, within a time limit: its output is read on a thread of its own while the command is timed, so a
 * command that never ends, or leaves a child holding its output open, is stopped when the limit is reached instead
 * of holding lsorg forever.
 */
public final class KeyCommand implements KeyReader.CommandRunner {
    /** How long a key command may take by default (a password manager may ask for a passphrase first). */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);
    // The key is the first line; more than this is not a key command's output and is not kept.
    private static final int MAX_OUTPUT = 64 * 1024;
    private final Duration limit;

    /** A runner that stops the command after {@code limit}. */
    public KeyCommand(Duration limit) {
        this.limit = limit;
    }

    @Override
    public String run(String command) throws ConfigException {
        Process p;
        try {
            p = new ProcessBuilder("sh", "-c", command).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new ConfigException("api_key_command could not run (" + e.getMessage() + ")");
        }
        try {
            return await(p, output(p.getInputStream()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(p);
            throw new ConfigException("api_key_command was interrupted");
        }
    }

    private String await(Process p, CompletableFuture<String> output) throws ConfigException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            if (!p.waitFor(limit.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException();
            }
            // The command has ended, but a child it left behind may still hold its output open.
            String out = output.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (p.exitValue() != 0) {
                throw new ConfigException("api_key_command exited with status " + p.exitValue());
            }
            return out;
        } catch (TimeoutException e) {
            stop(p);
            throw new ConfigException("api_key_command did not finish within " + describe(limit)
                    + " (its time limit) and was stopped");
        } catch (ExecutionException e) {
            throw new ConfigException("api_key_command's output could not be read");
        }
    }

    /** Reads the command's output on a daemon thread of its own, so nothing waits on it past the limit. */
    private static CompletableFuture<String> output(InputStream in) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                result.complete(readCapped(in));
            } catch (IOException | UncheckedIOException e) {
                result.completeExceptionally(e);
            }
        }, "lsorg-api-key-command");
        reader.setDaemon(true);
        reader.start();
        return result;
    }

    private static String readCapped(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                kept.write(buf, 0, Math.max(0, Math.min(n, MAX_OUTPUT - kept.size())));
            }
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** {@code 30 s}, or {@code 250 ms} for a limit below a whole number of seconds. */
    static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
