package dev.lsorg.bench;

import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.Action;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Connection;
import dev.lsorg.app.PaneId;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.ui.ConsoleApp;
import dev.lsorg.ui.ConsoleSettings;
import dev.lsorg.ui.KeyTable;
import dev.lsorg.ui.render.Glyphs;
import dev.lsorg.ui.theme.ColorDepth;
import dev.lsorg.ui.theme.ThemeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Keystroke latency of the console's Members pane at 1,000, 10,000 and 50,000 rows, side by side: filter typing,
 * sorting and cursor moves, each timed from the key's bytes entering a real ANSI terminal to the screen refreshed
 * (decode + reduce + filter or sort + draw + escape sequences), and what the minute tick that moves ages on costs the
 * GUI thread. Target: p99 under 16 ms at 50,000 rows.
 * Run: {@code java -cp target/lsorg.jar dev.lsorg.bench.KeystrokeBenchmark}.
 */
public final class KeystrokeBenchmark {
    /** The benchmark's one clock: the process's wall clock, as lsorg itself runs on. */
    private static final Clock CLOCK = Clock.systemUTC();
    private static final int[] SIZES = {1_000, 10_000, 50_000};
    private static final java.lang.management.ThreadMXBean THREAD =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final String[] QUERIES = {"smith", "@globex", "!a", "zz", "admin", "x", "pending", "qu", "jo"};

    private KeystrokeBenchmark() {
    }

    /** Per-keystroke times (wall and this thread's CPU, nanoseconds) of each kind of key at one size. */
    record Figures(int rows, Samples filter, Samples sort, Samples cursor, Samples minute, List<Long> remade,
                   Samples refresh) {
    }

    /**
     * Wall time is what a user waits; the GUI thread's CPU time is the same work without the waits for a core that a
     * loaded machine adds, so the two side by side tell the console's cost from the machine's.
     */
    record Samples(List<Long> wall, List<Long> cpu) {
        Samples() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    public static void main(String[] args) throws Exception {
        dev.lsorg.cli.ProcessDefaults.apply();
        run();
        System.exit(0);
    }

    /** Measures every size and prints the table. */
    public static void run() throws Exception {
        List<Figures> all = new ArrayList<>();
        for (int size : SIZES) {
            all.add(measure(size));
        }
        System.out.printf("keystrokes on the Members pane at 120x40, ms from key bytes to screen refreshed, p50 / p99"
                + " wall [GUI thread CPU] (target p99 < 16 ms at 50,000 rows; %s)%n", Machine.describe());
        System.out.printf("  %8s  %-26s  %-26s  %-26s  %-22s  %-22s  %s%n", "rows", "filter typing", "sort (s, S)",
                "cursor (j, PgDn, G, g)", "minute tick (max of 3)", "refresh (max of 3)", "rows remade (max of 3)");
        for (Figures f : all) {
            System.out.printf("  %,8d  %-26s  %-26s  %-26s  %-22s  %-22s  %.1f%n", f.rows(), stats(f.filter()),
                    stats(f.sort()), stats(f.cursor()), most(f.minute()), most(f.refresh()),
                    Collections.max(f.remade()) / 1e6);
        }
        System.out.println("  (minute tick: the GUI thread's time for the tick that moves ages on; refresh: the longest"
                + " the GUI thread was busy at once while the pane's data was read again and landed; rows remade: what"
                + " making the pane's rows again costs, on the rows worker for a large pane, timed apart)");
    }

    private static Figures measure(int members) throws Exception {
        try (ChildEmulator emulator = ChildEmulator.large(members, 20, 50);
             LangSmithClient client = LangSmithClient.create(ClientConfig.of(emulator.endpoint(),
                     Secret.of(emulator.apiKey())).withOrganizationId(emulator.organizationId()), CLOCK)) {
            ByteCountingTerminal terminal = ByteCountingTerminal.create(120, 40);
            ConsoleApp app = console(new dev.lsorg.ui.ConsoleScreen(terminal), client);
            app.store().dispatch(new Action.Tick(CLOCK.instant()));
            pumpUntil(app, () -> app.store().state().data().members() != null && !app.store().state().anyLoading());
            app.store().dispatch(new Action.PaneSwitched(PaneId.MEMBERS));
            pump(app);
            int rows = app.store().state().data().members().members().size()
                    + app.store().state().data().members().pending().size();
            // the first rounds warm the JIT, as a user's first seconds in the pane do
            for (int round = 0; round < 2; round++) {
                reload(app, null);
                filter(app, terminal, null);
                sort(app, terminal, null);
                cursor(app, terminal, null);
            }
            Figures f = new Figures(rows, new Samples(), new Samples(), new Samples(), new Samples(),
                    new ArrayList<>(), new Samples());
            for (int round = 0; round < 3; round++) {
                // fresh rows each round, as a refresh brings them: no order or filter is left from the last round
                reload(app, f.refresh());
                filter(app, terminal, f.filter());
                sort(app, terminal, f.sort());
                cursor(app, terminal, f.cursor());
                minute(app, f.minute(), round);
                f.remade().add(remade(app));
            }
            if (!(app.store().state().overlay() instanceof dev.lsorg.app.Overlay.None)
                    || !app.store().state().paneState(PaneId.MEMBERS).filter().isEmpty()) {
                throw new IllegalStateException("the keys did not do what the benchmark means: "
                        + app.store().state().overlay());
            }
            app.close();
            return f;
        }
    }

    // A refresh of the pane's data, as auto-refresh brings one every 30 s while it is shown: the longest the GUI
    // thread was busy in one go while it ran and landed (keys wait that long), wall and CPU
    private static void reload(ConsoleApp app, Samples into) throws Exception {
        app.store().dispatch(new Action.RefreshRequested(java.util.EnumSet.of(dev.lsorg.app.Resource.MEMBERS),
                CLOCK.instant()));
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long wall = 0;
        long cpu = 0;
        boolean loading = true;
        while (loading && System.nanoTime() < end) {
            // until the refreshed rows are on screen (a large pane's are made on the rows worker meanwhile)
            loading = app.store().state().anyLoading() || app.rowsBehind(PaneId.MEMBERS);
            boolean more = true;
            while (more) {
                long w = System.nanoTime();
                long c = THREAD.getCurrentThreadCpuTime();
                more = app.gui().getGUIThread().processEventsAndUpdate();
                wall = Math.max(wall, System.nanoTime() - w);
                cpu = Math.max(cpu, THREAD.getCurrentThreadCpuTime() - c);
            }
            Thread.sleep(2);
        }
        if (into != null) {
            into.wall().add(wall);
            into.cpu().add(cpu);
        }
    }

    // "/" opens the filter, each character narrows it, Ctrl-U clears it and Enter closes the line (Lanterna's input
    // decoder reads a line feed as Enter; a lone carriage return waits for what follows)
    private static void filter(ConsoleApp app, ByteCountingTerminal t, Samples into) throws Exception {
        for (String q : QUERIES) {
            key(app, t, "/", into);
            for (char ch : q.toCharArray()) {
                key(app, t, String.valueOf(ch), into);
            }
            key(app, t, "\u0015", into);
            key(app, t, "\n", into);
        }
    }

    // s sorts by the next column, S reverses: every column both ways
    private static void sort(ConsoleApp app, ByteCountingTerminal t, Samples into) throws Exception {
        for (int i = 0; i < 8; i++) {
            key(app, t, "s", into);
            key(app, t, "S", into);
        }
    }

    private static void cursor(ConsoleApp app, ByteCountingTerminal t, Samples into) throws Exception {
        for (int i = 0; i < 40; i++) {
            key(app, t, "j", into);
        }
        key(app, t, "\u001b[6~", into);
        key(app, t, "G", into);
        key(app, t, "g", into);
    }

    // Ages are shown to the minute, so once a minute the pane's rows are made again: the tick that does it
    private static void minute(ConsoleApp app, Samples into, int round) throws Exception {
        long start = System.nanoTime();
        long cpu = THREAD.getCurrentThreadCpuTime();
        app.store().dispatch(new Action.Tick(CLOCK.instant().plus(Duration.ofMinutes(round + 1))));
        pump(app);
        into.wall().add(System.nanoTime() - start);
        into.cpu().add(THREAD.getCurrentThreadCpuTime() - cpu);
    }

    // The rows a minute tick makes again, timed on this thread: on the console a large pane makes them on its rows
    // worker while the old ones stay on screen, so the tick's own figure no longer includes this.
    private static long remade(ConsoleApp app) {
        var state = app.store().state();
        long start = System.nanoTime();
        new dev.lsorg.app.pane.Panes().get(PaneId.MEMBERS).rows(state);
        return System.nanoTime() - start;
    }

    private static void key(ConsoleApp app, ByteCountingTerminal t, String bytes, Samples into) throws Exception {
        t.press(bytes);
        long start = System.nanoTime();
        long cpu = THREAD.getCurrentThreadCpuTime();
        pump(app);
        if (into != null) {
            into.wall().add(System.nanoTime() - start);
            into.cpu().add(THREAD.getCurrentThreadCpuTime() - cpu);
        }
    }

    private static String most(Samples s) {
        return String.format("%.1f [%.1f]", Collections.max(s.wall()) / 1e6, Collections.max(s.cpu()) / 1e6);
    }

    private static String stats(Samples s) {
        List<Long> wall = new ArrayList<>(s.wall());
        List<Long> cpu = new ArrayList<>(s.cpu());
        Collections.sort(wall);
        Collections.sort(cpu);
        return String.format("%4.1f / %5.1f [%4.1f / %4.1f]", pct(wall, 50), pct(wall, 99), pct(cpu, 50),
                pct(cpu, 99));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    static ConsoleApp console(TerminalScreen screen, LangSmithClient client) throws Exception {
        screen.startScreen();
        Path tmp = Files.createTempDirectory("lsorg-bench");
        ThemeLoader themes = new ThemeLoader(tmp);
        ConsoleSettings settings = new ConsoleSettings(themes.load("dark"), ColorDepth.INDEXED_256, themes,
                Glyphs.UNICODE, KeyTable.defaults(), Duration.ofHours(1), List.of(), tmp.resolve("history"), List.of());
        return new ConsoleApp(screen, new SameTextGUIThread.Factory(), new ClientOrgReader(client),
                new Connection("benchmark", "-", null, false, false), null, settings, CLOCK, null);
    }

    static void pump(ConsoleApp app) throws Exception {
        while (app.gui().getGUIThread().processEventsAndUpdate()) {
            // keep going until no work is left
        }
    }

    // Waits for answers from the emulator's threads: the one place this benchmark polls, with a deadline.
    static void pumpUntil(ConsoleApp app, BooleanSupplier done) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            pump(app);
            Thread.sleep(2);
        }
        pump(app);
    }
}
