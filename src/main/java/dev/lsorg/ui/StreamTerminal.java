package dev.lsorg.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * A Lanterna ANSI terminal over a pair of streams whose size is told from outside: an SSH channel, where the size
 * comes with the client's PTY request and its window-change messages. It never runs {@code stty} (that would act
 * on the host's own terminal) and never asks the terminal for its size with a cursor report.
 */
public final class StreamTerminal extends ANSITerminal {
    private volatile TerminalSize size;

    /** A terminal reading keys from {@code in} and drawing on {@code out}, {@code cols} x {@code rows} to start. */
    public StreamTerminal(InputStream in, OutputStream out, Charset charset, int cols, int rows) {
        super(new CarriageReturns(in), out, charset);
        this.size = sized(cols, rows);
    }

    /** The client's window changed: the screen redraws at the new size. */
    public void resize(int cols, int rows) {
        TerminalSize next = sized(cols, rows);
        if (!next.equals(size)) {
            size = next;
            onResized(next);
        }
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /**
     * A client in raw mode sends Enter as a carriage return; a host's tty would turn it into a newline (ICRNL)
     * before Lanterna saw it, and Lanterna reads a lone CR as no key at all. There is no tty here, so this does it.
     */
    private static final class CarriageReturns extends FilterInputStream {
        CarriageReturns(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            return b == '\r' ? '\n' : b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\r') {
                    buf[i] = '\n';
                }
            }
            return n;
        }
    }

    // A client may send 0 x 0 (size unknown): fall back to the classic 80 x 24.
    private static TerminalSize sized(int cols, int rows) {
        return new TerminalSize(cols > 0 ? cols : 80, rows > 0 ? rows : 24);
    }
}
