package dev.lsorg.bench;

import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.Action;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Connection;
import dev.lsorg.app.DeferredReader;
import dev.lsorg.app.OrgReader;
import dev.lsorg.app.PaneId;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.ui.ConsoleApp;
import dev.lsorg.ui.ConsoleSettings;
import dev.lsorg.ui.KeyTable;
import dev.lsorg.ui.render.Glyphs;
import dev.lsorg.ui.theme.ColorDepth;
import dev.lsorg.ui.theme.ThemeLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import io.vertx.core.Future;

/**
 * The console's speed harness (not a test): prints the first-frame time of a demo console from JVM start, filter
 * latency per keystroke over 10,000 rows (p50/p99, reducer + view + draw + screen refresh), and the bytes the screen
 * writes for one cursor move in a 10,000-row pane. Run: {@code java -cp target/lsorg.jar dev.lsorg.bench.ConsoleBenchmark}.
 */
public final class ConsoleBenchmark {
    /** The benchmark's one clock: the process's wall clock, as lsorg itself runs on. */
    private static final Clock CLOCK = Clock.systemUTC();
    private static final int ROWS = 10_000;

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        firstFrame();
        try (Emulator emulator = Emulator.startBlocking(EmulatorOptions.large(ROWS, 20, 50, CLOCK));
             LangSmithClient client = client(emulator)) {
            filter(client);
            bytesPerMove(client, 80, 24);
            bytesPerMove(client, 120, 40);
        }
        System.exit(0);
    }

    // The --demo path in this fresh JVM, as ConsoleCommand runs it: the console draws while the emulator starts
    // on another thread; timed from JVM start to the first frame and to the first frame showing the workspaces.
    private static void firstFrame() throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        CompletableFuture<Emulator> emulator = CompletableFuture.supplyAsync(
                () -> Emulator.startBlocking(EmulatorOptions.demo(CLOCK)));
        CompletableFuture<LangSmithClient> client = emulator.thenApply(ConsoleBenchmark::client);
        Console c = new Console(new TerminalScreen(ByteCountingTerminal.create(80, 24)),
                new DeferredReader(Future.fromCompletionStage(client.thenApply(ClientOrgReader::new))));
        c.app.gui().updateScreen();
        long frame = CLOCK.millis() - jvmStart;
        c.app.store().dispatch(new Action.Tick(CLOCK.instant()));
        c.pumpUntil(() -> c.app.store().state().data().workspaces() != null);
        long data = CLOCK.millis() - jvmStart;
        System.out.printf("first frame of the demo console: %d ms from JVM start (with the workspaces: %d ms)%n",
                frame, data);
        c.app.close();
        client.join().close();
        emulator.join().close();
    }

    // Keys go in as bytes through a real ANSI terminal, so the time includes decoding, drawing and the escape
    // sequences written; the filter is cleared with Ctrl-U and closed with Enter after each query.
    private static void filter(LangSmithClient client) throws Exception {
        ByteCountingTerminal terminal = ByteCountingTerminal.create(120, 40);
        Console c = new Console(new TerminalScreen(terminal), client);
        c.loadAll();
        c.app.store().dispatch(new Action.PaneSwitched(PaneId.MEMBERS));
        c.pump();
        int rows = c.app.store().state().data().members().members().size();
        List<Long> samples = new ArrayList<>();
        String[] queries = {"smith", "@example", "!a", "zz", "member-12", "admin", "x", "pending", "qu", "jo"};
        for (int round = 0; round < 6; round++) {
            for (String q : queries) {
                List<Long> into = round > 0 ? samples : null;
                type(c, terminal, "/", into);
                for (char ch : q.toCharArray()) {
                    type(c, terminal, String.valueOf(ch), into);
                }
                type(c, terminal, "\u0015", into);
                type(c, terminal, "\r", into);
            }
        }
        filterOnly(c, queries);
        Collections.sort(samples);
        System.out.printf("filter over %d rows, per keystroke (decode + reduce + filter + draw + refresh, %d samples): "
                + "p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", rows, samples.size(), pct(samples, 50), pct(samples, 99),
                samples.get(samples.size() - 1) / 1e6);
        c.app.close();
    }

    // The filter itself, as the view cache runs it for each new filter text: match, then index for the selection.
    private static void filterOnly(Console c, String[] queries) {
        var state = c.app.store().state();
        List<dev.lsorg.app.rows.Row> rows = new dev.lsorg.app.pane.Panes().get(PaneId.MEMBERS).rows(state);
        List<Long> samples = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String q : queries) {
                for (int len = 1; len <= q.length(); len++) {
                    long t = System.nanoTime();
                    dev.lsorg.app.rows.RowView v = dev.lsorg.app.rows.RowView.of(rows, q.substring(0, len), -1, false);
                    v.indexOf(rows.get(0).id());
                    if (round >= 5) {
                        samples.add(System.nanoTime() - t);
                    }
                }
            }
        }
        Collections.sort(samples);
        System.out.printf("filter computation over %d rows (%d samples): p50 %.2f ms, p99 %.2f ms%n", rows.size(),
                samples.size(), pct(samples, 50), pct(samples, 99));
    }

    private static void type(Console c, ByteCountingTerminal t, String key, List<Long> samples) throws Exception {
        t.press(key);
        long start = System.nanoTime();
        c.pump();
        if (samples != null) {
            samples.add(System.nanoTime() - start);
        }
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static void bytesPerMove(LangSmithClient client, int cols, int rows) throws Exception {
        ByteCountingTerminal terminal = ByteCountingTerminal.create(cols, rows);
        Console c = new Console(new TerminalScreen(terminal), client);
        c.loadAll();
        c.app.store().dispatch(new Action.PaneSwitched(PaneId.MEMBERS));
        c.pump();
        long max = 0;
        long total = 0;
        int moves = 200;
        for (int i = 0; i < moves; i++) {
            long before = terminal.written();
            terminal.press("j");
            c.pump();
            long used = terminal.written() - before;
            max = Math.max(max, used);
            total += used;
        }
        long before = terminal.written();
        terminal.press("\u001b[6~");
        c.pump();
        System.out.printf("bytes written per cursor move in a %d-row pane at %dx%d: mean %d, max %d "
                + "(page down: %d)%n", c.app.store().state().data().members().members().size(), cols, rows,
                total / moves, max, terminal.written() - before);
        c.app.close();
    }

    private static LangSmithClient client(Emulator emulator) {
        return LangSmithClient.create(ClientConfig.of(emulator.endpoint(), Secret.of(emulator.keys().orgAdminKey()))
                .withOrganizationId(emulator.organizationId()), CLOCK);
    }

    /** A console on a screen, driven from this thread (the GUI thread of {@link SameTextGUIThread}). */
    private static final class Console {
        final ConsoleApp app;

        Console(Screen screen, LangSmithClient client) throws Exception {
            this(screen, new ClientOrgReader(client));
        }

        Console(Screen screen, OrgReader reader) throws Exception {
            screen.startScreen();
            Path tmp = Files.createTempDirectory("lsorg-bench");
            ThemeLoader themes = new ThemeLoader(tmp);
            ConsoleSettings settings = new ConsoleSettings(themes.load("dark"), ColorDepth.INDEXED_256, themes,
                    Glyphs.UNICODE, KeyTable.defaults(), Duration.ofHours(1), List.of(), tmp.resolve("history"),
                    List.of());
            app = new ConsoleApp(screen, new SameTextGUIThread.Factory(), reader,
                    new Connection("benchmark", "-", null, false, false), null, settings, CLOCK, null);
        }

        void loadAll() throws Exception {
            app.store().dispatch(new Action.Tick(CLOCK.instant()));
            pumpUntil(() -> app.store().state().data().members() != null && !app.store().state().anyLoading());
        }

        void pump() throws Exception {
            while (app.gui().getGUIThread().processEventsAndUpdate()) {
                // keep going until no work is left
            }
        }

        void pumpUntil(BooleanSupplier done) throws Exception {
            long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!done.getAsBoolean() && System.nanoTime() < end) {
                pump();
                Thread.sleep(2);
            }
            pump();
        }
    }
}
