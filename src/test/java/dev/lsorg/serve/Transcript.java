package dev.lsorg.serve;

import java.io.Writer;
import java.time.Duration;

/**
 * What a running {@code lsorg serve} printed, readable while it runs: a test waits for a line to appear (woken by
 * each write, failing after a deadline) instead of sleeping.
 */
final class Transcript extends Writer {
    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void write(char[] buf, int off, int len) {
        text.append(buf, off, len);
        notifyAll();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Everything so far. */
    synchronized String text() {
        return text.toString();
    }

    /** How many times {@code needle} occurs so far. */
    synchronized int count(String needle) {
        return text.toString().split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    /** Waits until the text contains {@code needle}; fails after {@code limit}. */
    synchronized String await(String needle, Duration limit) {
        return await(needle, 1, limit);
    }

    /** Waits until the text contains {@code needle} {@code times} times; fails after {@code limit}. */
    synchronized String await(String needle, int times, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (count(needle) < times) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no '" + needle + "' within " + limit.toSeconds() + " s in:\n" + text);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return text.toString();
    }
}
