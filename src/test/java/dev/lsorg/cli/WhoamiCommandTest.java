package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestVertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lsorg whoami} as a new user runs it: on the demo org, on a running emulator, and with broken settings. */
class WhoamiCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        return run(Map.of(), args);
    }

    Result run(Map<String, String> env, String... args) {
        CommandRunner.Result r = CommandRunner.run(CommandRunner.isolated(dir, env), args);
        return new Result(r.exitCode(), r.out(), r.err());
    }

    @Test
    void demoPrintsOrgKeyScopeAndWorkspaces() {
        Result r = run("--demo", "whoami");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("org         Acme Robotics ("), r.out());
        assertTrue(r.out().matches("(?s).*key         lsv2_sk_\\.\\.\\.[A-Za-z0-9]{4}\n.*"), r.out());
        assertTrue(r.out().contains("scope       organization-wide service key, Organization Admin"), r.out());
        assertTrue(r.out().matches("(?s).*workspaces  [1-9][0-9]* \\(\\+[1-9][0-9]* deleted\\)\n.*"), r.out());
        assertTrue(r.out().contains("endpoint    http://127.0.0.1:"), r.out());
    }

    @Test
    void patAgainstARunningEmulatorWithAKeyFileAndTheApiV1Endpoint() throws IOException {
        try (Emulator emulator = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned()))) {
            Path key = dir.resolve("key");
            Files.writeString(key, emulator.keys().patKey() + "\n");
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            Result r = run("whoami", "--endpoint", emulator.endpoint() + "/api/v1", "--api-key-file", key.toString(),
                    "--org", emulator.organizationId().toString());
            assertEquals(0, r.code(), r.err());
            assertFalse(r.out().contains(emulator.keys().patKey()));
            assertTrue(r.out().contains("endpoint    " + emulator.endpoint() + "\n"), r.out());
            assertTrue(r.out().contains("scope       personal access token (acts with its user's permissions)"), r.out());
        }
    }

    @Test
    void aWorkspaceKeyIsFoundInItsWorkspacesKeyList() throws IOException {
        try (Emulator emulator = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned()))) {
            Path key = dir.resolve("ws-key");
            Files.writeString(key, emulator.keys().workspaceKey());
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("r--------"));
            Result r = run("whoami", "--endpoint", emulator.endpoint(), "--api-key-file", key.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("scope       service key for workspace(s) "), r.out());
            assertTrue(r.out().contains("workspaces  1\n"), r.out());
        }
    }

    @Test
    void aWrongKeyIsOneLineAndExitCode3() throws IOException {
        try (Emulator emulator = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned()))) {
            Path key = dir.resolve("wrong");
            Files.writeString(key, "lsv2_sk_wrong_wrong_wrong_wrong_wrong_1234\n");
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            Result r = run("whoami", "--endpoint", emulator.endpoint(), "--api-key-file", key.toString());
            assertEquals(3, r.code(), r.err());
            assertEquals("lsorg: GET /api/v1/orgs/current/info: LangSmith rejected the API key (missing, wrong,"
                    + " revoked or expired): Invalid API key\n", r.err());
            assertFalse(r.err().contains("wrong_wrong_wrong"));
        }
    }

    @Test
    void brokenConfigurationIsOneLineAndExitCode2() throws IOException {
        Path key = dir.resolve("open-key");
        Files.writeString(key, "lsv2_sk_open_open_open_open_open_open_1234\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Result r = run("whoami", "--endpoint", "http://127.0.0.1:9", "--api-key-file", key.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("lsorg: --api-key-file: refusing key file "), r.err());
        assertEquals(1, r.err().lines().count());
        Result bad = run("whoami", "--endpoint", "ftp://nowhere");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().startsWith("lsorg: --endpoint: endpoint must be an http(s) URL"), bad.err());
    }

    @Test
    void unreachableEndpointIsOneLineAndExitCode3() throws IOException {
        Path key = dir.resolve("key");
        Files.writeString(key, "lsv2_sk_fine_fine_fine_fine_fine_fine_1234\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        // One attempt: waiting out the default retry budget proves nothing more (RetryTest covers the retries).
        Result r = run(Map.of("LSORG_RETRY_SECONDS", "0"), "whoami", "--endpoint", "http://127.0.0.1:9",
                "--api-key-file", key.toString(), "--org", "6c3f2a8e-0000-4000-8000-000000000001");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().startsWith("lsorg: GET /api/v1/"), r.err());
        assertTrue(r.err().contains("Could not connect to LangSmith"), r.err());
        assertEquals(1, r.err().lines().count());
    }
}
