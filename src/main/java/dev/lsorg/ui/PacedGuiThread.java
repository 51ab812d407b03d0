package dev.lsorg.ui;

import com.googlecode.lanterna.gui2.AbstractTextGUIThread;
import com.googlecode.lanterna.gui2.AsynchronousTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUI;
import com.googlecode.lanterna.gui2.TextGUIThreadFactory;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import java.io.EOFException;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A Lanterna GUI thread like {@code SeparateTextGUIThread}, but paced for a server with many consoles: when there is
 * nothing to do it waits up to {@code idleMillis} for the next key (Lanterna's own thread wakes every millisecond),
 * and it wakes at once when work is queued with {@link #invokeLater}. A key waits at most {@code idleMillis} to be
 * read; a state change from a background thread is drawn at once.
 */
public final class PacedGuiThread extends AbstractTextGUIThread implements AsynchronousTextGUIThread {
    private final Thread thread;
    private final long idleMillis;
    private final Object wake = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile State state = State.CREATED;
    // Whether the last round had something to do (then the next comes at once); GUI thread only.
    private boolean busy;

    private PacedGuiThread(TextGUI gui, long idleMillis, String name) {
        super(gui);
        this.idleMillis = idleMillis;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    /** Makes GUI threads named {@code name} that look for keys every {@code idleMillis} when idle. */
    public static TextGUIThreadFactory factory(long idleMillis, String name) {
        return gui -> new PacedGuiThread(gui, idleMillis, name);
    }

    @Override
    public void start() {
        state = State.STARTED;
        thread.start();
    }

    @Override
    public void stop() {
        if (state == State.STARTED) {
            state = State.STOPPING;
            nudge();
        }
    }

    @Override
    public void waitForStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void waitForStop(long time, TimeUnit unit) throws InterruptedException {
        stopped.await(time, unit);
    }

    @Override
    public State getState() {
        return state;
    }

    @Override
    public Thread getThread() {
        return thread;
    }

    @Override
    public void invokeLater(Runnable runnable) throws IllegalStateException {
        if (state != State.STARTED) {
            throw new IllegalStateException("Cannot schedule " + runnable + " on the GUI thread in state " + state);
        }
        super.invokeLater(runnable);
        nudge();
    }

    private void nudge() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        try {
            firstFrame();
            while (state == State.STARTED && step()) {
                idle();
            }
        } finally {
            state = State.STOPPED;
            stopped.countDown();
        }
    }

    private void firstFrame() {
        try {
            textGUI.updateScreen();
        } catch (IOException e) {
            exceptionHandler.onIOException(e);
        } catch (RuntimeException e) {
            exceptionHandler.onRuntimeException(e);
        }
    }

    // One round of Lanterna's loop; false when the thread must end (end of input, or the handler said so).
    private boolean step() {
        try {
            busy = processEventsAndUpdate();
            return true;
        } catch (EOFException e) {
            stop();
            if (textGUI instanceof WindowBasedTextGUI windows) {
                windows.getWindows().forEach(Window::close);
            }
            return false;
        } catch (IOException e) {
            return !stopIf(exceptionHandler.onIOException(e));
        } catch (RuntimeException e) {
            return !stopIf(exceptionHandler.onRuntimeException(e));
        }
    }

    private boolean stopIf(boolean stop) {
        if (stop) {
            stop();
        }
        return stop;
    }

    private void idle() {
        if (busy) {
            return;
        }
        synchronized (wake) {
            if (customTasks.isEmpty() && state == State.STARTED) {
                try {
                    wake.wait(idleMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop();
                }
            }
        }
    }
}
