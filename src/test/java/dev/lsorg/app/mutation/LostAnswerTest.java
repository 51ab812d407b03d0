package dev.lsorg.app.mutation;

import static dev.lsorg.app.mutation.MutationAssertions.confirmed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.emulator.Faults;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.Json;
import dev.lsorg.model.OrgData;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.VirtualRetryTimer;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of change whose answer the emulator loses: the connection dropped after the server acted, an
 * unreadable answer, and a 5xx that came before it acted. lsorg sends each change exactly once, says "unknown"
 * and checks, and what it finally reports is what a fresh load of the org shows; the journal holds the change's
 * intent and outcome. Waits between checks are virtual, so this takes no longer than the requests themselves.
 */
class LostAnswerTest {
    @TempDir
    Path dir;

    @Test
    void aDroppedConnectionAfterTheServerActedIsFoundDone() {
        everyKind(f -> f.dropRate(1.0), true);
    }

    @Test
    void anUnreadableAnswerIsFoundDone() {
        everyKind(f -> f.malformedRate(1.0), true);
    }

    @Test
    void aServerErrorBeforeItActedIsFoundNotDone() {
        everyKind(f -> f.errorRate(1.0), false);
    }

    /**
     * Makes every kind of change at once, each write faulted once; {@code acted}: whether the server acts anyway.
     * The kinds act on different objects, so running them together changes nothing but the time it takes.
     */
    private void everyKind(Consumer<Faults> fault, boolean acted) {
        try (LostAnswers la = new LostAnswers(dir, new VirtualRetryTimer(), Duration.ofSeconds(2))) {
            everyKind(la, fault, acted);
        }
    }

    /** The same on {@code la}, whatever its timer and timeout. */
    static void everyKind(LostAnswers la, Consumer<Faults> fault, boolean acted) {
        {
            List<ChangeKinds> kinds = ChangeKinds.all(la.demo.load());
            MutationFactory factory = la.factory();
            List<Mutation> mutations = kinds.stream().map(k -> k.propose().apply(factory).mutation()).toList();
            fault.accept(la.demo.emulator.faults().onlyFor("POST", "PATCH", "DELETE").forNext(kinds.size()));
            Map<Mutation, List<String>> checking = new ConcurrentHashMap<>();
            List<Future<Outcome>> runs = mutations.stream().map(m -> la.runner.run(confirmed(m),
                    (mm, why) -> checking.computeIfAbsent(mm, x -> new CopyOnWriteArrayList<>()).add(why))).toList();
            List<Outcome> outcomes = runs.stream().map(Await::await).toList();
            OrgData now = la.demo.load();
            for (int i = 0; i < kinds.size(); i++) {
                verify(la, kinds.get(i), outcomes.get(i), now, acted, checking.get(mutations.get(i)));
            }
            assertEquals(kinds.size(), la.changes().size(), "one request per change, none sent twice");
            long unknown = outcomes.stream().filter(Outcome::checked).count();
            assertTrue(unknown >= 10, "most kinds went through 'unknown': " + unknown);
        }
    }

    static void verify(LostAnswers la, ChangeKinds kind, Outcome o, OrgData now, boolean acted,
                               List<String> checking) {
        Mutation m = o.mutation();
        assertEquals(1, la.changes().stream().filter(e -> sameRequest(m, e)).count(), kind.name()
                + ": exactly one request was sent");
        if (kind.visible() == null) {
            assertEquals(Outcome.Status.UNKNOWN, o.status(), o::message);
            assertEquals(Verdict.UNCHECKABLE, o.results().get(0).verdict(), o::message);
            assertTrue(o.message().contains("no read lists what was shared before"), o.message());
        } else {
            boolean shows = kind.visible().test(now);
            assertEquals(acted, shows, kind.name() + ": the server " + (acted ? "acted" : "did not act"));
            assertEquals(shows ? Outcome.Status.DONE : Outcome.Status.NOT_DONE, o.status(),
                    kind.name() + ": lsorg reports what the org shows: " + o.message());
        }
        if (o.checked()) {
            assertFalse(checking == null || checking.isEmpty(), kind.name() + ": 'unknown, checking' came first");
            assertNotNull(o.results().get(0).evidence(), kind.name() + ": the report gives the evidence");
        } else {
            assertEquals(Verdict.DONE, o.results().get(0).verdict(), kind.name() + ": " + o.message());
            assertTrue(checking == null, kind.name() + ": a plain answer was never in doubt");
        }
        la.journaled(m, o.status());
    }

    /** Whether the emulator's log entry is {@code m}'s one request: method, path and body. */
    static boolean sameRequest(Mutation m, RequestLog.Entry e) {
        var r = m.requests().get(0);
        try {
            return r.method().equals(e.method()) && r.pathAndQuery().equals(e.path() + (e.query() == null
                    || e.query().isEmpty() ? "" : "?" + e.query())) && java.util.Objects.equals(
                    r.bodyJson() == null ? null : Json.mapper().readTree(r.bodyJson()),
                    e.body() == null ? null : Json.mapper().readTree(e.body()));
        } catch (java.io.IOException ex) {
            throw new AssertionError(ex);
        }
    }
}
