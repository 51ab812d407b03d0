package dev.lsorg.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real ANSI terminal (the same escape sequences a user's terminal receives) writing into a byte counter, with
 * keys fed in as bytes; used to measure how much output one keystroke costs.
 */
final class ByteCountingTerminal extends ANSITerminal {
    private final TerminalSize size;
    private final Counter counter;
    private final KeyFeed keys;

    private ByteCountingTerminal(KeyFeed keys, Counter counter, TerminalSize size) {
        super(keys, counter, StandardCharsets.UTF_8);
        this.keys = keys;
        this.counter = counter;
        this.size = size;
    }

    static ByteCountingTerminal create(int cols, int rows) {
        return new ByteCountingTerminal(new KeyFeed(), new Counter(), new TerminalSize(cols, rows));
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** Queues the bytes of a key press (e.g. "j", or "\u001b[B" for Down). */
    void press(String bytes) {
        keys.feed(bytes.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes written so far. */
    long written() {
        return counter.count.get();
    }

    private static final class Counter extends OutputStream {
        final AtomicLong count = new AtomicLong();

        @Override
        public void write(int b) {
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count.addAndGet(len);
        }
    }

    /** An input stream that reports queued key bytes as available and never blocks when empty. */
    private static final class KeyFeed extends InputStream {
        private ByteArrayInputStream current = new ByteArrayInputStream(new byte[0]);

        synchronized void feed(byte[] bytes) {
            current = new ByteArrayInputStream(bytes);
        }

        @Override
        public synchronized int read() throws IOException {
            return current.read();
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            int n = current.read(b, off, len);
            return n < 0 && len > 0 ? 0 : n;
        }

        @Override
        public synchronized int available() {
            return current.available();
        }
    }
}
