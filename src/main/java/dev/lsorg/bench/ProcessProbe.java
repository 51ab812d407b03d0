package dev.lsorg.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lsorg.Main;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Connection;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.app.Resource;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.ui.ConsoleApp;
import dev.lsorg.ui.ConsoleSettings;
import dev.lsorg.ui.KeyTable;
import dev.lsorg.ui.render.Glyphs;
import dev.lsorg.ui.theme.ColorDepth;
import dev.lsorg.ui.theme.ThemeLoader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The child-process side of {@link LargeOrgBenchmark}: runs one lsorg command (or the console on a virtual terminal)
 * against the org named by {@code LANGSMITH_ENDPOINT}, {@code LANGSMITH_API_KEY} and
 * {@code LANGSMITH_ORGANIZATION_ID}, in a JVM of its own with the flags under test, and prints one line of figures
 * (times from JVM start, peak resident memory) for the parent. Not for users.
 */
public final class ProcessProbe {
    /** The line the parent reads. */
    static final String PREFIX = "PROBE ";
    private static final Clock CLOCK = Clock.systemUTC();

    private ProcessProbe() {
    }

    public static void main(String[] args) throws Exception {
        dev.lsorg.cli.ProcessDefaults.apply();
        String report = args[0].equals("console") ? console() : command(List.of(args));
        System.out.println(PREFIX + report + " vmhwm_kb=" + peakRssKb());
        System.exit(0);
    }

    private static String command(List<String> args) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
        int code = Main.run(args.toArray(String[]::new), discard, new PrintWriter(System.err, true));
        return "exit=" + code + " done_ms=" + sinceStart();
    }

    // The console as a user starts it and presses 2: how long until member rows are drawn, until the whole org is in;
    // then what an auto-refresh on the Workspaces pane and a whole-org refresh (R) cost.
    private static String console() throws Exception {
        String env = System.getenv("LANGSMITH_ENDPOINT");
        ClientConfig config = ClientConfig.of(env, Secret.of(System.getenv("LANGSMITH_API_KEY")))
                .withOrganizationId(UUID.fromString(System.getenv("LANGSMITH_ORGANIZATION_ID")));
        try (LangSmithClient client = LangSmithClient.create(config, CLOCK)) {
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 40));
            ConsoleApp app = console(new dev.lsorg.ui.ConsoleScreen(terminal), client);
            client.addRequestListener(e -> app.dispatcher().dispatch(new Action.RequestLogged(new RequestEntry(
                    e.time(), e.method(), e.path(), e.status(), e.latency().toMillis()))));
            Instant start = CLOCK.instant();
            app.store().dispatch(new Action.Tick(start));
            app.store().dispatch(new Action.PaneSwitched(PaneId.MEMBERS));
            pumpUntil(app, () -> app.store().state().data().members() != null && screen(terminal).contains("@"));
            long visible = sinceStart();
            pumpUntil(app, () -> !app.store().state().anyLoading());
            long loaded = sinceStart();
            app.store().dispatch(new Action.PaneSwitched(PaneId.WORKSPACES));
            String auto = refresh(app, new Action.Tick(start.plusSeconds(31)));
            String whole = refresh(app, new Action.RefreshRequested(EnumSet.allOf(Resource.class), CLOCK.instant()));
            app.close();
            return "members_visible_ms=" + visible + " all_loaded_ms=" + loaded + " " + auto + " " + whole;
        }
    }

    private static String refresh(ConsoleApp app, Action start) throws Exception {
        long t0 = System.nanoTime();
        app.store().dispatch(start);
        pumpUntil(app, () -> !app.store().state().anyLoading());
        AppState s = app.store().state();
        String kind = s.refreshes().kind().startsWith("auto") ? "auto" : "whole";
        return kind + "_requests=" + s.refreshes().requests() + " " + kind + "_ms="
                + (System.nanoTime() - t0) / 1_000_000;
    }

    private static ConsoleApp console(TerminalScreen screen, LangSmithClient client) throws Exception {
        screen.startScreen();
        Path tmp = Files.createTempDirectory("lsorg-probe");
        ThemeLoader themes = new ThemeLoader(tmp);
        ConsoleSettings settings = new ConsoleSettings(themes.load("dark"), ColorDepth.INDEXED_256, themes,
                Glyphs.UNICODE, KeyTable.defaults(), Duration.ofSeconds(30), List.of(), tmp.resolve("history"),
                List.of());
        return new ConsoleApp(screen, new SameTextGUIThread.Factory(), new ClientOrgReader(client),
                new Connection(client.config().endpoint(), client.config().apiKey().shortForm(), null, false, false),
                null, settings, CLOCK, null);
    }

    private static String screen(DefaultVirtualTerminal terminal) {
        StringBuilder sb = new StringBuilder();
        terminal.forEachLine(0, terminal.getTerminalSize().getRows() - 1, (row, line) -> sb.append(line).append('\n'));
        return sb.toString();
    }

    // Answers come from the client's threads: the one place the probe polls, with a deadline.
    private static void pumpUntil(ConsoleApp app, BooleanSupplier done) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            while (app.gui().getGUIThread().processEventsAndUpdate()) {
                // all queued work
            }
            Thread.sleep(5);
        }
        if (!done.getAsBoolean()) {
            throw new IllegalStateException("the console did not get there in 10 minutes");
        }
    }

    private static long sinceStart() {
        return CLOCK.millis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The peak resident set (VmHWM) of this process in kB, or -1 where /proc is not there. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
