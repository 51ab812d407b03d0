package dev.lsorg.serve;

import com.googlecode.lanterna.gui2.AsynchronousTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.Action;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Dispatcher;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.app.Status;
import dev.lsorg.ui.ConsoleApp;
import dev.lsorg.ui.ConsoleFiles;
import dev.lsorg.ui.ConsoleSettings;
import dev.lsorg.ui.PacedGuiThread;
import dev.lsorg.ui.SettingsResolver;
import dev.lsorg.ui.StreamTerminal;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One person's console on an SSH channel: refuses a channel without a PTY in one line, takes a place in the session
 * table (or says the server is full), then runs the console on a Lanterna terminal over the channel's streams, with
 * its own state, reading through the shared loader and changing through the shared gate. It ends when the person
 * quits, the link drops, their key is revoked, or it was idle too long; a change in flight then still completes and
 * is journalled (the runner does not depend on the console).
 */
final class ConsoleShell implements Command {
    /** The one line a client without a PTY gets. */
    static final String NEEDS_PTY = "lsorg needs a terminal: use ssh -t";
    /** How often an idle console looks for a key (a key waits at most this long; the network adds more anyway). */
    static final long KEY_POLL_MILLIS = 10;
    private final SessionKit kit;
    private final AtomicReference<String> ending = new AtomicReference<>();
    private final AtomicReference<Dispatcher> dispatcher = new AtomicReference<>();
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private Grant grant;
    private String from;
    private volatile ConsoleApp app;
    private volatile StreamTerminal terminal;
    private volatile Instant lastKey;
    private volatile boolean warned;
    private Instant started;

    ConsoleShell(SessionKit kit) {
        this.kit = kit;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // the console draws on its output; nothing is written to stderr
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    /** The fingerprint of the key this console was opened with. */
    String fingerprint() {
        return grant == null ? "" : grant.fingerprint();
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        grant = channel.getSession().getAttribute(Gatekeeper.GRANT);
        from = Gatekeeper.address(channel.getSession().getClientAddress());
        if (!(channel instanceof ConsoleChannel c) || !c.hasPty() || grant == null) {
            refuse(NEEDS_PTY + "\n", NEEDS_PTY);
            return;
        }
        if (!kit.table().admit(this)) {
            kit.log().event(grant.label() + " from " + from + " turned away: all " + kit.table().max()
                    + " sessions are in use");
            refuse("lsorg: all " + kit.table().max() + " sessions of this server are in use; try again later\r\n",
                    "server full");
            return;
        }
        started = kit.options().clock().instant();
        lastKey = started;
        Map<String, String> sessionEnv = sessionEnv(env);
        int cols = number(env.getEnv().get(Environment.ENV_COLUMNS));
        int rows = number(env.getEnv().get(Environment.ENV_LINES));
        env.addSignalListener((ch, signal) -> resized(env), Signal.WINCH);
        Thread t = new Thread(() -> run(sessionEnv, cols, rows), "lsorg-session-" + grant.person());
        t.setDaemon(true);
        t.start();
    }

    private void refuse(String line, String why) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.flush();
        exit.onExit(1, why);
    }

    private static Map<String, String> sessionEnv(Environment env) {
        Map<String, String> out = new HashMap<>();
        for (String name : ConsoleChannel.ENV) {
            String v = env.getEnv().get(name);
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }

    private void resized(Environment env) {
        StreamTerminal t = terminal;
        if (t != null) {
            t.resize(number(env.getEnv().get(Environment.ENV_COLUMNS)),
                    number(env.getEnv().get(Environment.ENV_LINES)));
        }
    }

    private static int number(String v) {
        try {
            return v == null ? 0 : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void run(Map<String, String> sessionEnv, int cols, int rows) {
        Dispatcher toConsole = a -> {
            Dispatcher d = dispatcher.get();
            if (d != null) {
                d.dispatch(a);
            }
        };
        // This session's requests, and only they, reach its Requests pane.
        LangSmithClient mine = kit.client().reportingTo(e -> toConsole.dispatch(new Action.RequestLogged(
                new RequestEntry(e.time(), e.method(), e.path(), e.status(), e.latency().toMillis()))));
        OrgHub.Member member = kit.hub().join(grant.person(), grant.access(), toConsole, new ClientOrgReader(mine));
        int code = 0;
        try {
            console(member, mine, sessionEnv, cols, rows);
        } catch (Throwable t) {
            kit.log().event(grant.label() + ": the console stopped on an internal error: " + t);
            ending.compareAndSet(null, "an internal error (logged on the server)");
            code = 3;
        } finally {
            member.leave();
            kit.table().release(this);
        }
        finish(code);
    }

    private void console(OrgHub.Member member, LangSmithClient mine, Map<String, String> sessionEnv, int cols,
                         int rows)
            throws Exception {
        ConsoleSettings settings = SettingsResolver.served(kit.options().theme(), kit.options().ascii(),
                kit.options().hostEnv(), sessionEnv);
        terminal = new StreamTerminal(new KeysIn(in), out, StandardCharsets.UTF_8, cols, rows);
        TerminalScreen screen = new dev.lsorg.ui.ConsoleScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        // Paced: eight idle consoles must not each wake a thousand times a second.
        try (ConsoleApp console = new ConsoleApp(screen, PacedGuiThread.factory(KEY_POLL_MILLIS, "lsorg-gui-"
                + grant.person()), member.reader(),
                kit.connectionFor(grant), null, settings, kit.options().clock(), out,
                ConsoleFiles.confined(kit.exportsOf(grant)))) {
            app = console;
            console.gui().getGUIThread().setExceptionHandler(handler(console));
            console.enableChanges(kit.changes().servedTo(grant.person(), grant.fingerprint(), member, mine,
                    kit.readOnlyWhy(grant)),
                    kit.options().clock(), false);
            AsynchronousTextGUIThread thread = (AsynchronousTextGUIThread) console.gui().getGUIThread();
            thread.start();
            dispatcher.set(console.dispatcher());
            console.startTicking(kit.options().clock());
            kit.log().event(grant.label() + " logged in from " + from + " with key " + grant.fingerprint() + " ("
                    + sessionEnv.getOrDefault("TERM", "no TERM") + ", " + cols + "x" + rows + ")");
            if (ending.get() != null) {
                console.quit();
            }
            console.awaitQuit();
            dispatcher.set(null);
            thread.stop();
            thread.waitForStop(2, TimeUnit.SECONDS);
        } finally {
            stopQuietly(screen);
        }
    }

    // An I/O error on the channel means the link is gone: stop this console. A bug shows as a line, the console lives.
    private TextGUIThread.ExceptionHandler handler(ConsoleApp console) {
        return new TextGUIThread.ExceptionHandler() {
            @Override
            public boolean onIOException(IOException e) {
                end("the link failed (" + e.getMessage() + ")");
                return true;
            }

            @Override
            public boolean onRuntimeException(RuntimeException e) {
                kit.log().detail(grant.label() + ": GUI thread: " + e);
                console.store().dispatch(new Action.StatusShown(Status.error("Internal error: " + e
                        + " (logged on the server)")));
                return false;
            }
        };
    }

    private static void stopQuietly(TerminalScreen screen) {
        try {
            screen.stopScreen();
        } catch (Exception ignored) {
            // the link is gone: nothing to restore on the client
        }
    }

    // After the screen is given back, one line says why the session ended (unless the person quit).
    private void finish(int code) {
        String why = ending.get();
        long minutes = Duration.between(started, kit.options().clock().instant()).toMinutes();
        kit.log().event(grant.label() + " logged out after " + minutes + " min" + (why == null ? "" : ": " + why));
        try {
            if (why != null) {
                out.write(("lsorg: session ended: " + why + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException gone) {
            // the link dropped: there is no one to tell
        }
        exit.onExit(code, why == null ? "" : why);
    }

    /** Ends this console for {@code why} (said on the client after the screen is given back). */
    void end(String why) {
        ending.compareAndSet(null, why);
        ConsoleApp a = app;
        if (a != null) {
            a.quit();
        }
    }

    /** Warns a minute before the idle timeout and ends the console at it; a key press starts the count again. */
    void checkIdle(Instant now) {
        Duration timeout = kit.options().idleTimeout();
        Duration idle = Duration.between(lastKey, now);
        Dispatcher d = dispatcher.get();
        if (!idle.minus(timeout).isNegative()) {
            end("no key was pressed for " + timeout.toMinutes() + " min");
        } else if (!warned && d != null && !idle.minus(timeout.minus(ServeOptions.IDLE_WARNING)).isNegative()) {
            warned = true;
            d.dispatch(new Action.StatusShown(Status.result(Status.Level.WARN, "No key pressed for "
                    + idle.toMinutes() + " min: this session ends in a minute unless you press a key")));
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        end("the SSH link closed");
    }

    /** The channel's input, noting when the person last pressed a key. */
    private final class KeysIn extends FilterInputStream {
        KeysIn(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            typed(b >= 0 ? 1 : 0);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            typed(n);
            return n;
        }

        private void typed(int n) {
            if (n > 0) {
                lastKey = kit.options().clock().instant();
                warned = false;
            }
        }
    }
}
