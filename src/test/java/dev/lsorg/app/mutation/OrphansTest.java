package dev.lsorg.app.mutation;

import static dev.lsorg.app.mutation.MutationAssertions.confirmed;
import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.VirtualRetryTimer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change whose process died between its intent line and its outcome: the next start lists it, learns from the
 * org whether it happened, records the outcome, and never sends it again; changes of running processes are left
 * alone.
 */
class OrphansTest {
    @TempDir
    Path dir;

    @Test
    void anIntentWithoutOutcomeIsCheckedOnceAndClosed() {
        try (LostAnswers la = new LostAnswers(dir, new VirtualRetryTimer(), Duration.ofSeconds(2))) {
            MutationFactory f = la.factory();
            Mutation landed = f.invite("landed@x.com", null, null, null).mutation();
            Mutation lost = f.setInvites(false).mutation();
            long dead = Orphaned.deadPid();
            Orphaned.intent(la.journal, landed, dead, la.demo.clock.instant());
            Orphaned.intent(la.journal, lost, dead, la.demo.clock.instant());
            // the first reached the server before the kill, the second never left
            await(la.demo.client.send(landed.requests().get(0)));
            int sent = la.changes().size();

            Orphans orphans = new Orphans(la.client, la.journal, la.demo.clock, la.runner.policy());
            List<JournalEntry> open = await(orphans.find());
            assertEquals(List.of(landed.id(), lost.id()), open.stream().map(JournalEntry::id).toList());
            String when = la.demo.clock.instant().toString().replace('T', ' ').substring(0, 19) + " UTC";
            assertEquals("2 changes from an earlier run have no recorded outcome: " + landed.title() + " (" + when
                    + "); " + lost.title() + " (" + when + "); checking the org", Orphans.heading(open));

            List<Orphans.Report> reports = await(orphans.reconcile(open));
            assertEquals(List.of(Outcome.Status.DONE, Outcome.Status.NOT_DONE), reports.stream()
                    .map(Orphans.Report::status).toList());
            assertEquals(landed.title() + " (" + when + "): unknown → done (an invite for landed@x.com is listed)",
                    reports.get(0).message());
            assertTrue(reports.get(1).message().endsWith("unknown → not done (invites_enabled is still true)"),
                    reports.get(1).message());
            assertEquals(sent, la.changes().size(), "nothing was sent again");
            assertEquals(List.of(), await(orphans.find()), "each is closed by its outcome line");
            assertEquals(List.of("done", "not-done"), la.journal.history().stream().map(JournalEntry::outcome)
                    .toList());
        }
    }

    @Test
    void changesOfRunningProcessesAreNotOrphans() {
        try (LostAnswers la = new LostAnswers(dir, new VirtualRetryTimer(), Duration.ofSeconds(2))) {
            Mutation m = la.factory().invite("inflight@x.com", null, null, null).mutation();
            long other = ProcessHandle.current().parent().orElseThrow().pid();
            Orphaned.intent(la.journal, m, other, la.demo.clock.instant());
            Orphaned.intent(la.journal, m, ProcessHandle.current().pid(), la.demo.clock.instant());
            assertEquals(List.of(), la.journal.open(ProcessHandle.current().pid()),
                    "another lsorg still running, or this one: the change is in flight, not lost");
            assertEquals(List.of("intent"), la.journal.history().stream().map(JournalEntry::outcome).toList(),
                    "the history shows the change once, with no outcome yet");
        }
    }

    @Test
    void aChangeThatIsStillUnknownIsCheckedAgainAtTheNextStart() throws Exception {
        try (LostAnswers la = new LostAnswers(dir, new VirtualRetryTimer(), Duration.ofSeconds(2))) {
            Mutation m = la.factory().invite("twice.checked@x.com", null, null, null).mutation();
            // the answer is lost, and so is every read for longer than lsorg keeps checking
            MutationRunner brief = new MutationRunner(la.client, la.journal, la.context(), false,
                    la.demo.clock, new ReconcilePolicy(Duration.ZERO, Duration.ofMillis(500), Duration.ofMillis(100),
                    Duration.ofMillis(100)));
            la.demo.emulator.faults().dropRate(1.0).forNext(1000);
            Outcome o = await(brief.run(confirmed(m)));
            la.demo.emulator.faults().reset();
            assertEquals(Outcome.Status.UNKNOWN, o.status(), o.message());
            assertEquals(Verdict.UNKNOWN, o.results().get(0).verdict());
            assertTrue(o.message().contains("still unknown after checking for 0.5 s (the reads got no answer either"),
                    o.message());
            // a later start (another process; this one is gone by then) finds it open, and now the org answers
            String lines = Files.readString(la.journal.file());
            Files.writeString(la.journal.file(), lines.replace("\"pid\":" + ProcessHandle.current().pid() + ",",
                    "\"pid\":" + Orphaned.deadPid() + ","));
            Orphans next = new Orphans(la.client, la.journal, la.demo.clock, la.runner.policy());
            List<JournalEntry> open = la.journal.open(-1);
            assertEquals(1, open.size());
            assertEquals(Outcome.Status.DONE, await(next.reconcile(open)).get(0).status());
            assertEquals(List.of(), la.journal.open(-1));
        }
    }
}
