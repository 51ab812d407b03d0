package dev.lsorg.serve;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import org.jline.builtins.ScreenTerminal;

/**
 * The client's screen: everything the server sends on the channel goes through JLine's VT100 emulator
 * ({@link ScreenTerminal}, the terminal model of JLine's own tmux), so a test reads the screen a person would see,
 * not the escape sequences. Tests wait for text to appear; each write wakes them.
 */
final class VtScreen extends OutputStream {
    private final ScreenTerminal vt;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final StringBuilder raw = new StringBuilder();
    private ByteBuffer pending = ByteBuffer.allocate(0);

    VtScreen(int cols, int rows) {
        vt = new ScreenTerminal(cols, rows);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        ByteBuffer in = ByteBuffer.allocate(pending.remaining() + len);
        in.put(pending).put(b, off, len).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        utf8.decode(in, out, false);
        pending = ByteBuffer.allocate(in.remaining()).put(in).flip();
        out.flip();
        raw.append(out);
        vt.write(out);
        notifyAll();
    }

    /** The client's window changed size (the emulator follows, as a real terminal would). */
    synchronized void resize(int cols, int rows) {
        vt.setSize(cols, rows);
    }

    /** The screen as lines of text. */
    synchronized String text() {
        return vt.toString();
    }

    /** Every character received so far, escape sequences included (for the lines printed after the screen). */
    synchronized String raw() {
        return raw.toString();
    }

    /** Waits until the screen shows {@code needle}; returns the screen. */
    String await(String needle) {
        return awaitScreen(s -> s.contains(needle), "'" + needle + "'");
    }

    /** Waits until the screen satisfies {@code test}. */
    synchronized String awaitScreen(Predicate<String> test, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!test.test(vt.toString())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the screen never showed " + what + ":\n" + vt);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return vt.toString();
    }

    /** Waits until the raw output contains {@code needle} (text printed after the console gave the screen back). */
    synchronized String awaitRaw(String needle) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!raw.toString().contains(needle)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the output never had '" + needle + "'; the screen:\n" + vt);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return raw.toString();
    }
}
