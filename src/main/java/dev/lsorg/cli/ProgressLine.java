package dev.lsorg.cli;

import dev.lsorg.api.LoadProgress;
import java.io.PrintWriter;

/**
 * A one-line "loading N/M" progress display on stderr, redrawn in place with a carriage return and erased when
 * the load ends. Only for terminals: in a pipe or a cron log it would be noise, so {@link #forTerminal} gives
 * {@link LoadProgress#NONE} there.
 */
public final class ProgressLine implements LoadProgress {
    private static final String ERASE_LINE = "\r\u001b[K";
    private final PrintWriter err;
    private boolean drawn;

    private ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** A progress line on {@code err} when it is a terminal, else nothing. */
    public static LoadProgress forTerminal(boolean stderrTty, PrintWriter err) {
        return stderrTty ? new ProgressLine(err) : LoadProgress.NONE;
    }

    // Called on a Vert.x event-loop thread: printing a short line does not block it meaningfully.
    @Override
    public synchronized void onProgress(int done, int total, String step) {
        String text = "loading org: " + done + "/" + total + " " + (step == null ? "" : step);
        err.print(ERASE_LINE + (text.length() > 78 ? text.substring(0, 78) : text));
        err.flush();
        drawn = true;
    }

    /** Erases the line if one was drawn; a no-op for {@link LoadProgress#NONE}. */
    public static void finish(LoadProgress progress) {
        if (progress instanceof ProgressLine line) {
            line.erase();
        }
    }

    private synchronized void erase() {
        if (drawn) {
            err.print(ERASE_LINE);
            err.flush();
        }
    }
}
