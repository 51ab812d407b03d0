package dev.lsorg.cli;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.ConfigException;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.text.Sanitizer;
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
     * reported with a fixable message.
     */
    public static OrgConnection open(GlobalOptions global, ConfigLoader loader, Clock clock) throws ConfigException {
        if (global.demo()) {
            if (!EmulatorOptions.SEEDS.contains(global.demoSeed())) {
                throw new ConfigException("--demo-seed: no seed called '" + Sanitizer.line(global.demoSeed())
                        + "' (choose " + String.join(", ", EmulatorOptions.SEEDS) + ")");
            }
            Emulator emulator = Emulator.startBlocking(EmulatorOptions.seeded(global.demoSeed(), clock));
            ClientConfig config = ClientConfig.of(emulator.endpoint(), Secret.of(emulator.keys().orgAdminKey()))
                    .withOrganizationId(emulator.organizationId())
                    .withReadOnly(global.readOnly && !global.write, "demo");
            return new OrgConnection(LangSmithClient.create(config, clock), emulator);
        }
        return new OrgConnection(LangSmithClient.create(loader.load(flags(global)), clock), null);
    }

    /** The configuration flags among the global options. */
    public static ConfigLoader.Flags flags(GlobalOptions g) {
        Boolean readOnly = g.readOnly ? Boolean.TRUE : g.write ? Boolean.FALSE : null;
        return new ConfigLoader.Flags(g.endpoint, g.profile, g.apiKeyFile, g.organizationId, g.workspace, readOnly);
    }

    @Override
    public void close() {
        client.close();
        if (emulator != null) {
            emulator.close();
        }
    }
}
