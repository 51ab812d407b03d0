package dev.lsorg.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AsynchronousTextGUIThread;
import com.googlecode.lanterna.gui2.SeparateTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lsorg.app.Action;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.StateFiles;
import dev.lsorg.app.mutation.StatePaths;
import dev.lsorg.app.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Opens the console on the process's terminal and guarantees the terminal is given back as it was found: on quit,
 * on a crash, and (through Lanterna's and our shutdown hooks) on SIGTERM or an ssh hang-up.
 */
public final class ConsoleLauncher {
    private final Map<String, String> env;
    private final ConsoleSettings settings;
    private final ConsolePaths paths;
    private final Clock clock;

    /** A launcher for this environment with resolved settings, on the process's clock. */
    public ConsoleLauncher(Map<String, String> env, ConsoleSettings settings, ConsolePaths paths, Clock clock) {
        this.env = env;
        this.settings = settings;
        this.paths = paths;
        this.clock = clock;
    }

    /** Why the console cannot run here (no terminal, TERM=dumb), or null when it can. */
    public static String terminalProblem(Map<String, String> env, boolean hasConsole) {
        String term = env.getOrDefault("TERM", "");
        if (!hasConsole || term.isBlank() || term.equals("dumb")) {
            String why = !hasConsole ? "stdin or stdout is not a terminal" : "TERM is " + (term.isBlank() ? "unset"
                    : "'dumb'");
            return "lsorg: the full-screen console needs a terminal (" + why + "); use 'lsorg audit' for a report "
                    + "or 'lsorg shell' for a line mode";
        }
        return null;
    }

    /** Runs the console until the user quits; returns the exit code. */
    public int run(ConsoleSession session, PrintStream out, PrintStream err) {
        return run(session, null, out, err);
    }

    /** Runs the console, {@code :profile} switching among {@code profiles} (null: none), until the user quits. */
    public int run(ConsoleSession session, ProfileSwitcher profiles, PrintStream out, PrintStream err) {
        return run(session, profiles, false, out, err);
    }

    /**
     * The same; with {@code mouse} the console reads clicks and the wheel (clicks and releases only, so Shift+drag
     * still selects text in the terminal, and tmux copy mode works as before).
     */
    public int run(ConsoleSession session, ProfileSwitcher profiles, boolean mouse, PrintStream out,
                   PrintStream err) {
        ConsoleLog log;
        try {
            StateFiles.privateDir(paths.stateDir());
            log = ConsoleLog.open(paths.log(), clock);
        } catch (IOException e) {
            err.println("lsorg: cannot write the log " + paths.log() + ": " + e.getMessage());
            return 2;
        }
        dev.lsorg.trace.StartupTrace.mark("console log open");
        TerminalScreen screen = null;
        try (log) {
            LsorgTerminal terminal = new LsorgTerminal(System.in, out, StandardCharsets.UTF_8, fallbackSize());
            if (mouse) {
                // Asked before the screen starts: Lanterna turns it on with the private mode and off on leaving.
                terminal.setMouseCaptureMode(com.googlecode.lanterna.terminal.MouseCaptureMode.CLICK_RELEASE);
            }
            screen = new ConsoleScreen(terminal);
            screen.startScreen();
            dev.lsorg.trace.StartupTrace.mark("screen started");
            screen.setCursorPosition(null);
            return runOn(screen, session, profiles, out, log);
        } catch (Throwable t) {
            log.error("console crashed", t);
            stopQuietly(screen);
            err.println("lsorg: the console stopped on an internal error: " + t + " (details in " + paths.log() + ")");
            return 3;
        }
    }

    private int runOn(TerminalScreen screen, ConsoleSession session, ProfileSwitcher profiles, OutputStream out,
                      ConsoleLog log) throws Exception {
        try (ConsoleApp app = new ConsoleApp(screen, new SeparateTextGUIThread.Factory(), session.reader(),
                session.connection(), session.workspace(), settings, clock, out)) {
            app.gui().getGUIThread().setExceptionHandler(handler(app, log));
            app.enableChanges(new ChangeSupport(session.client(), new Journal(StatePaths.journal(env)),
                    session.profile(), session.connection().dryRun(), clock), clock);
            log.watch(app.store());
            session.onRequest(e -> {
                log.request(e);
                app.dispatcher().dispatch(new Action.RequestLogged(e));
            });
            session.onConnection(c -> app.dispatcher().dispatch(new Action.ConnectionChanged(c)));
            if (profiles != null) {
                app.profiles(profiles, e -> {
                    log.request(e);
                    app.dispatcher().dispatch(new Action.RequestLogged(e));
                });
            }
            if (session.workspaceName() != null) {
                app.selectWorkspaceNamed(session.workspaceName());
            }
            AsynchronousTextGUIThread thread = (AsynchronousTextGUIThread) app.gui().getGUIThread();
            dev.lsorg.trace.StartupTrace.mark("console app built");
            thread.start();
            Thread hook = restoreHook(thread, screen, out);
            Runtime.getRuntime().addShutdownHook(hook);
            app.startTicking(clock);
            app.awaitQuit();
            stop(thread, screen);
            Runtime.getRuntime().removeShutdownHook(hook);
            return 0;
        }
    }

    // Lanterna would print and stop the GUI thread; instead log it and keep the console alive with an error line.
    static TextGUIThread.ExceptionHandler handler(ConsoleApp app, ConsoleLog log) {
        return new TextGUIThread.ExceptionHandler() {
            @Override
            public boolean onIOException(IOException e) {
                log.error("terminal I/O", e);
                return false;
            }

            @Override
            public boolean onRuntimeException(RuntimeException e) {
                log.error("GUI thread", e);
                app.store().dispatch(new Action.StatusShown(Status.error("Internal error: " + e
                        + " (details in the log; see lsorg info)")));
                return false;
            }
        };
    }

    private TerminalSize fallbackSize() {
        try {
            return new TerminalSize(Integer.parseInt(env.getOrDefault("COLUMNS", "80")),
                    Integer.parseInt(env.getOrDefault("LINES", "24")));
        } catch (NumberFormatException e) {
            return new TerminalSize(80, 24);
        }
    }

    // SIGTERM or a hang-up runs shutdown hooks while the GUI thread may still draw: stop it first, then give the
    // screen back (Lanterna's own hook restores stty), then make sure cursor and colours are back.
    private static Thread restoreHook(AsynchronousTextGUIThread thread, TerminalScreen screen, OutputStream out) {
        return new Thread(() -> {
            stop(thread, screen);
            try {
                // Colours, cursor, and the mouse given back to the terminal (a killed console must not leave it on).
                out.write("\u001b[0m\u001b[?25h\u001b[?1000l\u001b[?1002l\u001b[?1003l\u001b[?1006l"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException ignored) {
                // the terminal is gone (hang-up): nothing left to restore
            }
        }, "lsorg-restore");
    }

    private static void stop(AsynchronousTextGUIThread thread, TerminalScreen screen) {
        try {
            thread.stop();
            thread.waitForStop(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopQuietly(screen);
    }

    private static void stopQuietly(TerminalScreen screen) {
        try {
            if (screen != null) {
                screen.stopScreen();
            }
        } catch (Exception ignored) {
            // best effort: the shutdown hooks restore the tty too
        }
    }
}
