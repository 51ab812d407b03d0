package dev.lsorg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.Main;
import dev.lsorg.testing.TestClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lsorg serve} with bad input: a malformed authorized-keys line is reported with its file and line and the
 * rest still load; a host key file that cannot be read, or a port in use, stops it with one line and exit code 2.
 * The host key is made once, 0600, and its fingerprint printed; a non-loopback address is named in a warning.
 */
class ServeStartTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                ServeHarness.context(dir, TestClock.pinned(), Map.of()));
        return new Run(code, out.toString(), err.toString());
    }

    private List<String> args(String... more) {
        List<String> a = new ArrayList<>(List.of("serve", "--demo", "--port", "0", "--authorized-keys",
                dir.resolve("authorized_keys").toString(), "--host-key", dir.resolve("host_key").toString()));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLineAndTheOthersStillGetIn() throws Exception {
        KeyPair alice = ServeHarness.newKey();
        KeyPair bob = ServeHarness.newKey();
        List<String> lines = List.of("# the team", "not a key at all",
                ServeHarness.line("lsorg-user=\"alice\"", alice),
                ServeHarness.line("lsorg-user=\"bob\",lsorg-access=\"admin\"", bob),
                ServeHarness.line("from=\"10.0.0.0/8\",lsorg-user=\"bob\"", bob));
        try (ServeHarness serve = ServeHarness.start(dir, TestClock.pinned(), lines)) {
            String out = serve.out.text();
            String file = dir.resolve("authorized_keys").toString();
            assertTrue(out.contains(file + ":2: not a key line"), out);
            assertTrue(out.contains(file + ":4: lsorg-access must be read or write; skipped"), out);
            assertTrue(out.contains(file + ":5: option 'from' is not enforced by lsorg serve"), out);
            serve.console(alice, 80, 24).screen.await("alice (read)");
            try {
                serve.login(bob).close();
                throw new AssertionError("a skipped line's key got in");
            } catch (java.io.IOException refused) {
                // expected
            }
        }
    }

    @Test
    void theHostKeyIsMadeOnceOwnerOnlyAndItsFingerprintPrinted() throws Exception {
        try (ServeHarness first = ServeHarness.start(dir, TestClock.pinned(), List.of())) {
            assertTrue(first.out.text().contains("host key " + first.fingerprint + " (ed25519, made now and saved in"),
                    first.out.text());
        }
        Path key = dir.resolve("host_key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertTrue(Files.readString(key).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
        try (ServeHarness second = ServeHarness.start(dir, TestClock.pinned(), List.of())) {
            assertTrue(second.out.text().contains("host key " + second.fingerprint + " (ed25519, from "),
                    second.out.text());
            assertTrue(second.fingerprint.startsWith("SHA256:"));
        }
    }

    @Test
    void anUnreadableHostKeyStopsTheServerWithOneLine() throws Exception {
        Files.writeString(dir.resolve("authorized_keys"), "");
        Path key = dir.resolve("host_key");
        Files.writeString(key, "this is not a key\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Run r = run(args().toArray(String[]::new));
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("lsorg serve: the host key " + key + " is not an ed25519 private key in OpenSSH format\n",
                r.err());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Run loose = run(args().toArray(String[]::new));
        assertEquals(2, loose.code());
        assertTrue(loose.err().contains("may be read or written by others; run chmod 600"), loose.err());
    }

    @Test
    void aPortInUseIsOneLineAndExitTwo() throws Exception {
        Files.writeString(dir.resolve("authorized_keys"), "", StandardCharsets.UTF_8);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> a = args();
            a.set(a.indexOf("--port") + 1, String.valueOf(taken.getLocalPort()));
            Run r = run(a.toArray(String[]::new));
            assertEquals(2, r.code(), r.out() + r.err());
            assertEquals("lsorg serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use\n",
                    r.err());
        }
    }

    @Test
    void aMissingAuthorizedKeysFileIsOneLineAndExitTwo() {
        Run r = run(args().toArray(String[]::new));
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("lsorg serve: no authorized keys file " + dir.resolve("authorized_keys")),
                r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void onlyLoopbackAddressesAreQuietlyLocal() {
        assertTrue(ServeServer.loopback("127.0.0.1"));
        assertTrue(ServeServer.loopback("::1"));
        assertFalse(ServeServer.loopback("0.0.0.0"));
        assertFalse(ServeServer.loopback("192.0.2.10"));
    }
}
