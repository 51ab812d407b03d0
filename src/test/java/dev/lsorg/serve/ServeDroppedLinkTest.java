package dev.lsorg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dropped SSH link in the middle of a change: the change still completes, both its journal lines are written
 * with the person, their key and the API key's short form, and the server says how it ended. Each journal line of
 * a served change records who made it.
 */
class ServeDroppedLinkTest {
    @TempDir
    Path dir;

    @Test
    void aChangeInFlightWhenTheLinkDropsCompletesAndIsJournalledWithItsAuthor() throws Exception {
        KeyPair alice = ServeHarness.newKey();
        try (DemoOrg org = DemoOrg.start();
             ServeHarness serve = ServeHarness.startOn(dir, org, List.of(
                     ServeHarness.line("lsorg-user=\"alice\",lsorg-access=\"write\"", alice)))) {
            SshConsole a = serve.console(alice, 100, 30);
            a.screen.await("Workspaces (6)");
            a.type("2");
            a.screen.await("i invite");
            a.settled().type("i");
            a.screen.await("Invite people to the org");
            a.type("dropped.link@example.com\r\r");
            a.screen.await("[ Confirm ]");
            // The invite's answer takes a while: long enough to drop the link while it is in flight.
            org.emulator.faults().latency(1500, 0).onlyFor("POST").forNext(1);
            // read it first: a confirmation takes no answer in its first moment on screen
            serve.clock.advance(dev.lsorg.app.TypeAhead.DWELL);
            a.type("y");
            a.screen.await("Sending: Invite dropped.link@example.com");
            a.session.close(true);

            serve.out.await("alice (write) [session already ended]: Done: Invite dropped.link@example.com",
                    ServeHarness.LIMIT);
            List<JournalEntry> lines = new Journal(serve.journal()).read();
            assertEquals(List.of(JournalEntry.INTENT, JournalEntry.OUTCOME), lines.stream().map(JournalEntry::phase)
                    .toList(), "written ahead, then the outcome");
            for (JournalEntry e : lines) {
                assertEquals("alice", e.person());
                assertEquals(KeyUtils.getFingerPrint(alice.getPublic()), e.sshKey());
                assertTrue(e.apiKey().startsWith("lsv2_") && e.apiKey().contains("..."), e.apiKey());
            }
            assertEquals("done", lines.get(1).outcome());
            var members = Await.await(org.client.orgMembers().list());
            assertTrue(members.pending().stream().anyMatch(p -> p.email().equals("dropped.link@example.com")));
        }
    }
}
