package dev.lsorg.app.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.api.RetryTimer;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.testing.DemoOrg;
import dev.lsorg.testing.TestVertx;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A demo org and an lsorg client on it whose answers the emulator can lose: a short request timeout, waits on
 * {@code timer} (virtual in most tests, so checking a lost answer takes no time), and a runner journaling to a
 * file; plus the assertions every lost-answer test makes.
 */
final class LostAnswers implements AutoCloseable {
    final Duration timeout;
    final DemoOrg demo = DemoOrg.start();
    final Vertx vertx = TestVertx.shared();
    final LangSmithClient client;
    final Journal journal;
    final MutationRunner runner;

    /** Requests time out after {@code timeout}; lsorg waits between checks on {@code timer} (null: real time). */
    LostAnswers(Path dir, RetryTimer timer, Duration timeout) {
        this.timeout = timeout;
        client = LangSmithClient.create(vertx, demo.config(demo.emulator.keys().orgAdminKey())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), timeout), demo.clock,
                timer == null ? RetryTimer.on(vertx) : timer);
        journal = new Journal(dir.resolve("journal.jsonl"));
        runner = new MutationRunner(client, journal, context(), false, demo.clock,
                new ReconcilePolicy(timeout.multipliedBy(2), Duration.ofSeconds(20), Duration.ofMillis(100),
                        Duration.ofSeconds(1)));
    }

    /** Who makes the changes, as the journal names them: the org with its id. */
    JournalContext context() {
        return new JournalContext("test", "Acme Robotics (" + demo.emulator.organizationId() + ")");
    }

    /** A factory for this client over the org as it is now (loaded without faults or short timeouts). */
    MutationFactory factory() {
        return new MutationFactory(client, demo.load(), false, demo.clock);
    }

    /** Requests that changed something (not GETs), oldest first. */
    List<RequestLog.Entry> changes() {
        return demo.changes();
    }

    /** The journal has exactly an intent line and then an outcome line saying {@code status} for {@code m}. */
    void journaled(Mutation m, Outcome.Status status) {
        List<JournalEntry> lines = journal.read().stream().filter(e -> m.id().equals(e.id())).toList();
        assertEquals(List.of("intent", status.word()), lines.stream().map(JournalEntry::outcome).toList(),
                m::title);
        assertEquals(m.checks().size(), lines.get(0).checks().size(), "the intent carries every check");
    }

    @Override
    public void close() {
        client.close();
        demo.close();
    }
}
