package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestVertx;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint as users write it, against a running emulator: a password in the URL is refused and never shown,
 * and the key goes over plain http to another machine only when the user says so, with a warning each time.
 */
class EndpointHygieneTest {
    @TempDir
    Path dir;

    private Emulator emulator;
    private Map<String, String> env;

    @BeforeEach
    void start() {
        emulator = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned()));
        env = Map.of("LANGSMITH_API_KEY", emulator.keys().orgAdminKey(),
                "LANGSMITH_ORGANIZATION_ID", emulator.organizationId().toString());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(CommandRunner.isolated(dir, env), args);
    }

    /** The emulator's endpoint with another host: 0.0.0.0 reaches it on Linux, yet is not a loopback address. */
    private String remoteLooking() {
        return emulator.endpoint().replace("127.0.0.1", "0.0.0.0");
    }

    @Test
    void aPasswordInTheEndpointIsRefusedAndNeverShown() {
        String withPassword = emulator.endpoint().replace("http://", "http://ops:hunter2pw@");
        for (String[] args : new String[][] {{"whoami"}, {"shell", "-c", "ls workspaces"}, {"audit"},
                {"apply", "none.csv"}}) {
            String[] all = new String[args.length + 2];
            all[0] = "--endpoint";
            all[1] = withPassword;
            System.arraycopy(args, 0, all, 2, args.length);
            CommandRunner.Result r = run(all);
            assertEquals(ExitCodes.USAGE, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("lsorg: --endpoint: endpoint must not contain a user name or password"),
                    r.err());
            assertFalse((r.out() + r.err()).contains("hunter2pw"), r.out() + r.err());
        }
        assertEquals(0, emulator.requestLog().entries().size(), "nothing was sent");
    }

    @Test
    void plainHttpToAnotherHostNeedsTheFlagAndThenWarns() {
        CommandRunner.Result refused = run("--endpoint", remoteLooking(), "whoami");
        assertEquals(ExitCodes.USAGE, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("would send the API key unencrypted; use https, or pass --insecure-http"),
                refused.err());
        assertEquals(0, emulator.requestLog().entries().size(), "the key was not sent");

        String warning = "lsorg: warning: plain http to " + remoteLooking() + ": the API key is sent unencrypted";
        CommandRunner.Result whoami = run("--endpoint", remoteLooking(), "--insecure-http", "whoami");
        assertEquals(ExitCodes.OK, whoami.exitCode(), whoami.err());
        assertTrue(whoami.err().startsWith(warning), whoami.err());
        CommandRunner.Result audit = run("--endpoint", remoteLooking(), "--insecure-http", "audit");
        assertEquals(ExitCodes.OK, audit.exitCode(), audit.err());
        assertTrue(audit.err().startsWith(warning), audit.err());
        CommandRunner.Result shell = run("--endpoint", remoteLooking(), "--insecure-http", "shell", "-c", "ls roles");
        assertTrue(shell.err().startsWith(warning), shell.err());
        CommandRunner.Result loopback = run("--endpoint", emulator.endpoint(), "whoami");
        assertEquals(ExitCodes.OK, loopback.exitCode(), loopback.err());
        assertEquals("", loopback.err(), "loopback needs no flag and gets no warning");
    }

    @Test
    void aProfileCanAllowPlainHttpToo() throws IOException {
        Path config = dir.resolve("config/lsorg/config.toml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[profiles.lab]\nendpoint = \"" + remoteLooking() + "\"\ninsecure_http = true\n");
        CommandRunner.Result r = run("--profile", "lab", "whoami");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.err().contains("the API key is sent unencrypted"), r.err());
    }

    @Test
    void theConsoleHeaderIsToldToo() throws Exception {
        GlobalOptions global = new GlobalOptions();
        global.endpoint = remoteLooking();
        global.insecureHttp = true;
        StringWriter warnings = new StringWriter();
        try (OrgConnection conn = OrgConnection.open(global, CommandRunner.isolated(dir, env).config(),
                TestClock.pinned(), new PrintWriter(warnings, true))) {
            assertTrue(ConsoleCommand.connection(conn, global).insecureHttp());
            assertTrue(warnings.toString().contains("the API key is sent unencrypted"), warnings.toString());
        }
        global.endpoint = emulator.endpoint();
        try (OrgConnection conn = OrgConnection.open(global, CommandRunner.isolated(dir, env).config(),
                TestClock.pinned(), null)) {
            assertFalse(ConsoleCommand.connection(conn, global).insecureHttp());
        }
    }
}
