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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import io.vertx.core.Future;

/**
 * The console's speed harness (not a test): prints the first-frame time of a demo console from JVM start and the
 * bytes the screen writes for one cursor move in a 10,000-row pane. Keystroke latency (filter, sort, cursor at
 * 1,000 to 50,000 rows) is {@link KeystrokeBenchmark}'s: this harness's filter figure typed a carriage return that
 * Lanterna's decoder does not read as Enter, so its later keys went into the filter. Run: {@code java -cp target/lsorg.jar dev.lsorg.bench.ConsoleBenchmark}.
 */
public final class ConsoleBenchmark {
    /** The benchmark's one clock: the process's wall clock, as lsorg itself runs on. */
    private static final Clock CLOCK = Clock.systemUTC();
    private static final int ROWS = 10_000;

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        dev.lsorg.cli.ProcessDefaults.apply();
        firstFrame();
        try (Emulator emulator = Emulator.startBlocking(EmulatorOptions.large(ROWS, 20, 50, CLOCK));
             LangSmithClient client = client(emulator)) {
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
        Console c = new Console(new dev.lsorg.ui.ConsoleScreen(ByteCountingTerminal.create(80, 24)),
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

    private static void bytesPerMove(LangSmithClient client, int cols, int rows) throws Exception {
        ByteCountingTerminal terminal = ByteCountingTerminal.create(cols, rows);
        Console c = new Console(new dev.lsorg.ui.ConsoleScreen(terminal), client);
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
