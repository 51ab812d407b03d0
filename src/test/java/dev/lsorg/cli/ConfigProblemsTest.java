package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every configuration or flag problem a user can make comes back as one line on stderr naming the file, line and
 * key (or the flag), with exit code 2, and never repeats what the file holds.
 */
class ConfigProblemsTest {
    static final String FAKE_KEY = "lsv2_sk_0123456789abcdef0123456789abcdef_9f2c1a2b";

    @TempDir
    Path dir;

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(CommandRunner.isolated(dir, Map.of("LANGSMITH_API_KEY", FAKE_KEY)), args);
    }

    private Path config(String text) throws IOException {
        Path file = dir.resolve("config/lsorg/config.toml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static void assertOneLineUsageError(CommandRunner.Result r, String expected) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in: " + r.err());
        assertFalse(r.err().contains(FAKE_KEY.substring(8, 20)), "never the key: " + r.err());
    }

    @Test
    void aHugeNumberNamesItsLineAndKey() throws IOException {
        config("[profiles.default]\nendpoint = \"http://127.0.0.1:9\"\nmax_connections = 99999999999999999999999\n");
        assertOneLineUsageError(run("whoami"), "config.toml:3: profiles.default.max_connections: must be between 1 and"
                + " 10000");
        config("[profiles.default]\nretry_seconds = 1_000_000_000_000_000_000_000\n");
        assertOneLineUsageError(run("whoami"), "config.toml:2: profiles.default.retry_seconds: must be between 0 and"
                + " 600 seconds");
    }

    @Test
    void aBinaryFileIsNotUtf8Text() throws IOException {
        Path file = config("");
        Files.write(file, new byte[] {'a', ' ', '=', ' ', '1', '\n', (byte) 0xC3, (byte) 0x28, 0, 1, 2, (byte) 0xFF});
        assertOneLineUsageError(run("whoami"), "config.toml:2: not UTF-8 text");
    }

    @Test
    void anyValidTomlIsRead() throws IOException {
        // dotted keys, an inline table, a literal and a multi-line string: none of them read before
        config("""
                default_profile = 'local'
                profiles.local.endpoint = "http://127.0.0.1:9"
                profiles.local.max_connections = 0x10
                [profiles.other]
                api_key_command = \"\"\"
                echo nothing\"\"\"
                [audit]
                limits = { }
                """);
        assertOneLineUsageError(run("whoami"), "config.toml:8: audit.limits: unknown key");
    }

    @Test
    void diffOnInvalidJsonIsOneLineWithItsPosition() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": " + FAKE_KEY + "\n}\n");
        assertOneLineUsageError(run("diff", bad.toString(), bad.toString()), "cannot read snapshot " + bad + ":2:");
        Files.writeString(bad, "{\"format\": \"lsorg-snapshot/v1\", \"organization\": [\"" + FAKE_KEY + "\"]}");
        assertOneLineUsageError(run("diff", bad.toString(), bad.toString()), "not an lsorg snapshot");
        Files.write(bad, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        assertOneLineUsageError(run("diff", bad.toString(), bad.toString()), "not valid JSON");
    }

    @Test
    void aWorkspaceThatDoesNotExistIsAUsageError() {
        CommandRunner.Result r = CommandRunner.run(CommandRunner.isolated(dir), "--demo", "--workspace", "nope",
                "whoami");
        assertOneLineUsageError(r, "--workspace: no workspace 'nope' in this org");
        assertEquals("", r.out());
        r = CommandRunner.run(CommandRunner.isolated(dir), "--demo", "--workspace", "nope", "shell", "-c",
                "ls workspaces");
        assertOneLineUsageError(r, "--workspace: no workspace 'nope' in this org");
        r = CommandRunner.run(CommandRunner.isolated(dir), "--demo", "--workspace", "research", "whoami");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("workspace   Research ("), r.out());
    }

    @Test
    void emulatorPortProblemsNameTheFlag() throws IOException {
        assertOneLineUsageError(run("emulator", "--port", "99999"), "port must be 0..65535");
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertOneLineUsageError(run("emulator", "--port", String.valueOf(port)),
                    "--port " + port + ": the port is already in use");
        }
    }
}
