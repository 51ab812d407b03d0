package dev.lsorg.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, sized with {@code stty size} on the tty instead of a cursor-position report: a terminal
 * (or ssh hop, or multiplexer) that never answers the report would otherwise stall start-up and every resize.
 */
final class LsorgTerminal extends UnixTerminal {
    private final TerminalSize fallback;

    LsorgTerminal(InputStream in, OutputStream out, Charset charset, TerminalSize fallback) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.fallback = fallback;
    }

    @Override
    protected TerminalSize findTerminalSize() {
        try {
            TerminalSize size = parse(runSTTYCommand("size"));
            return size == null ? fallback : size;
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    static TerminalSize parse(String stty) {
        if (stty == null) {
            return null;
        }
        String[] parts = stty.trim().split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        try {
            int rows = Integer.parseInt(parts[0]);
            int cols = Integer.parseInt(parts[1]);
            return rows > 0 && cols > 0 ? new TerminalSize(cols, rows) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
