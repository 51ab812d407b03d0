package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.fail;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lsorg.app.Action;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Connection;
import dev.lsorg.app.OrgReader;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.TestClock;
import dev.lsorg.ui.render.Glyphs;
import dev.lsorg.ui.theme.ColorDepth;
import dev.lsorg.ui.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Drives the real console on Lanterna's virtual terminal: the test thread is the GUI thread
 * ({@code SameTextGUIThread}), keys go in as key strokes, and the screen comes out as text lines.
 */
public final class ScreenHarness implements AutoCloseable {
    public final DefaultVirtualTerminal terminal;
    public final ConsoleApp app;
    public final ByteArrayOutputStream clipboard = new ByteArrayOutputStream();
    /** The console's clock; the first tick is at its instant. */
    public final Clock clock;
    private final TerminalScreen screen;

    /** A console on fixture data ({@code reader}) at the pinned instant. */
    public ScreenHarness(OrgReader reader, int cols, int rows, String theme, boolean readOnly, Path stateDir)
            throws Exception {
        this(reader, cols, rows, theme, readOnly, stateDir, "http://127.0.0.1:1984", null, TestClock.pinned());
    }

    /** A console reading through {@code reader}, on {@code clock} (the clock of the org it reads, if any). */
    public ScreenHarness(OrgReader reader, int cols, int rows, String theme, boolean readOnly, Path stateDir,
                         String endpoint, UUID workspace, Clock clock) throws Exception {
        this(reader, cols, rows, theme, readOnly, stateDir, endpoint, workspace, clock, List.of());
    }

    /** The same, started with the settings problems (a bad theme, key clashes) the console warns about. */
    public ScreenHarness(OrgReader reader, int cols, int rows, String theme, boolean readOnly, Path stateDir,
                         String endpoint, UUID workspace, Clock clock, List<String> problems) throws Exception {
        this.clock = clock;
        terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
        // the console's own screen, with Lanterna's backdrop shown as a mark: a cell no frame paints fails the test
        screen = ConsoleScreen.showingBackdrop(terminal);
        screen.startScreen();
        ThemeLoader loader = new ThemeLoader(stateDir.resolve("themes"));
        ConsoleSettings settings = new ConsoleSettings(loader.load(theme), ColorDepth.TRUE_COLOR, loader,
                Glyphs.UNICODE, KeyTable.defaults(), Duration.ofSeconds(30), List.of("pane roles"),
                stateDir.resolve("history"), problems);
        Connection conn = new Connection(endpoint, "lsv2_sk_…9f2c", "org", readOnly, false);
        app = new ConsoleApp(screen, TestGuiThread.factory(), reader, conn,
                workspace, settings, clock, clipboard);
        // The harness's clock stands still between keys; TypeAheadScreenTest times the dwell itself.
        app.confirmDwell(Duration.ZERO);
    }

    /**
     * The real console on {@code org} (the emulator, its admin client and its clock) at {@code cols} x {@code rows},
     * started: the first load is done and the Requests pane sees every request.
     */
    public static ScreenHarness console(DemoOrg org, int cols, int rows, String theme, Path dir) throws Exception {
        ScreenHarness h = new ScreenHarness(new ClientOrgReader(org.client), cols, rows, theme, false, dir,
                org.emulator.endpoint(), null, org.clock);
        org.client.addRequestListener(e -> h.app.dispatcher().dispatch(new Action.RequestLogged(
                RequestEntry.of(e))));
        return h.start();
    }

    /** Sends the first tick (which loads everything) and waits for the loads to settle. */
    public ScreenHarness start() {
        tick(clock.instant());
        pumpUntil(() -> !app.store().state().anyLoading(), "initial load");
        return this;
    }

    public void tick(Instant at) {
        app.store().dispatch(new Action.Tick(at));
        pump();
    }

    /** Runs queued GUI-thread work and redraws, until nothing is left. */
    public void pump() {
        try {
            for (int i = 0; i < 50; i++) {
                boolean more = app.gui().getGUIThread().processEventsAndUpdate();
                if (!more) {
                    break;
                }
            }
            // draws only when something changed, as the console's own GUI thread does
            app.gui().getGUIThread().processEventsAndUpdate();
            // a change that waits for its frame (at most a frame's time) is drawn by the console's own timer
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (app.frameDeferred() && System.nanoTime() < end) {
                TestGuiThread.of(app.gui().getGUIThread()).awaitWork(end - System.nanoTime());
                app.gui().getGUIThread().processEventsAndUpdate();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String shown = text();
        if (shown.indexOf(ConsoleScreen.BACKDROP) >= 0) {
            fail("a cell the console did not paint (it would show the frame before):\n" + shown);
        }
    }

    /**
     * Runs GUI work as it is queued until {@code done} holds: between checks it sleeps until the console is handed
     * new work (an answer from the server, a timer), never for a fixed time. Fails after a minute (a hang).
     */
    public void pumpUntil(BooleanSupplier done, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        pump();
        while (!done.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                fail("timed out waiting for " + what + "; screen:\n" + text());
            }
            try {
                TestGuiThread.of(app.gui().getGUIThread()).awaitWork(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
            pump();
        }
    }

    public void waitFor(String text) {
        pumpUntil(() -> text().contains(text), "'" + text + "'");
    }

    public ScreenHarness press(KeyType... keys) {
        for (KeyType k : keys) {
            terminal.addInput(new KeyStroke(k));
            pump();
        }
        return this;
    }

    /**
     * Keys that arrive together, as a fast typist or a paste delivers them: the console reads them all before it
     * draws again.
     */
    public ScreenHarness ahead(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            terminal.addInput(k);
        }
        pump();
        return this;
    }

    /** How long a confirmation must be on screen before a key answers it (zero unless a test sets it). */
    public ScreenHarness confirmDwell(Duration d) {
        app.confirmDwell(d);
        return this;
    }

    /** Types characters one key at a time. */
    public ScreenHarness type(String chars) {
        for (char c : chars.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
            pump();
        }
        return this;
    }

    /** A mouse event at column {@code x}, row {@code y} (as a terminal reporting clicks would send it). */
    public ScreenHarness mouse(com.googlecode.lanterna.input.MouseActionType type, int button, int x, int y) {
        terminal.addInput(new com.googlecode.lanterna.input.MouseAction(type, button,
                new com.googlecode.lanterna.TerminalPosition(x, y)));
        pump();
        return this;
    }

    /** A left click at column {@code x}, row {@code y}. */
    public ScreenHarness click(int x, int y) {
        mouse(com.googlecode.lanterna.input.MouseActionType.CLICK_DOWN, 1, x, y);
        return mouse(com.googlecode.lanterna.input.MouseActionType.CLICK_RELEASE, 1, x, y);
    }

    public ScreenHarness ctrl(char c) {
        terminal.addInput(new KeyStroke(c, true, false));
        pump();
        return this;
    }

    public void resize(int cols, int rows) {
        terminal.setTerminalSize(new TerminalSize(cols, rows));
        pump();
        pump();
    }

    /** The screen as lines of text, trailing spaces removed. */
    public List<String> lines() {
        TerminalSize size = terminal.getTerminalSize();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                b.append(ch == null ? " " : ch.getCharacterString());
                if (ch != null && ch.isDoubleWidth()) {
                    c++;
                }
            }
            out.add(b.toString().stripTrailing());
        }
        return out;
    }

    public String text() {
        return String.join("\n", lines());
    }

    public String line(int row) {
        return lines().get(row);
    }

    /**
     * The pane's title line without what the table says at its right end about columns it cannot show now
     * ("2 more →", "← 1 more"): what a test of the title itself compares.
     */
    public String title() {
        return line(2).replaceFirst("\\s+(← )?\\d+ more( →)?$", "");
    }

    /** The character cell at a position (for colour and style checks). */
    public TextCharacter cell(int col, int row) {
        return terminal.getCharacter(col, row);
    }

    @Override
    public void close() throws Exception {
        app.close();
        screen.stopScreen();
    }
}
