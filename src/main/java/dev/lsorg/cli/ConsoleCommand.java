package dev.lsorg.cli;

import dev.lsorg.app.ClientOrgReader;
import dev.lsorg.app.Connection;
import dev.lsorg.app.OrgReader;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.ConfigException;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.ui.ConsoleLauncher;
import dev.lsorg.ui.ConsolePaths;
import dev.lsorg.ui.ConsoleSession;
import dev.lsorg.ui.ConsoleSettings;
import dev.lsorg.ui.SettingsResolver;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code lsorg} with no subcommand: checks for a terminal, connects (the configured org, or the {@code --demo}
 * emulator), and runs the full-screen console on it.
 */
public final class ConsoleCommand {
    private ConsoleCommand() {
    }

    /** Runs the console with the global options; returns the exit code. */
    public static int run(GlobalOptions g) {
        Map<String, String> env = System.getenv();
        String problem = ConsoleLauncher.terminalProblem(env, System.console() != null);
        if (problem != null) {
            System.err.println(problem);
            return ExitCodes.USAGE;
        }
        ConsolePaths paths = ConsolePaths.of(env);
        ConsoleSettings settings = SettingsResolver.resolve(g.theme, g.noColor, g.ascii, env, paths);
        try (OrgConnection conn = OrgConnection.open(g, ConfigLoader.system())) {
            return new ConsoleLauncher(env, settings, paths).run(new Session(conn, g), System.out, System.err);
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("lsorg: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** The console's view of an {@link OrgConnection}. */
    private static final class Session implements ConsoleSession {
        private final OrgConnection conn;
        private final GlobalOptions global;
        private final OrgReader reader;

        Session(OrgConnection conn, GlobalOptions global) {
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
            ClientConfig c = conn.client().config();
            boolean readOnly = global.readOnly || (c.readOnly() && !global.write);
            String endpoint = conn.emulator() == null ? c.endpoint() : c.endpoint() + " (demo emulator)";
            return new Connection(endpoint, c.apiKey().shortForm(), conn.emulator() == null ? null : "org admin",
                    readOnly, global.dryRun);
        }

        @Override
        public UUID workspace() {
            return conn.client().config().workspaceId();
        }

        @Override
        public void onRequest(Consumer<RequestEntry> sink) {
            conn.client().addRequestListener(e -> sink.accept(new RequestEntry(e.time(), e.method(), e.path(),
                    e.status(), e.latency().toMillis())));
        }

        @Override
        public void close() {
            // the connection is closed by the command that opened it
        }
    }
}
