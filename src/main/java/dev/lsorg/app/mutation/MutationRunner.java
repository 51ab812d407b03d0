package dev.lsorg.app.mutation;

import dev.lsorg.api.ApiError;
import dev.lsorg.api.ApiException;
import dev.lsorg.api.ApiRequest;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.model.APIKeyCreateResponse;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs confirmed mutations: each exactly once (a second run of the same mutation sends nothing), its requests in
 * order and never retried blindly, or under {@code --dry-run} only recorded. It takes a {@link Confirmation} and
 * refuses, sending and journaling nothing, one that does not confirm its change. Every run is journaled, written
 * and flushed on a worker thread, before the returned future completes, so the journal is never behind the screen.
 */
public final class MutationRunner {
    private final LangSmithClient client;
    private final Journal journal;
    private final JournalContext context;
    private final boolean dryRun;
    private final Clock clock;
    private final Set<java.util.UUID> started = ConcurrentHashMap.newKeySet();

    /**
     * A runner sending through {@code client} and recording in {@code journal}, labelled with {@code context};
     * with {@code dryRun} it sends nothing.
     */
    public MutationRunner(LangSmithClient client, Journal journal, JournalContext context, boolean dryRun, Clock clock) {
        this.client = client;
        this.journal = journal;
        this.context = context;
        this.dryRun = dryRun;
        this.clock = clock;
    }

    /** Whether this runner only records. */
    public boolean dryRun() {
        return dryRun;
    }

    /** Runs the confirmed mutation once; a confirmation that does not confirm it sends nothing. */
    public Future<Outcome> run(Confirmation confirmation) {
        Mutation mutation = confirmation.mutation();
        if (!confirmation.confirms()) {
            return Future.succeededFuture(new Outcome(mutation, Outcome.Status.NOT_CONFIRMED,
                    "Nothing was sent: " + confirmation.whyNot(), List.of(), null, 0, null, Duration.ZERO));
        }
        if (!started.add(mutation.id())) {
            return Future.succeededFuture(new Outcome(mutation, Outcome.Status.ALREADY_RUN,
                    "Already sent; nothing was sent again", List.of(), null, 0, null, Duration.ZERO));
        }
        if (dryRun) {
            return journaled(new Outcome(mutation, Outcome.Status.DRY_RUN, "Dry run: recorded, not sent",
                    List.of(), null, 0, null, Duration.ZERO));
        }
        long t0 = System.nanoTime();
        Progress progress = new Progress(mutation);
        Future<Void> chain = Future.succeededFuture();
        for (int i = 0; i < mutation.requests().size(); i++) {
            int n = i;
            chain = chain.compose(v -> sendOne(mutation.requests().get(n), n, progress));
        }
        return chain.compose(v -> journaled(progress.outcome(Duration.ofNanos(System.nanoTime() - t0))));
    }

    private Future<Void> sendOne(ApiRequest<?> request, int n, Progress progress) {
        progress.sent++;
        return client.send(request).transform(ar -> {
            if (ar.succeeded()) {
                progress.succeeded(ar.result());
            } else {
                progress.failed(n, ApiException.errorOf(ar.cause()));
            }
            return Future.succeededFuture();
        });
    }

    private Future<Outcome> journaled(Outcome outcome) {
        JournalEntry entry = entry(outcome);
        return client.vertx().executeBlocking(() -> {
            journal.append(entry);
            return outcome;
        }).recover(err -> Future.succeededFuture(new Outcome(outcome.mutation(), outcome.status(),
                outcome.message() + " (WARNING: " + err.getMessage() + ")", outcome.failures(), outcome.errorType(),
                outcome.sent(), outcome.createdKey(), outcome.duration())));
    }

    private JournalEntry entry(Outcome o) {
        Mutation m = o.mutation();
        String workspace = m.workspaceId() == null ? null : m.scope().replaceFirst("^workspace ", "") + " ("
                + m.workspaceId() + ")";
        return new JournalEntry(clock.instant(), context.profile(), context.org(), workspace, m.title(),
                m.kind().name(), m.targets(), m.previews().stream().map(p -> p.text()).toList(), o.status().word(),
                o.sent(), o.errorType(), o.failures().isEmpty() ? null : String.join("; ", o.failures()),
                o.duration().toMillis());
    }

    /** The answers collected while a mutation's requests go out one by one. */
    private static final class Progress {
        final Mutation mutation;
        final List<String> failures = new ArrayList<>();
        int sent;
        int succeeded;
        String errorType;
        APIKeyCreateResponse createdKey;

        Progress(Mutation mutation) {
            this.mutation = mutation;
        }

        void succeeded(Object answer) {
            succeeded++;
            if (answer instanceof APIKeyCreateResponse key) {
                createdKey = key;
            }
        }

        void failed(int n, ApiError error) {
            boolean perTarget = mutation.requests().size() == mutation.targets().size() && mutation.targets().size() > 1;
            failures.add((perTarget ? mutation.targets().get(n) + ": " : "") + error.message());
            errorType = errorType == null ? error.getClass().getSimpleName() : errorType;
        }

        Outcome outcome(Duration took) {
            Outcome.Status status = failures.isEmpty() ? Outcome.Status.OK
                    : succeeded == 0 ? Outcome.Status.FAILED : Outcome.Status.PARTIAL;
            String message = switch (status) {
                case OK -> "Done: " + mutation.title();
                case PARTIAL -> succeeded + " of " + sent + " succeeded; failed: " + String.join("; ", failures);
                default -> "Failed: " + String.join("; ", failures);
            };
            return new Outcome(mutation, status, message, failures, errorType, sent, createdKey, took);
        }
    }
}
