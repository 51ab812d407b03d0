package dev.lsorg.cli;

import dev.lsorg.Main;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Connection;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.StatePaths;
import dev.lsorg.config.ConfigException;
import dev.lsorg.serve.ServeException;
import dev.lsorg.serve.ServeLog;
import dev.lsorg.serve.ServeOptions;
import dev.lsorg.serve.ServeServer;
import dev.lsorg.text.Sanitizer;
import dev.lsorg.ui.ConsolePaths;
import dev.lsorg.ui.theme.ThemeLoader;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lsorg serve}: one console host for a whole admin team. Operators {@code ssh -t -p 2222 HOST} with their own
 * key and get their own console, with the access the authorized-keys file grants them; the org's API key stays on
 * this host. Prints the host key's fingerprint at start and logs logins, refusals and changes on its output.
 */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Serve the console over SSH to the people in an authorized-keys file.")
public final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--listen", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    String listen = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 2222).")
    int port = 2222;

    @Option(names = "--authorized-keys", paramLabel = "FILE",
            description = "OpenSSH authorized keys with lsorg-user=\"NAME\" and lsorg-access=\"read|write\""
                    + " options (default: authorized_keys in the lsorg config folder).")
    Path authorizedKeys;

    @Option(names = "--host-key", paramLabel = "FILE",
            description = "The ed25519 host key, made on first start (default: ssh_host_ed25519_key in the lsorg"
                    + " config folder).")
    Path hostKey;

    @Option(names = "--max-sessions", paramLabel = "N", description = "Most consoles open at once (default 8).")
    int maxSessions = 8;

    @Option(names = "--idle-timeout", paramLabel = "MINUTES",
            description = "End a console after this many minutes without a key press (default 30).")
    int idleMinutes = 30;

    @Option(names = "--export-dir", paramLabel = "DIR",
            description = "Let operators export: each person's files go to DIR/NAME/ (default: exports off).")
    Path exportDir;

    private final CliContext ctx;

    /** The command in {@code ctx}, the process's surroundings (or a test's). */
    public ServeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String usage = checkOptions();
        if (usage != null) {
            err.println("lsorg serve: " + usage);
            return ExitCodes.USAGE;
        }
        GlobalOptions g = main.global();
        boolean interrupted = false;
        try (OrgConnection conn = OrgConnection.open(g, ctx.config(), ctx.clock(), err);
             ServeLog log = new ServeLog(out, ConsolePaths.of(ctx.env()).stateDir().resolve("serve.log"),
                     ctx.clock())) {
            int code = serve(g, conn, log, out, err);
            // An interrupt asked the server to stop, and it has: let the org connection and the log close without
            // it (a blocking close would take it as a failure), then keep it for the caller.
            interrupted = Thread.interrupted();
            return code;
        } catch (ConfigException e) {
            err.println("lsorg serve: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int serve(GlobalOptions g, OrgConnection conn, ServeLog log, PrintWriter out, PrintWriter err) {
        ServeOptions o = options(g);
        Connection host = ConsoleCommand.connection(conn, g);
        ChangeSupport changes = new ChangeSupport(Future.succeededFuture(conn.client()), new Journal(o.journal()),
                g.demo() ? g.demoSeed() : g.profile, host.dryRun(), ctx.clock());
        ServeServer server;
        try {
            server = ServeServer.start(o, conn.client(), changes, host, log);
        } catch (ServeException e) {
            err.println("lsorg serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Thread hook = new Thread(server::close, "lsorg-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        started(server, o, out, err);
        server.awaitStop();
        server.close();
        removeQuietly(hook);
        return ExitCodes.OK;
    }

    private void started(ServeServer server, ServeOptions o, PrintWriter out, PrintWriter err) {
        if (!ServeServer.loopback(o.listen())) {
            err.println("lsorg serve: warning: listening on " + Sanitizer.line(o.listen()) + ", which other machines"
                    + " can reach: only the keys in " + o.authorizedKeys() + " get in; keep that file tight");
            err.flush();
        }
        out.println("lsorg serve: host key " + server.hostKey().fingerprint() + " (ed25519"
                + (server.hostKey().created() ? ", made now and saved in " : ", from ") + o.hostKey() + ")");
        out.println("lsorg serve: listening on " + o.listen() + ":" + server.port() + "; operators connect with"
                + " ssh -t -p " + server.port() + " " + (ServeServer.loopback(o.listen()) ? "localhost" : "HOST"));
        out.flush();
    }

    private String checkOptions() {
        if (port < 0 || port > 65535) {
            return "--port must be between 0 and 65535";
        }
        if (maxSessions < 1) {
            return "--max-sessions must be at least 1";
        }
        if (idleMinutes < 2) {
            return "--idle-timeout must be at least 2 minutes (the warning comes a minute before)";
        }
        String theme = main.global().theme;
        if (theme != null && !ThemeLoader.BUNDLED.contains(theme)) {
            return "--theme: a served console offers the bundled themes only (" + String.join(", ",
                    ThemeLoader.BUNDLED) + ")";
        }
        return null;
    }

    private ServeOptions options(GlobalOptions g) {
        Path config = ConsolePaths.of(ctx.env()).configDir();
        return new ServeOptions(listen, port, authorizedKeys != null ? authorizedKeys
                : config.resolve("authorized_keys"), hostKey != null ? hostKey : config.resolve("ssh_host_ed25519_key"),
                maxSessions, Duration.ofMinutes(idleMinutes), exportDir, g.theme, g.ascii, ctx.env(),
                Duration.ofSeconds(2), Duration.ofSeconds(2), StatePaths.journal(ctx.env()), ctx.clock());
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: the JVM is on its way out anyway
        }
    }
}
