package dev.lsorg.serve;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * Public-key authentication against the authorized keys: a listed key lets its person in with their access (kept on
 * the SSH session for the console), any other key is refused and logged with the source address and its
 * fingerprint. An address that offers more than {@link #MAX_FAILURES} refused keys within {@link #WINDOW} is
 * refused outright until the window ends (its attempts are then neither checked nor logged one by one), so a
 * scanner cannot fill the log or try keys at speed. Time is the injected clock's.
 */
final class Gatekeeper implements PublickeyAuthenticator {
    /** The grant of an authenticated session. */
    static final AttributeRepository.AttributeKey<Grant> GRANT = new AttributeRepository.AttributeKey<>();
    /** Refused keys allowed per address per window (ssh-agent users offer several keys before the right one). */
    static final int MAX_FAILURES = 10;
    /** The window refused keys are counted in. */
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final KeyRing keys;
    private final ServeLog log;
    private final Clock clock;
    private final Map<String, Tally> tallies = new HashMap<>();

    private static final class Tally {
        Instant start;
        int failures;
        boolean blockLogged;
    }

    Gatekeeper(KeyRing keys, ServeLog log, Clock clock) {
        this.keys = keys;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        String from = address(session.getClientAddress());
        if (blocked(from)) {
            session.close(false);
            return false;
        }
        Grant grant = keys.current().find(key);
        if (grant == null) {
            refused(from, username, key);
            return false;
        }
        session.setAttribute(GRANT, grant);
        return true;
    }

    private synchronized boolean blocked(String from) {
        Tally t = tally(from);
        if (t.failures < MAX_FAILURES) {
            return false;
        }
        if (!t.blockLogged) {
            t.blockLogged = true;
            log.event("refusing every key from " + from + " until " + t.start.plus(WINDOW) + " after "
                    + t.failures + " refused keys");
        }
        return true;
    }

    private void refused(String from, String username, PublicKey key) {
        synchronized (this) {
            tally(from).failures++;
        }
        log.event("refused key " + KeyUtils.getFingerPrint(key) + " from " + from + " (ssh user '" + username
                + "'): not in the authorized keys");
    }

    private Tally tally(String from) {
        Instant now = clock.instant();
        Tally t = tallies.computeIfAbsent(from, k -> new Tally());
        if (t.start == null || !now.isBefore(t.start.plus(WINDOW))) {
            t.start = now;
            t.failures = 0;
            t.blockLogged = false;
        }
        // Forget quiet addresses so the table cannot grow without bound.
        tallies.values().removeIf(x -> x != t && !now.isBefore(x.start.plus(WINDOW)));
        return t;
    }

    static String address(SocketAddress a) {
        return a instanceof InetSocketAddress i ? i.getAddress().getHostAddress() : String.valueOf(a);
    }
}
