package dev.lsorg.cli;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.ConfigException;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.text.Sanitizer;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * The client a command-line command works with, built from the global options: the configured org, or with
 * {@code --demo} an in-process emulator (closed together with the client).
 *
 * @param client   the API client, on a Vert.x instance of its own
 * @param emulator the in-process emulator for {@code --demo}, or null
 */
public record OrgConnection(LangSmithClient client, Emulator emulator) implements AutoCloseable {

    /**
     * Connects as the global options say, the client (and the demo org) on {@code clock}; configuration problems are
     * reported with a fixable message. When the key will travel unencrypted (an http endpoint on another machine,
     * allowed by {@code --insecure-http} or the profile) a warning goes to {@code warnings} (null: the caller shows
     * it its own way, as the console does in its header).
     */
    public static OrgConnection open(GlobalOptions global, ConfigLoader loader, Clock clock, PrintWriter warnings)
            throws ConfigException {
        if (global.demo()) {
            if (!EmulatorOptions.SEEDS.contains(global.demoSeed())) {
                throw new ConfigException("--demo-seed: no seed called '" + Sanitizer.line(global.demoSeed())
                        + "' (choose " + String.join(", ", EmulatorOptions.SEEDS) + ")");
            }
            Emulator emulator = EarlyDemo.take(global.demoSeed(), clock);
            if (emulator == null) {
                dev.lsorg.trace.StartupTrace.mark("demo emulator starting");
                emulator = Emulator.startBlocking(EmulatorOptions.seeded(global.demoSeed(), clock));
            }
            ClientConfig config = ClientConfig.of(emulator.endpoint(), Secret.of(emulator.keys().orgAdminKey()))
                    .withOrganizationId(emulator.organizationId())
                    .withReadOnly(global.readOnly && !global.write, "demo");
            dev.lsorg.trace.StartupTrace.mark("demo emulator up");
            // On the emulator's Vert.x: a second instance (event loops, buffers, DNS resolver) would only add start-up
            // time; the emulator closes it after the client.
            LangSmithClient client = LangSmithClient.create(emulator.vertx(), config, clock);
            dev.lsorg.trace.StartupTrace.mark("demo client made");
            return new OrgConnection(client, emulator);
        }
        ClientConfig config = loader.load(flags(global));
        if (warnings != null && config.sendsKeyInClear()) {
            warnings.println("lsorg: warning: " + insecureWarning(config));
            warnings.flush();
        }
        return new OrgConnection(LangSmithClient.create(config, clock), null);
    }

    /** The sentence that says the key travels in clear to {@code config}'s endpoint. */
    public static String insecureWarning(ClientConfig config) {
        return "plain http to " + config.endpoint() + ": the API key is sent unencrypted (allowed by --insecure-http"
                + " or insecure_http = true)";
    }

    /** The configuration flags among the global options. */
    public static ConfigLoader.Flags flags(GlobalOptions g) {
        Boolean readOnly = g.readOnly ? Boolean.TRUE : g.write ? Boolean.FALSE : null;
        return new ConfigLoader.Flags(g.endpoint, g.profile, g.apiKeyFile, g.organizationId, g.workspace, readOnly,
                g.insecureHttp);
    }

    @Override
    public void close() {
        client.close();
        if (emulator != null) {
            emulator.close();
        }
    }
}
