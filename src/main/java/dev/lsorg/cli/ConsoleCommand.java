package dev.lsorg.cli;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Connection;
import dev.lsorg.app.DeferredReader;
import dev.lsorg.app.OrgReader;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.ConfigException;
import dev.lsorg.ui.ConsoleLauncher;
import dev.lsorg.ui.ConsolePaths;
import dev.lsorg.ui.ConsoleSession;
import dev.lsorg.ui.ConsoleSettings;
import dev.lsorg.ui.ProfileSwitcher;
import dev.lsorg.ui.SettingsResolver;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * {@code lsorg} with no subcommand: checks for a terminal, connects (the configured org, or the {@code --demo}
 * emulator, started behind the first frame), and runs the full-screen console on it.
 */
public final class ConsoleCommand {
    private ConsoleCommand() {
    }

    /** Runs the console with the global options in {@code ctx}; returns the exit code. */
    public static int run(GlobalOptions g, CliContext ctx) {
        dev.lsorg.trace.StartupTrace.mark("console command parsed");
        Map<String, String> env = ctx.env();
        String problem = ConsoleLauncher.terminalProblem(env, System.console() != null);
        if (problem != null) {
            System.err.println(problem);
            return ExitCodes.USAGE;
        }
        ConsolePaths paths = ConsolePaths.of(env);
        // The demo emulator starts before the settings are read: it is the longest step before the first data row
        try (ConsoleSession session = g.demo() ? new DemoSession(g, ctx) : new OrgSession(
                OrgConnection.open(g, ctx.config(), ctx.clock(), null), g)) {
            ConsoleSettings settings = SettingsResolver.resolve(g.theme, g.noColor, g.ascii, env, paths);
            return new ConsoleLauncher(env, settings, paths, ctx.clock()).run(session, profiles(g, ctx),
                    mouse(g, ctx), System.out, System.err);
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("lsorg: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /**
     * The config file's profiles, for {@code :profile NAME}: each opens as {@code --profile NAME} would, keeping
     * {@code --read-only}, {@code --write} and {@code --dry-run} but not the flags that name one org (endpoint, key
     * file, org, workspace, demo).
     */
    static ProfileSwitcher profiles(GlobalOptions g, CliContext ctx) {
        return new ProfileSwitcher() {
            @Override
            public List<String> names() {
                try {
                    return ctx.config().profileNames();
                } catch (ConfigException e) {
                    return List.of();
                }
            }

            @Override
            public ConsoleSession open(String name) throws ConfigException {
                GlobalOptions p = profiled(g, name);
                return new OrgSession(OrgConnection.open(p, ctx.config(), ctx.clock(), null), p);
            }
        };
    }

    /** Whether the console reads the mouse: on unless --no-mouse, LSORG_MOUSE=0 or the config file's mouse = false. */
    static boolean mouse(GlobalOptions g, CliContext ctx) {
        if (g.noMouse || "0".equals(ctx.env().get("LSORG_MOUSE"))) {
            return false;
        }
        try {
            return !ctx.config().mouseOff();
        } catch (ConfigException e) {
            return true;
        }
    }

    static GlobalOptions profiled(GlobalOptions g, String name) {
        GlobalOptions p = new GlobalOptions();
        p.profile = name;
        p.readOnly = g.readOnly;
        p.write = g.write;
        p.dryRun = g.dryRun;
        p.insecureHttp = g.insecureHttp;
        p.noMouse = g.noMouse;
        return p;
    }

    static Connection connection(OrgConnection conn, GlobalOptions global) {
        ClientConfig c = conn.client().config();
        boolean readOnly = global.readOnly || (c.readOnly() && !global.write);
        String endpoint = conn.emulator() == null ? c.endpoint() : c.endpoint() + " (demo emulator)";
        return new Connection(endpoint, c.apiKey().shortForm(), conn.emulator() == null ? null : "org admin",
                readOnly, global.dryRun, c.sendsKeyInClear());
    }

    static void listen(OrgConnection conn, Consumer<RequestEntry> sink) {
        conn.client().addRequestListener(e -> sink.accept(RequestEntry.of(e)));
    }

    /** The console on a configured org. */
    private static final class OrgSession implements ConsoleSession {
        private final OrgConnection conn;
        private final GlobalOptions global;
        private final OrgReader reader;

        OrgSession(OrgConnection conn, GlobalOptions global) {
            this.conn = conn;
            this.global = global;
            this.reader = new ClientOrgReader(conn.client());
        }

        @Override
        public OrgReader reader() {
            return reader;
        }

        @Override
        public Connection connection() {
            return ConsoleCommand.connection(conn, global);
        }

        @Override
        public UUID workspace() {
            return conn.client().config().workspaceId();
        }

        @Override
        public Future<LangSmithClient> client() {
            return Future.succeededFuture(conn.client());
        }

        @Override
        public String profile() {
            return global.profile;
        }

        @Override
        public String workspaceName() {
            return conn.client().config().workspaceName();
        }

        @Override
        public void onRequest(Consumer<RequestEntry> sink) {
            listen(conn, sink);
        }

        @Override
        public void close() {
            conn.close();
        }
    }

    /** The console on the demo emulator, which starts on a background thread while the first frame is drawn. */
    private static final class DemoSession implements ConsoleSession {
        private final GlobalOptions global;
        private final CompletableFuture<OrgConnection> conn;

        DemoSession(GlobalOptions global, CliContext ctx) {
            this.global = global;
            this.conn = CompletableFuture.supplyAsync(() -> {
                try {
                    return OrgConnection.open(global, ctx.config(), ctx.clock(), null);
                } catch (ConfigException e) {
                    throw new CompletionException(e);
                }
            });
        }

        @Override
        public OrgReader reader() {
            return new DeferredReader(Future.fromCompletionStage(conn.thenApply(c -> new ClientOrgReader(c.client()))));
        }

        @Override
        public Connection connection() {
            return new Connection("starting the demo emulator", "-", "org admin", global.readOnly, global.dryRun);
        }

        @Override
        public UUID workspace() {
            return null;
        }

        @Override
        public Future<LangSmithClient> client() {
            return Future.fromCompletionStage(conn.thenApply(OrgConnection::client));
        }

        @Override
        public String profile() {
            return global.demoSeed();
        }

        @Override
        public String workspaceName() {
            // The demo org's ids are made at start, so only a name can be given.
            return global.workspace;
        }

        @Override
        public void onConnection(Consumer<Connection> sink) {
            conn.thenAccept(c -> sink.accept(ConsoleCommand.connection(c, global)));
        }

        @Override
        public void onRequest(Consumer<RequestEntry> sink) {
            conn.thenAccept(c -> listen(c, sink));
        }

        @Override
        public void close() {
            try {
                conn.join().close();
            } catch (CompletionException e) {
                // the emulator never started: nothing to close
            }
        }
    }
}
