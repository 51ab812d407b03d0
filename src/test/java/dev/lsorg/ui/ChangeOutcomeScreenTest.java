package dev.lsorg.ui;

import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.Orphaned;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.VirtualRetryTimer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the console says when a change's answer is lost: "unknown, checking…" while it reads the org again, then
 * what it found; a second change to the same object waits, named, until the first has settled; a key whose secret
 * was lost is offered for replacement, never resent; a change a killed run left open is checked at start.
 */
class ChangeOutcomeScreenTest {
    @TempDir
    Path dir;

    @Test
    void aLateAnswerShowsUnknownCheckingThenDoneAndASecondChangeToTheMemberWaits() throws Exception {
        VirtualRetryTimer timer = new VirtualRetryTimer();
        try (ChangeHarness c = new ChangeHarness(dir, ChangeHarness.Setup.lossy(timer, Duration.ofMillis(200)))) {
            String email = DemoOrg.member(c.org.load(), "ORGANIZATION_USER",
                    DemoOrg.workspace(c.org.load(), "Research")).email();
            c.emulator.faults().latency(500, 0).onlyFor("PATCH").forNext(1);
            CompletableFuture<Void> held = timer.holdNext();
            c.select('2', email);
            c.h.type("o");
            c.h.press(KeyType.ArrowLeft);
            c.h.press(KeyType.Enter);
            Mutation m = c.confirming();
            assertEquals("Change " + email + "'s org role from Organization User to Organization Admin", m.title());
            c.h.type("y");
            timer.awaitHeld(held);
            status(c, "Unknown, checking…: " + m.title() + " (its answer was lost (No answer from LangSmith within"
                    + " 0.2 s)); reading the org to learn what happened");
            c.assertScreenHas(" Unknown, checking…: Change " + email);

            // the member is the object of a change in flight: a second change to them is refused, naming it
            c.h.type("o");
            status(c, "Not now: '" + m.title() + "' has an unknown outcome that is being checked (sent 0 s ago);"
                    + " wait for its outcome, then try again");
            assertTrue(c.state().overlay() instanceof dev.lsorg.app.Overlay.None, "no form built from the old role");

            c.emulator.requestLog().await(e -> e.method().equals("PATCH"), 1, Duration.ofSeconds(10));
            timer.release();
            c.awaitOutcome();
            assertEquals("Unknown → done: " + m.title() + " (its answer was lost; the org shows it: " + email
                    + " is Organization Admin)", c.state().status().text());
            c.h.type("o");
            assertEquals("Organization Admin", ((ChangeDialog.Form) c.dialog()).value("role"),
                    "the next change starts from the state after the first");
            assertEquals(1, c.changes().size(), "one PATCH for one confirmed change");
            assertEquals(List.of("intent", "done"), new Journal(c.journal).read().stream()
                    .map(JournalEntry::outcome).toList());
        }
    }

    /** Waits until the status line's message starts with {@code text} (it may be wider than the screen). */
    private static void status(ChangeHarness c, String text) {
        c.h.pumpUntil(() -> c.state().status().text().startsWith(text), "status '" + text + "'; it is '"
                + c.state().status().text() + "'");
    }

    @Test
    void aKeyWhoseSecretWasLostIsOfferedForReplacementNotResent() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir, ChangeHarness.Setup.lossy(new VirtualRetryTimer(),
                Duration.ofSeconds(2)))) {
            c.emulator.faults().dropRate(1.0).onlyFor("POST").forNext(1);
            c.h.type("4n");
            c.h.type("ci token");
            c.h.press(KeyType.Enter);
            c.h.type("y");
            c.h.waitFor("The new key's secret could not be shown");
            c.awaitOutcome();
            ChangeDialog.KeyLost lost = (ChangeDialog.KeyLost) c.dialog();
            c.assertScreenHas("r: revoke it and create a new key like it");
            c.h.type("r");
            Mutation replace = c.confirming();
            assertEquals("Replace service key 'ci token' (revoke " + lost.keyId() + ", create a new one)",
                    replace.title());
            c.h.type("y");
            c.h.waitFor("Store it now: it is shown only this once");
            assertTrue(c.dialog() instanceof ChangeDialog.SecretShown);
            assertEquals(List.of("POST /api/v1/orgs/current/service-keys",
                    "DELETE /api/v1/orgs/current/service-keys/" + lost.keyId(),
                    "POST /api/v1/orgs/current/service-keys"), c.changes().stream().map(e -> e.method() + " "
                    + e.path()).toList());
        }
    }

    @Test
    void aChangeAKilledRunLeftOpenIsCheckedAtStart() throws Exception {
        String[] title = new String[1];
        try (ChangeHarness c = new ChangeHarness(dir, ChangeHarness.Setup.NORMAL, (org, journal) -> {
            // what a kill leaves behind: the intent is on disk, the request reached the server, no outcome
            Mutation m = new MutationFactory(org.client, org.load(), false, org.clock)
                    .invite("killed@x.com", null, null, null).mutation();
            Orphaned.intent(new Journal(journal), m, Orphaned.deadPid(), org.clock.instant());
            await(org.client.send(m.requests().get(0)));
            title[0] = m.title();
        })) {
            status(c, "Checked a change from an earlier run: " + title[0] + " (");
            assertTrue(c.state().status().text().endsWith("): unknown → done (an invite for killed@x.com is listed)"),
                    c.state().status().text());
            c.h.type(":messages");
            c.h.press(KeyType.Enter);
            c.h.waitFor("1 change from an earlier run has no recorded");
            List<RequestLog.Entry> invites = c.changes();
            assertEquals(1, invites.size(), "the change was not sent again");
            assertEquals(List.of("done"), new Journal(c.journal).history().stream().map(JournalEntry::outcome)
                    .toList());
        }
    }
}
