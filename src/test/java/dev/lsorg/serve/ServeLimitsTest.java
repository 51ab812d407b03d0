package dev.lsorg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.testing.TestClock;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of {@code lsorg serve}: a key taken out of the file ends its person's session, the session after the
 * maximum is turned away with a message, and an idle session is warned a minute ahead, then ended (on the injected
 * clock: the test moves it, nothing waits for real minutes).
 */
class ServeLimitsTest {
    @TempDir
    Path dir;
    final KeyPair alice = ServeHarness.newKey();
    final KeyPair bob = ServeHarness.newKey();

    private List<String> both() {
        return List.of(ServeHarness.line("lsorg-user=\"alice\",lsorg-access=\"write\"", alice),
                ServeHarness.line("lsorg-user=\"bob\"", bob));
    }

    @Test
    void removingAKeyFromTheFileEndsThatPersonsSessionOnly() throws Exception {
        try (ServeHarness serve = ServeHarness.start(dir, TestClock.pinned(), both());
             SshConsole a = serve.console(alice, 80, 24); SshConsole b = serve.console(bob, 80, 24)) {
            a.screen.await("alice (write)");
            b.screen.await("bob (read)");
            serve.authorize(List.of(ServeHarness.line("lsorg-user=\"alice\",lsorg-access=\"write\"", alice)));
            b.awaitClosed();
            assertTrue(b.screen.raw().contains("lsorg: session ended: your key was removed from the authorized keys"),
                    b.screen.raw());
            serve.out.await("bob (read) logged out", ServeHarness.LIMIT);
            assertTrue(a.channel.isOpen(), "alice's session goes on");
            assertThrowsLogin(serve, bob);
        }
    }

    private static void assertThrowsLogin(ServeHarness serve, KeyPair key) {
        try {
            serve.login(key).close();
            throw new AssertionError("a removed key still gets in");
        } catch (java.io.IOException refused) {
            // expected: the key is no longer listed
        }
    }

    @Test
    void theSessionAfterTheMaximumIsTurnedAwayWithAMessage() throws Exception {
        try (ServeHarness serve = ServeHarness.start(dir, TestClock.pinned(), both(), "--max-sessions", "2");
             SshConsole a = serve.console(alice, 80, 24); SshConsole b = serve.console(bob, 80, 24)) {
            a.screen.await("alice (write)");
            b.screen.await("bob (read)");
            try (SshConsole third = serve.console(alice, 80, 24)) {
                Integer status = third.awaitClosed();
                assertTrue(third.screen.raw().contains("lsorg: all 2 sessions of this server are in use; try again"
                        + " later"), third.screen.raw());
                assertTrue(status != null && status == 1, "exit status " + status);
            }
            b.type("q");
            b.awaitClosed();
            try (SshConsole again = serve.console(alice, 80, 24)) {
                again.screen.await("alice (write)");
            }
        }
    }

    @Test
    void anIdleSessionIsWarnedAMinuteAheadThenEnded() throws Exception {
        TestClock clock = TestClock.pinned();
        try (ServeHarness serve = ServeHarness.start(dir, clock, both(), "--idle-timeout", "5");
             SshConsole b = serve.console(bob, 80, 24)) {
            b.screen.await("Workspaces (6)");
            clock.advance(Duration.ofMinutes(3));
            b.type("2");
            b.screen.await("Members (");
            // A key was pressed at minute 3: the warning comes at minute 7, not at minute 4.
            clock.advance(Duration.ofMinutes(3).plusSeconds(30));
            b.type("1");
            b.screen.await("Workspaces (6)");
            assertTrue(!b.screen.text().contains("this session ends in a minute"), b.screen.text());
            clock.advance(Duration.ofMinutes(4).plusSeconds(1));
            b.screen.await("No key pressed for 4 min: this session ends in a minute unless you press a key");
            clock.advance(Duration.ofMinutes(1));
            b.awaitClosed();
            assertTrue(b.screen.raw().contains("lsorg: session ended: no key was pressed for 5 min"), b.screen.raw());
        }
    }

    @Test
    void anAddressThatKeepsOfferingUnknownKeysIsRefusedForTheRestOfTheMinute() throws Exception {
        TestClock clock = TestClock.pinned();
        try (ServeHarness serve = ServeHarness.start(dir, clock, both())) {
            KeyPair stranger = ServeHarness.newKey();
            for (int i = 0; i < Gatekeeper.MAX_FAILURES; i++) {
                assertThrowsLogin(serve, stranger);
            }
            // Now even a listed key from that address is turned away, and the block is logged once.
            assertThrowsLogin(serve, alice);
            serve.out.await("refusing every key from 127.0.0.1 until", ServeHarness.LIMIT);
            clock.advance(Gatekeeper.WINDOW);
            try (SshConsole a = serve.console(alice, 80, 24)) {
                a.screen.await("alice (write)");
            }
        }
    }
}
