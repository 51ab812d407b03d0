package dev.lsorg.serve;

import dev.lsorg.app.Action;
import dev.lsorg.app.ChangeEffects;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Connection;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.ClientOrgReader;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.apache.sshd.common.global.KeepAliveHandler;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.global.NoMoreSessionsHandler;

/**
 * {@code lsorg serve}: the console served over SSH with Apache MINA SSHD. Public-key authentication only, against
 * the authorized keys; session channels only, each a console ({@link ConsoleShell}); no exec, subsystem or
 * forwarding of any kind. All sessions share one API client through one {@link OrgHub} and write one journal.
 */
public final class ServeServer implements AutoCloseable {
    private final SshServer sshd;
    private final KeyRing keys;
    private final SessionTable table;
    private final HostKey hostKey;
    private final ServeLog log;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ServeServer(SshServer sshd, KeyRing keys, SessionTable table, HostKey hostKey, ServeLog log) {
        this.sshd = sshd;
        this.keys = keys;
        this.table = table;
        this.hostKey = hostKey;
        this.log = log;
    }

    /**
     * Starts serving the org through {@code client}, changed through {@code changes} (the same client, one journal);
     * {@code host} are the facts of the host's key for every header. Problems with the key files or the port stop
     * it with a {@link ServeException} before anyone is served.
     */
    public static ServeServer start(ServeOptions o, LangSmithClient client, ChangeSupport changes, Connection host,
                                    ServeLog log) throws ServeException {
        // First of all: SSHD's key utilities list the key types they can read once, when they first load.
        JdkEd25519Registrar.install();
        SshLogProvider.sendTo(log);
        HostKey hostKey = HostKey.loadOrCreate(o.hostKey());
        AuthorizedKeys.Result first = AuthorizedKeys.read(o.authorizedKeys());
        first.problems().forEach(p -> log.event(p));
        OrgHub hub = new OrgHub(new ClientOrgReader(client), o.clock(), o.shareWindow(), System::nanoTime, log);
        SessionTable table = new SessionTable(o.maxSessions(), o.clock());
        KeyRing keys = new KeyRing(o.authorizedKeys(), first, log, table::revoke);
        SessionKit kit = new SessionKit(client, hub, log, o, host, changes, table);
        SshServer sshd = sshd(o, hostKey, new Gatekeeper(keys, log, o.clock()), kit);
        ServeServer server = new ServeServer(sshd, keys, table, hostKey, log);
        server.listen(o);
        keys.watch(o.watchEvery());
        checkOrphans(changes, o, log);
        return server;
    }

    private static SshServer sshd(ServeOptions o, HostKey hostKey, Gatekeeper gate, SessionKit kit) {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(o.listen());
        sshd.setPort(o.port());
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey.pair()));
        sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        sshd.setPublickeyAuthenticator(gate);
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);
        sshd.setChannelFactories(List.of(ConsoleChannel.factory(kit.log())));
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        sshd.setGlobalRequestHandlers(List.of(KeepAliveHandler.INSTANCE, NoMoreSessionsHandler.INSTANCE));
        sshd.setCommandFactory(null);
        sshd.setSubsystemFactories(List.of());
        sshd.setShellFactory(channel -> new ConsoleShell(kit));
        // lsorg ends idle consoles itself, with a warning; SSHD's own silent idle cut would come first.
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, java.time.Duration.ZERO);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(sshd, "lsorg");
        return sshd;
    }

    private void listen(ServeOptions o) throws ServeException {
        try {
            sshd.start();
        } catch (BindException e) {
            close();
            throw new ServeException("cannot listen on " + o.listen() + ":" + o.port() + ": "
                    + (e.getMessage() != null && e.getMessage().contains("in use") ? "the port is in use"
                    : e.getMessage()));
        } catch (IOException | RuntimeException e) {
            close();
            throw new ServeException("cannot listen on " + o.listen() + ":" + o.port() + ": " + e.getMessage());
        }
    }

    // Changes an earlier run (or a killed server) left without an outcome are checked once for the whole server.
    private static void checkOrphans(ChangeSupport changes, ServeOptions o, ServeLog log) {
        var io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lsorg-serve-orphans");
            t.setDaemon(true);
            return t;
        });
        new ChangeEffects(changes, a -> {
            if (a instanceof Action.StatusShown s) {
                log.event(s.status().text());
            }
        }, io, o.clock()).checkOrphans();
    }

    /** The port listened on (the chosen one when 0 was asked for). */
    public int port() {
        return sshd.getPort();
    }

    /** The host key's SHA256 fingerprint. */
    public HostKey hostKey() {
        return hostKey;
    }

    /** How many consoles are open. */
    public int sessions() {
        return table.size();
    }

    /** Whether {@code address} is a loopback address (a served console is then only reachable from this host). */
    public static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** Blocks until {@link #close()} (or the thread is interrupted, which closes the server). */
    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    /** Stops listening and ends every console; changes in flight still complete and are journalled. */
    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        table.endAll("the server is stopping");
        keys.close();
        table.close();
        try {
            sshd.stop(false);
        } catch (IOException e) {
            log.detail("stopping the SSH server: " + e);
        }
        log.flush();
        SshLogProvider.sendTo(null);
        stopped.countDown();
    }
}
