package dev.lsorg.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.lsorg.Main;
import dev.lsorg.app.Action;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.PaneId;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.KeyReader;
import dev.lsorg.ui.ConsoleApp;
import dev.lsorg.ui.ConsolePaths;
import dev.lsorg.ui.ConsoleSettings;
import dev.lsorg.ui.SettingsResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The work the launcher ({@code bin/lsorg}) records a class-data archive from, once per host, Java and install:
 * the command line's model, the {@code --demo} console drawn on an ANSI terminal that writes nowhere until every
 * pane has shown its data, and {@code audit --demo --format json}. Classes these load are then mapped from the
 * archive at every start instead of being read, parsed and verified from the jar. It runs in a throw-away home so
 * the user's config, history, journal and log are never touched, and prints nothing.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        dev.lsorg.cli.ProcessDefaults.apply();
        Path home = Files.createTempDirectory("lsorg-training");
        try {
            CliContext ctx = context(home);
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            Main.run(new String[] {"--help"}, sink, sink, ctx);
            console(ctx);
            Main.run(new String[] {"audit", "--demo", "--format", "json"}, sink, sink, ctx);
        } finally {
            delete(home);
        }
        System.exit(0);
    }

    private static CliContext context(Path home) {
        Map<String, String> env = Map.of("HOME", home.toString(), "TERM", "xterm-256color",
                "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString());
        ConfigLoader loader = new ConfigLoader(env, ConfigLoader.defaultConfigFile(env), KeyReader.shell());
        return CliContext.live(env, false, Clock.systemUTC(), loader);
    }

    // The console as ConsoleCommand builds it for --demo, driven from this thread until every pane has its data.
    private static void console(CliContext ctx) throws Exception {
        GlobalOptions demo = new GlobalOptions();
        demo.demo = true;
        ConsoleSettings settings = SettingsResolver.resolve(null, false, false, ctx.env(),
                ConsolePaths.of(ctx.env()));
        TerminalScreen screen = new dev.lsorg.ui.ConsoleScreen(new SilentTerminal());
        screen.startScreen();
        try (OrgConnection conn = OrgConnection.open(demo, ctx.config(), ctx.clock(), null);
             ConsoleApp app = new ConsoleApp(screen, new SameTextGUIThread.Factory(),
                     new ClientOrgReader(conn.client()), ConsoleCommand.connection(conn, demo), null, settings,
                     ctx.clock(), null)) {
            app.store().dispatch(new Action.Tick(ctx.clock().instant()));
            for (PaneId pane : PaneId.values()) {
                app.store().dispatch(new Action.PaneSwitched(pane));
                pumpWhileLoading(app);
            }
        } finally {
            screen.stopScreen();
        }
    }

    // The demo emulator answers in this process on other threads, so this polls with a deadline: a training run
    // that cannot finish still ends, with whatever it loaded so far recorded.
    private static void pumpWhileLoading(ConsoleApp app) throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        do {
            while (app.gui().getGUIThread().processEventsAndUpdate()) {
                // drain every queued action and redraw
            }
            Thread.sleep(5);
        } while (app.store().state().anyLoading() && System.nanoTime() < end);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** An 80x24 ANSI terminal whose output goes nowhere and that never has a key to read. */
    private static final class SilentTerminal extends ANSITerminal {
        SilentTerminal() {
            super(new NoKeys(), OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return new TerminalSize(80, 24);
        }
    }

    /** Keyboard input that is never ready (an empty stream would read as end of input and end the console). */
    private static final class NoKeys extends InputStream {
        @Override
        public int read() {
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return 0;
        }

        @Override
        public int available() {
            return 0;
        }
    }
}
