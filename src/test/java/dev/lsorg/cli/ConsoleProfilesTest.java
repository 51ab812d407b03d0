package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.config.ConfigException;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.KeyReader;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.ui.ConsoleSession;
import dev.lsorg.ui.ProfileSwitcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code :profile NAME} opens the config file's profile as {@code --profile NAME} would, its read-only setting kept. */
class ConsoleProfilesTest {
    @Test
    void aProfileOpensItsOrgWithItsOwnKeyAndReadOnlySetting(@TempDir Path dir) throws Exception {
        try (DemoOrg org = DemoOrg.start()) {
            Path key = dir.resolve("viewer.key");
            Files.writeString(key, org.emulator.keys().orgViewerKey() + "\n");
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            Path config = dir.resolve("config.toml");
            Files.writeString(config, """
                    [profiles.prod]
                    endpoint = "%s"
                    organization_id = "%s"
                    api_key_file = "%s"
                    [profiles.audit]
                    endpoint = "%s"
                    organization_id = "%s"
                    api_key_file = "%s"
                    read_only = true
                    """.formatted(org.emulator.endpoint(), org.emulator.organizationId(), key,
                    org.emulator.endpoint(), org.emulator.organizationId(), key));
            ConfigLoader loader = new ConfigLoader(Map.of("HOME", dir.toString()), config, KeyReader.shell());
            CliContext ctx = CliContext.live(Map.of("HOME", dir.toString()), false, org.clock, loader);
            ProfileSwitcher profiles = ConsoleCommand.profiles(new GlobalOptions(), ctx);
            assertEquals(List.of("audit", "prod"), profiles.names());
            try (ConsoleSession audit = profiles.open("audit"); ConsoleSession prod = profiles.open("prod")) {
                assertTrue(audit.connection().readOnly(), "the profile says read_only");
                assertFalse(prod.connection().readOnly());
                assertEquals(org.emulator.endpoint(), audit.connection().endpoint());
                assertEquals("audit", audit.profile());
                assertFalse(Await.await(audit.reader().workspaces()).isEmpty(), "it reads the org");
            }
            assertThrows(ConfigException.class, () -> profiles.open("nope"));
        }
    }
}
