package dev.lsorg.app;

import dev.lsorg.app.mutation.Confirmation;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.app.mutation.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Performs the change flow's effects off the GUI thread: sends a confirmed mutation through the one runner (which
 * journals it before answering) and reads the journal; results come back as actions through the dispatcher.
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
        Confirmation answer = new Confirmation(r.confirm().mutation(), r.confirm().typed() == null ? ""
                : r.confirm().typed());
        support.runner(r.orgLabel()).run(answer).onComplete(ar -> {
            Outcome o = ar.succeeded() ? ar.result() : new Outcome(r.confirm().mutation(), Outcome.Status.FAILED,
                    "Failed: " + ar.cause().getMessage(), List.of(String.valueOf(ar.cause().getMessage())), null, 0,
                    null, Duration.ZERO);
            dispatcher.dispatch(new Action.ChangeFinished(r.confirm(), o, clock.instant()));
        });
    }

    private void readJournal() {
        List<String> lines;
        try {
            lines = lines(support.journal().read());
        } catch (RuntimeException ex) {
            lines = List.of("Cannot read the journal: " + ex.getMessage());
        }
        dispatcher.dispatch(new Action.JournalLoaded(lines));
    }

    /** The journal as lines, newest change first: a heading per change, then its requests' first lines. */
    static List<String> lines(List<JournalEntry> entries) {
        List<String> out = new ArrayList<>();
        out.add(entries.isEmpty() ? "No changes recorded yet." : entries.size() + (entries.size() == 1 ? " change" : " changes")
                + ", newest first");
        for (int i = entries.size() - 1; i >= 0; i--) {
            JournalEntry e = entries.get(i);
            out.add("");
            out.add(e.time().toString().replace('T', ' ').substring(0, 19) + "  " + e.outcome().toUpperCase()
                    + "  " + e.change());
            if (e.error() != null) {
                out.add("    error: " + e.error());
            }
            e.requests().forEach(r -> out.add("    " + r.lines().findFirst().orElse("")));
        }
        return out;
    }
}
