package dev.lsorg.ui;

import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThreadFactory;
import com.googlecode.lanterna.screen.Screen;
import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeEffects;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Connection;
import dev.lsorg.app.Dispatcher;
import dev.lsorg.app.Effect;
import dev.lsorg.app.EffectRunner;
import dev.lsorg.app.OrgReader;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.app.Status;
import dev.lsorg.app.console.ConsoleUpdate;
import dev.lsorg.app.console.Contexts;
import dev.lsorg.app.StateStore;
import dev.lsorg.app.pane.Panes;
import dev.lsorg.ui.theme.Theme;
import dev.lsorg.ui.theme.ThemeException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The running console: one full-screen view on a Lanterna screen, the store whose reducer runs on the GUI thread,
 * the effect runner, and a one-second ticker. Background threads reach the state only through
 * {@link TextGUIThread#invokeLater}.
 */
public final class ConsoleApp implements AutoCloseable {
    private final MultiWindowTextGUI gui;
    private final StateStore store;
    private final ConsoleView view;
    private final Panes panes;
    private final ConsoleSettings settings;
    private final List<String> themeNames;
    private final CountDownLatch quit = new CountDownLatch(1);
    private final ExecutorService io = Executors.newSingleThreadExecutor(daemon("lsorg-io"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("lsorg-tick"));
    // Makes and sorts a large pane's rows ahead of the keys that need them: its own thread, so that neither waits
    // behind the other's I/O (an export, an audit) nor the GUI thread behind either.
    private final ExecutorService rows = Executors.newSingleThreadExecutor(daemon("lsorg-rows"));
    private final EffectRunner effects;
    private static final long FRAME_MILLIS = 50;
    // GUI thread only: a change of state waits for its frame (see stateChanged), and the org data last drawn for.
    private boolean frameDeferred;
    private Object drawnData;
    // The check for changes an earlier run left without an outcome, until the first answers start it.
    private final java.util.concurrent.atomic.AtomicReference<Runnable> orphanCheck =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final Clock clock;
    private final ConsoleFiles files;
    private volatile ChangeSupport changes;
    private volatile ProfileSwitcher profiles;
    private volatile List<String> profileNames = List.of();
    // GUI thread only: the session of the last :profile switch, closed when the next one replaces it.
    private ConsoleSession switched;
    private java.util.function.Consumer<RequestEntry> requests = e -> { };

    /**
     * Builds the console on {@code screen} (already started) and puts its view on it.
     *
     * @param terminalOut where OSC 52 clipboard sequences go (the terminal's output), or null to disable copy
     */
    public ConsoleApp(Screen screen, TextGUIThreadFactory threads, OrgReader reader, Connection connection,
                      UUID workspace, ConsoleSettings settings, Clock clock, OutputStream terminalOut) {
        this(screen, threads, reader, connection, workspace, settings, clock, terminalOut,
                ConsoleFiles.local(settings.historyFile()));
    }

    /** The same, writing exports and history through {@code files} (a console served over SSH is confined). */
    public ConsoleApp(Screen screen, TextGUIThreadFactory threads, OrgReader reader, Connection connection,
                      UUID workspace, ConsoleSettings settings, Clock clock, OutputStream terminalOut,
                      ConsoleFiles files) {
        this.settings = settings;
        this.clock = clock;
        this.files = files;
        // Listed once here so completion never reads the disk on the GUI thread.
        this.themeNames = settings.themes().names();
        // The view is the GUI's background, not a full-screen window: Lanterna draws a window into a buffer of its
        // own and then copies every cell of it to the screen on every frame (each cell checked for double width
        // twice), which cost a keystroke more than anything lsorg itself draws; the background is drawn onto the
        // screen directly. The console's dialogs are its own drawing, so it has no windows.
        this.gui = new MultiWindowTextGUI(threads, screen, new DefaultWindowManager(), null,
                new com.googlecode.lanterna.gui2.EmptySpace());
        this.panes = new Panes(rows, this::onGui, this::redraw);
        Contexts contexts = new Contexts(panes, () -> changes, themeNames, () -> profileNames);
        this.store = new StateStore(AppState.initial(connection, workspace, settings.refreshEvery(),
                settings.wholeEvery(), settings.history(), clock.instant()).withTheme(settings.theme().name()),
                new ConsoleUpdate(contexts));
        // Drawing goes straight to the real screen, so a scroll of the table can become a terminal scroll.
        gui.setVirtualScreenEnabled(false);
        this.view = new ConsoleView(store, contexts, panes, settings.keys(), settings.theme(), settings.glyphs(),
                clock, screen::scrollLines);
        store.listen(this::stateChanged);
        this.effects = new EffectRunner(reader, dispatcher(), io, local(terminalOut, clock), clock);
        store.effects(effects);
        gui.getBackgroundPane().setComponent(view);
        gui.getBackgroundPane().setFocusedInteractable(view);
        if (!settings.problems().isEmpty()) {
            store.dispatch(new Action.StatusShown(Status.error(String.join("; ", settings.problems()))));
        }
    }

    // Redraws the view (GUI thread): rows a worker made have replaced what it showed.
    private void redraw() {
        view.invalidate();
    }

    // A worker's rows or orders for the view, applied on the GUI thread (they change no state, only its view).
    private void onGui(Runnable apply) {
        try {
            gui.getGUIThread().invokeLater(apply);
        } catch (IllegalStateException ended) {
            // the GUI thread has stopped: nobody is left to draw for
        }
    }

    /**
     * Switches to the live workspace called {@code name} (case-insensitive) once the workspace list has loaded, as
     * {@code --workspace NAME} asks; a name that matches nothing is reported in the status line.
     */
    public void selectWorkspaceNamed(String name) {
        dispatcher().dispatch(new Action.WorkspaceNamed(name, store.state().now()));
    }

    /**
     * Lets the console change the org through {@code support}: the change keys, forms and confirmations; without
     * this call it only reads. Call before the GUI thread starts.
     */
    public void enableChanges(ChangeSupport support, Clock clock) {
        enableChanges(support, clock, true);
    }

    /**
     * The same; {@code checkOrphans} looks for changes an earlier run left without an outcome (a server checks once
     * for all its sessions, not once per session).
     */
    public void enableChanges(ChangeSupport support, Clock clock, boolean checkOrphans) {
        ChangeEffects changeEffects = changes(support, clock);
        if (checkOrphans) {
            // once the console's first answers are in: it reads and decodes the whole journal, which took CPU from
            // the first reads on the way to the first data row
            orphanCheck.set(changeEffects::checkOrphans);
            checkOrphansOnceAnswered(store.state());
        }
    }

    private void checkOrphansOnceAnswered(AppState s) {
        Runnable check = orphanCheck.get() != null && s.anyAnswered() ? orphanCheck.getAndSet(null) : null;
        if (check != null) {
            check.run();
        }
    }

    private ChangeEffects changes(ChangeSupport support, Clock clock) {
        this.changes = support;
        ChangeEffects changeEffects = new ChangeEffects(support, dispatcher(), io, clock);
        effects.changes(changeEffects);
        // Read on the I/O thread with each activity poll, to link the log's records to this lsorg's changes.
        effects.journal(() -> support.journal().history());
        return changeEffects;
    }

    /**
     * Lets {@code :profile NAME} switch the console to another configured org through {@code switcher}; the
     * requests of a new org's client go to {@code onRequest} as the first session's do. Call before the GUI thread
     * starts.
     */
    public void profiles(ProfileSwitcher switcher, java.util.function.Consumer<RequestEntry> onRequest) {
        this.profiles = switcher;
        this.profileNames = List.copyOf(switcher.names());
        this.requests = onRequest;
    }

    // Off the GUI thread: open the session, then swap reader, changes and listener over on the GUI thread.
    private void switchProfile(String name) throws Exception {
        if (profiles == null) {
            throw new IllegalStateException("this console was started without a config file's profiles");
        }
        ConsoleSession next = profiles.open(name);
        next.onRequest(e -> requests.accept(e));
        gui.getGUIThread().invokeLater(() -> {
            effects.reader(next.reader());
            ChangeSupport old = changes;
            if (old != null) {
                // Changes an earlier run left open were checked at start; the journal is the same one.
                changes(new ChangeSupport(next.client(), old.journal(), next.profile(), next.connection().dryRun(),
                        clock), clock);
            }
            ConsoleSession before = switched;
            switched = next;
            store.dispatch(new Action.ProfileSwitched(name, next.connection(), next.workspace(),
                    next.workspaceName(), clock.instant()));
            if (before != null) {
                before.close();
            }
        });
    }

    /** Starts auto-refresh ticking (the first tick loads everything). */
    public void startTicking(Clock clock) {
        ticker.scheduleAtFixedRate(() -> dispatcher().dispatch(new Action.Tick(clock.instant())), 0, 1,
                TimeUnit.SECONDS);
    }

    /**
     * Draws a change of state: at once for a key, new org data, or when no frame was drawn for a frame's time; else
     * once that time is up. Every request a load sends is logged in the state, and Lanterna draws after each round
     * of tasks, so a large org's load drew a full frame for nearly every request: the GUI thread spent a core on
     * frames nobody could read, taken from the decoding of the very answers the screen was waiting for.
     */
    private void stateChanged(AppState s) {
        checkOrphansOnceAnswered(s);
        boolean newData = s.data() != drawnData;
        drawnData = s.data();
        long since = clock.millis() - view.paintedMillis();
        if (view.handlingKey() || newData || since >= FRAME_MILLIS) {
            view.invalidate();
            drawIfBehind();
        } else if (!frameDeferred) {
            frameDeferred = true;
            // at most a frame's time, also when the clock was set back
            long wait = Math.max(1, Math.min(FRAME_MILLIS, FRAME_MILLIS - since));
            try {
                ticker.schedule(() -> onGui(this::deferredFrame), wait, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                deferredFrame();
            }
        }
    }

    private void deferredFrame() {
        frameDeferred = false;
        view.invalidate();
    }

    /**
     * Whether a change of state waits for its frame (at most a frame's time): a test harness that reads the screen
     * once the console has settled waits for it.
     */
    public boolean frameDeferred() {
        return frameDeferred;
    }

    /**
     * Whether pane {@code id}'s rows for newer data or a later minute are still being made on the rows worker (the
     * older ones on screen meanwhile). Read on the GUI thread.
     */
    public boolean rowsBehind(dev.lsorg.app.PaneId id) {
        return panes.behind(id);
    }

    // Lanterna draws only once its queue of tasks is empty, and a burst of answers (start-up, a refresh) keeps it
    // full: the first rows would wait until every other answer had been reduced and its requests sent. So a state
    // change draws at once when the screen has not been drawn for a frame's time (before the reducer's effects
    // run). Not while a key is handled: Lanterna draws the key's frame as soon as it has been handled.
    private void drawIfBehind() {
        if (Thread.currentThread() != gui.getGUIThread().getThread() || view.handlingKey()) {
            return;
        }
        if (clock.millis() - view.paintedMillis() < FRAME_MILLIS || !gui.isPendingUpdate()) {
            return;
        }
        try {
            gui.updateScreen();
        } catch (java.io.IOException e) {
            // the GUI thread's own next update meets the same terminal error and reports it
        }
    }

    /** Queues {@code a} for the GUI thread; safe from any thread. */
    public Dispatcher dispatcher() {
        return a -> {
            try {
                gui.getGUIThread().invokeLater(() -> store.dispatch(a));
            } catch (IllegalStateException ended) {
                // The GUI thread has stopped (the console ended, e.g. its SSH link dropped): no one is left to show
                // the action to, and the caller (an event loop finishing a change) must not fail for it.
            }
        };
    }

    /** The Lanterna GUI (tests drive its thread). */
    public MultiWindowTextGUI gui() {
        return gui;
    }

    /** The store (tests read the state). */
    public StateStore store() {
        return store;
    }

    /** Blocks until the user quits. */
    public void awaitQuit() throws InterruptedException {
        quit.await();
    }

    /** Ends the console from outside (the SSH link dropped, the session timed out): {@link #awaitQuit} returns. */
    public void quit() {
        quit.countDown();
    }

    /** Whether the user has quit. */
    public boolean quitting() {
        return quit.getCount() == 0;
    }

    /** How long a confirmation must be on screen before a key answers it (screen tests that do not time it: 0). */
    void confirmDwell(Duration d) {
        view.dwell(d);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        rows.shutdownNow();
        io.shutdown();
        if (switched != null) {
            switched.close();
        }
    }

    private EffectRunner.LocalIo local(OutputStream terminalOut, Clock clock) {
        return new EffectRunner.LocalIo() {
            @Override
            public void copy(String text) {
                // Written on the GUI thread so the sequence never lands in the middle of a frame.
                gui.getGUIThread().invokeLater(() -> {
                    try {
                        if (terminalOut != null) {
                            Osc52.copy(terminalOut, text);
                        }
                    } catch (java.io.IOException e) {
                        store.dispatch(new Action.StatusShown(Status.error("Copy failed: " + e.getMessage())));
                    }
                });
            }

            @Override
            public String export(Effect.Export export) throws Exception {
                return files.export(export);
            }

            @Override
            public void appendHistory(String line) throws Exception {
                files.appendHistory(line);
            }

            @Override
            public void loadTheme(String name) throws ThemeException {
                Theme t = settings.themes().load(name).adapt(settings.depth());
                view.loaded(t);
                dispatcher().dispatch(new Action.ThemeChanged(t.name(), clock.instant()));
            }

            @Override
            public void switchProfile(String name) throws Exception {
                ConsoleApp.this.switchProfile(name);
            }

            @Override
            public void quit() {
                quit.countDown();
            }
        };
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
