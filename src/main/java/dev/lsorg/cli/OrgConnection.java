package dev.lsorg.cli;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.ConfigException;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;

/**
 * A command's way to the org: the configured LangSmith org, or with {@code --demo} an in-process emulator with the
 * demo seed; closes both. Also decides read-only mode ({@code --read-only}, the profile, {@code --write}).
 *
 * @param client   the API client
 * @param config   its configuration
 * @param readOnly whether changes are refused
 * @param emulator the demo emulator, or {@code null}
 */
public record OrgConnection(LangSmithClient client, ClientConfig config, boolean readOnly, Emulator emulator)
        implements AutoCloseable {

    /** Opens the connection the global options ask for; the message of the exception says what to fix. */
    public static OrgConnection open(GlobalOptions g) throws ConfigException {
        boolean readOnlyFlag = g.readOnly && !g.write;
        if (g.demo) {
            Emulator emulator = Emulator.startBlocking(EmulatorOptions.demo());
            ClientConfig config = ClientConfig.of(emulator.endpoint(), Secret.of(emulator.keys().orgAdminKey()))
                    .withOrganizationId(emulator.organizationId()).withReadOnly(readOnlyFlag, "demo");
            return new OrgConnection(LangSmithClient.create(config), config, readOnlyFlag, emulator);
        }
        Boolean flag = g.write ? Boolean.FALSE : g.readOnly ? Boolean.TRUE : null;
        ClientConfig config = ConfigLoader.system().load(new ConfigLoader.Flags(g.endpoint, g.profile, g.apiKeyFile,
                g.organizationId, g.workspace, flag));
        return new OrgConnection(LangSmithClient.create(config), config, config.readOnly(), null);
    }

    @Override
    public void close() {
        client.close();
        if (emulator != null) {
            emulator.close();
        }
    }
}
