package dev.lsorg.serve;

import dev.lsorg.Main;
import dev.lsorg.cli.CliContext;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.KeyReader;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.TestClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/**
 * {@code lsorg serve} run in-process exactly as from a shell ({@link Main#run} with the test's clock and an isolated
 * environment), on an ephemeral port, and MINA's own SSH client pointed at it, pinned to the host key fingerprint
 * the server printed. Stopping interrupts the command, which closes the server as Ctrl-C would.
 */
final class ServeHarness implements AutoCloseable {
    static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");
    private static final Pattern HOST_KEY = Pattern.compile("host key (SHA256:\\S+)");

    static {
        // Before SSHD's key utilities first load: they list the key types they can read once, at that moment.
        JdkEd25519Registrar.install();
    }

    final Path dir;
    final TestClock clock;
    final Path authorizedKeys;
    final Transcript out = new Transcript();
    final Transcript err = new Transcript();
    private final Thread thread;
    private final AtomicInteger exit = new AtomicInteger(-1);
    private final SshClient client;
    final int port;
    final String fingerprint;

    private ServeHarness(Path dir, TestClock clock, List<String> args) {
        this(dir, clock, args, Map.of());
    }

    private ServeHarness(Path dir, TestClock clock, List<String> args, Map<String, String> env) {
        this.dir = dir;
        this.clock = clock;
        this.authorizedKeys = dir.resolve("authorized_keys");
        this.thread = new Thread(() -> exit.set(Main.run(args.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true), context(dir, clock, env))), "lsorg-serve-under-test");
        thread.start();
        String started = awaitStart();
        Matcher port = LISTENING.matcher(started);
        Matcher key = HOST_KEY.matcher(started);
        this.port = port.find() ? Integer.parseInt(port.group(1)) : -1;
        this.fingerprint = key.find() ? key.group(1) : "";
        this.client = client(fingerprint);
    }

    /** Starts {@code lsorg serve --demo} on a free port with {@code keys} as authorized-keys lines and more args. */
    static ServeHarness start(Path dir, TestClock clock, List<String> keys, String... more) throws IOException {
        Files.write(dir.resolve("authorized_keys"), keys, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("serve", "--demo", "--port", "0", "--authorized-keys",
                dir.resolve("authorized_keys").toString(), "--host-key", dir.resolve("host_key").toString()));
        args.addAll(List.of(more));
        return new ServeHarness(dir, clock, args);
    }

    /**
     * Starts {@code lsorg serve} on the emulator of {@code org} as on a real org (endpoint, org id, and the admin key
     * in {@code LANGSMITH_API_KEY}), so a test can put faults on it.
     */
    static ServeHarness startOn(Path dir, DemoOrg org, List<String> keys, String... more) throws IOException {
        Files.write(dir.resolve("authorized_keys"), keys, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("serve", "--endpoint", org.emulator.endpoint(), "--org",
                org.emulator.organizationId().toString(), "--port", "0", "--authorized-keys",
                dir.resolve("authorized_keys").toString(), "--host-key", dir.resolve("host_key").toString()));
        args.addAll(List.of(more));
        return new ServeHarness(dir, org.clock, args, Map.of("LANGSMITH_API_KEY", org.emulator.keys().orgAdminKey()));
    }

    /** The journal every session of this server writes. */
    Path journal() {
        return dir.resolve("state").resolve("lsorg").resolve("journal.jsonl");
    }

    /** A context that reads nothing of the machine: home, config and state below {@code dir}, plus {@code extra}. */
    static CliContext context(Path dir, TestClock clock, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME",
                dir.resolve("config").toString(), "XDG_STATE_HOME", dir.resolve("state").toString()));
        env.putAll(extra);
        ConfigLoader loader = new ConfigLoader(env, ConfigLoader.defaultConfigFile(env), KeyReader.shell());
        return CliContext.live(Map.copyOf(env), false, clock, loader);
    }

    private String awaitStart() {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        // The command either prints its listening line or ends (a bad option, a bad key file).
        while (System.nanoTime() < deadline) {
            if (out.text().contains("listening on")) {
                return out.text();
            }
            if (!thread.isAlive()) {
                throw new AssertionError("lsorg serve ended with " + exit.get() + ": " + err.text() + out.text());
            }
            try {
                out.await("listening on", Duration.ofMillis(200));
            } catch (AssertionError notYet) {
                // look at the thread again
            }
        }
        throw new AssertionError("lsorg serve did not start: " + err.text() + out.text());
    }

    private static SshClient client(String fingerprint) {
        JdkEd25519Registrar.install();
        SshClient c = SshClient.setUpDefaultClient();
        c.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        // Pinned, as an operator pins it in known_hosts: a wrong host key fails the connection.
        c.setServerKeyVerifier((session, address, key) -> KeyUtils.getFingerPrint(key).equals(fingerprint));
        c.start();
        return c;
    }

    /** A new ed25519 key pair (an operator's key). */
    static KeyPair newKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The authorized-keys line for {@code key}, with its options. */
    static String line(String options, KeyPair key) {
        return (options.isEmpty() ? "" : options + " ") + PublicKeyEntry.toString(key.getPublic()) + " test";
    }

    /** Connects and authenticates with {@code key}; an unlisted key fails here. */
    ClientSession login(KeyPair key) throws IOException {
        ClientSession s = client.connect("operator", "127.0.0.1", port).verify(LIMIT).getSession();
        s.addPublicKeyIdentity(key);
        s.auth().verify(LIMIT);
        return s;
    }

    /** A console: a shell channel with a PTY of {@code cols} x {@code rows} and TERM xterm-256color. */
    SshConsole console(KeyPair key, int cols, int rows) throws IOException {
        return SshConsole.open(login(key), cols, rows);
    }

    /** Rewrites the authorized keys (the server notices within seconds). */
    void authorize(List<String> keys) throws IOException {
        Path tmp = dir.resolve("authorized_keys.new");
        Files.write(tmp, keys, StandardCharsets.UTF_8);
        // As an editor saves: a new file renamed over the old one.
        Files.move(tmp, authorizedKeys, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Stops the server (as Ctrl-C) and returns its exit code. */
    int stop() throws InterruptedException {
        client.stop();
        thread.interrupt();
        thread.join(LIMIT.toMillis());
        return exit.get();
    }

    @Override
    public void close() throws Exception {
        if (thread.isAlive()) {
            stop();
        }
    }
}
