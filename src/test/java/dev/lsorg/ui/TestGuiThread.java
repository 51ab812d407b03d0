package dev.lsorg.ui;

import com.googlecode.lanterna.gui2.AbstractTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUI;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The GUI "thread" of screen tests: the test thread itself runs the queued GUI work (as Lanterna's
 * {@code SameTextGUIThread} does), and a test waiting for an answer from the emulator sleeps until the next piece
 * of work is queued (a load's result, a change's outcome), not for a fixed time.
 */
final class TestGuiThread extends AbstractTextGUIThread {
    private final Thread owner = Thread.currentThread();
    private final Object queued = new Object();

    private TestGuiThread(TextGUI gui) {
        super(gui);
    }

    /** The factory the harness gives the console. */
    static TextGUIThreadFactory factory() {
        return TestGuiThread::new;
    }

    @Override
    public void invokeLater(Runnable runnable) {
        super.invokeLater(runnable);
        synchronized (queued) {
            queued.notifyAll();
        }
    }

    /** Waits until work is queued, at most {@code nanos}; returns at once when some is already waiting. */
    void awaitWork(long nanos) throws InterruptedException {
        synchronized (queued) {
            if (customTasks.isEmpty() && nanos > 0) {
                TimeUnit.NANOSECONDS.timedWait(queued, nanos);
            }
        }
    }

    @Override
    public Thread getThread() {
        return owner;
    }

    /** Lanterna's factory type, for {@link TextGUIThread} users. */
    static TestGuiThread of(TextGUIThread t) {
        return (TestGuiThread) t;
    }
}
