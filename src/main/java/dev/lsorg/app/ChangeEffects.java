package dev.lsorg.app;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.app.mutation.Confirmation;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.Orphans;
import dev.lsorg.app.mutation.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Performs the change flow's effects off the GUI thread: sends a confirmed mutation through the one runner (which
 * journals its intent before sending and its outcome before answering, and checks a lost answer by reading the org
 * again), reads the journal, and at start learns what became of changes an earlier run left without an outcome.
 * Results come back as actions through the dispatcher.
 */
public final class ChangeEffects {
    private final ChangeSupport support;
    private final Dispatcher dispatcher;
    private final Executor io;
    private final Clock clock;

    /** Effects over {@code support}, reporting to {@code dispatcher}, reading files on {@code io}. */
    public ChangeEffects(ChangeSupport support, Dispatcher dispatcher, Executor io, Clock clock) {
        this.support = support;
        this.dispatcher = dispatcher;
        this.io = io;
        this.clock = clock;
    }

    /** Starts {@code e} if it belongs to the change flow; returns at once. */
    public void run(Effect e) {
        if (e instanceof Effect.RunMutation r) {
            send(r);
        } else if (e instanceof Effect.ReadJournal) {
            io.execute(this::readJournal);
        }
    }

    private void send(Effect.RunMutation r) {
        Mutation mutation = r.confirm().mutation();
        Optional<String> wait = support.gate().enter(mutation);
        if (wait.isPresent()) {
            dispatcher.dispatch(new Action.ChangeFinished(r.confirm(), Outcome.unsent(mutation,
                    Outcome.Status.NOT_SENT, "Nothing was sent: " + wait.get()), clock.instant()));
            return;
        }
        Confirmation answer = new Confirmation(mutation, r.confirm().typed() == null ? "" : r.confirm().typed());
        support.runner(r.orgLabel()).run(answer, (m, why) -> dispatcher.dispatch(
                new Action.ChangeChecking(m.id(), why, clock.instant()))).onComplete(ar -> {
                    Outcome o = ar.succeeded() ? ar.result() : new Outcome(mutation,
                            Outcome.Status.UNKNOWN, "Unknown: " + mutation.title() + " (lsorg failed"
                            + " while sending it: " + ar.cause() + "); look at the org and the journal",
                            List.of(), 0, null, java.time.Duration.ZERO);
                    // The gate hears the outcome first: it outlives this console if the SSH link has dropped.
                    support.gate().left(mutation, o);
                    dispatcher.dispatch(new Action.ChangeFinished(r.confirm(), o, clock.instant()));
                });
    }

    /**
     * Once the client is ready: lists the changes an earlier run left without an outcome, learns what became of
     * them, and says so in messages that stay until dismissed. Nothing is sent again.
     */
    public void checkOrphans() {
        support.client().onSuccess(this::checkOrphans);
    }

    private void checkOrphans(LangSmithClient client) {
        Orphans orphans = new Orphans(client, support.journal(), clock, support.policy(client));
        orphans.find().onSuccess(open -> {
            if (open.isEmpty()) {
                return;
            }
            dispatcher.dispatch(new Action.StatusShown(Status.result(Status.Level.WARN, Orphans.heading(open))));
            orphans.reconcile(open).onSuccess(reports -> reports.forEach(rep -> dispatcher.dispatch(
                    new Action.StatusShown(Status.result(rep.status() == Outcome.Status.DONE
                            || rep.status() == Outcome.Status.NOT_DONE ? Status.Level.WARN : Status.Level.ERROR,
                            "Checked a change from an earlier run: " + rep.message())))));
        }).onFailure(e -> dispatcher.dispatch(new Action.StatusShown(Status.error(
                "Cannot read the journal to look for unfinished changes: " + e.getMessage()))));
    }

    private void readJournal() {
        List<String> lines;
        try {
            lines = lines(support.journal().history());
        } catch (RuntimeException ex) {
            lines = List.of("Cannot read the journal: " + ex.getMessage());
        }
        dispatcher.dispatch(new Action.JournalLoaded(lines));
    }

    /** The journal as lines, newest change first: a heading per change, its verdicts, its requests' first lines. */
    static List<String> lines(List<JournalEntry> entries) {
        List<String> out = new ArrayList<>();
        out.add(entries.isEmpty() ? "No changes recorded yet." : entries.size() + (entries.size() == 1 ? " change"
                : " changes") + ", newest first");
        for (int i = entries.size() - 1; i >= 0; i--) {
            JournalEntry e = entries.get(i);
            out.add("");
            String outcome = e.intent() ? "NO OUTCOME RECORDED" : e.outcome().toUpperCase();
            out.add(e.time().toString().replace('T', ' ').substring(0, 19) + "  " + outcome + "  " + e.change());
            if (e.error() != null) {
                out.add("    " + e.error());
            }
            e.requests().forEach(r -> out.add("    " + r.lines().findFirst().orElse("")));
        }
        return out;
    }
}
