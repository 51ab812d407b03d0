package dev.lsorg.app.mutation;

import static dev.lsorg.app.mutation.MutationAssertions.confirmed;
import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.OrgData;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.VirtualRetryTimer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lost answers beyond one request each: reads that fail too until the network is back, a new key whose secret went
 * with its answer (replaced, never resent), and a change of several requests checked one by one.
 */
class LostAnswerCasesTest {
    @TempDir
    Path dir;

    @Test
    void faultsOnEveryRequestUntilAfterUnknownStillEndInDone() {
        try (LostAnswers la = new LostAnswers(dir, new VirtualRetryTimer(), Duration.ofSeconds(2))) {
            Mutation m = la.factory().invite("stormy@x.com", null, null, null).mutation();
            // the invite's answer is lost, then the next reads fail too, then the network is back
            la.demo.emulator.faults().dropRate(1.0).forNext(12);
            Outcome o = await(la.runner.run(confirmed(m)));
            assertEquals(Outcome.Status.DONE, o.status(), o.message());
            assertEquals(Verdict.DONE_AFTER_CHECK, o.results().get(0).verdict());
            assertEquals("Unknown → done: Invite stormy@x.com to the org as Organization User (its answer was lost;"
                    + " the org shows it: an invite for stormy@x.com is listed)", o.message());
            List<RequestLog.Entry> reads = la.demo.emulator.requestLog().entries().stream()
                    .filter(e -> e.method().equals("GET") && "drop".equals(e.fault())).toList();
            assertTrue(reads.size() >= 5, "the checks kept reading while the network failed: " + reads.size());
            assertEquals(1, la.changes().size());
            la.journaled(m, Outcome.Status.DONE);
        }
    }

    @Test
    void aNewKeyFoundAfterALostAnswerIsReplacedNeverResent() {
        try (LostAnswers la = new LostAnswers(dir, new VirtualRetryTimer(), Duration.ofSeconds(2))) {
            Mutation create = la.factory().createKey("ci token", "Organization Viewer", null, null, 30).mutation();
            la.demo.emulator.faults().dropRate(1.0).onlyFor("POST").forNext(1);
            Outcome lost = await(la.runner.run(confirmed(create)));
            assertEquals(Outcome.Status.DONE, lost.status(), lost.message());
            assertTrue(lost.secret().isEmpty(), "the secret went with the answer");
            java.util.UUID found = lost.lostKey().orElseThrow();
            assertEquals(List.of(found), la.demo.load().serviceKeys().stream()
                    .filter(k -> k.description().equals("ci token")).map(k -> k.id()).toList());
            assertEquals(Outcome.Status.ALREADY_RUN, await(la.runner.run(confirmed(create))).status(),
                    "the same change is never sent again");

            Mutation replace = la.factory().replaceLostKey(found, create).mutation();
            assertEquals("Replace service key 'ci token' (revoke " + found + ", create a new one)", replace.title());
            Outcome o = await(la.runner.run(confirmed(replace)));
            assertEquals(Outcome.Status.DONE, o.status(), o.message());
            assertTrue(o.secret().orElseThrow().startsWith("lsv2_sk_"), "the new secret is shown once");
            List<String> sent = la.changes().stream().map(e -> e.method() + " " + e.path()).toList();
            assertEquals(List.of("POST /api/v1/orgs/current/service-keys",
                    "DELETE /api/v1/orgs/current/service-keys/" + found, "POST /api/v1/orgs/current/service-keys"),
                    sent);
            assertEquals(1, ChangeKinds.keys(la.demo.load(), "ci token"), "one usable key, the lost one gone");
        }
    }

    @Test
    void aLostAnswerOfSeveralRequestsIsCheckedRequestByRequest() {
        try (LostAnswers la = new LostAnswers(dir, new VirtualRetryTimer(), Duration.ofSeconds(2))) {
            OrgData org = la.demo.load();
            List<String> two = List.of(DemoOrg.member(org, "ORGANIZATION_USER", DemoOrg.workspace(org, "Research"))
                    .email(), DemoOrg.member(org, "ORGANIZATION_USER", DemoOrg.workspace(org, "Staging")).email());
            Mutation m = la.factory().changeOrgRole(two, "Organization Viewer").mutation();
            la.demo.emulator.faults().errorRate(1.0).onlyFor("PATCH").forNext(1);
            Outcome o = await(la.runner.run(confirmed(m)));
            assertEquals(Outcome.Status.PARTIAL, o.status(), o.message());
            assertEquals(List.of(Verdict.NOT_DONE_AFTER_CHECK, Verdict.DONE), o.results().stream()
                    .map(RequestResult::verdict).toList());
            assertTrue(o.message().startsWith("Partly done, 1 of 2: " + two.get(0) + ": unknown → not done"),
                    o.message());
            assertEquals(2, la.changes().size());
        }
    }
}
