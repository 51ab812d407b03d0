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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs confirmed mutations: each exactly once (a second run of the same mutation sends nothing), its requests in
 * order and never retried blindly, or under {@code --dry-run} only recorded. It takes a {@link Confirmation} and
 * refuses, sending and journaling nothing, one that does not confirm its change. The journal is written ahead:
 * the intent line is on disk before the first request leaves (if it cannot be written, nothing is sent), the
 * outcome line before the returned future completes. A request whose answer was lost is neither done nor
 * refused: the org is read again ({@link Reconciler}) until it is known, and the outcome says what was found.
 */
public final class MutationRunner {
    private final LangSmithClient client;
    private final Journal journal;
    private final JournalContext context;
    private final boolean dryRun;
    private final Clock clock;
    private final Reconciler reconciler;
    private final ReconcilePolicy policy;
    private final long pid = ProcessHandle.current().pid();
    private final Set<UUID> started = ConcurrentHashMap.newKeySet();

    /** Hears that a change's answer was lost, while the org is read again to learn what became of it. */
    @FunctionalInterface
    public interface Listener {
        /** Called once, before the checks start, with why the outcome is unknown. */
        void checking(Mutation mutation, String why);

        /** Hears nothing. */
        Listener NONE = (m, why) -> { };
    }

    /**
     * A runner sending through {@code client} and recording in {@code journal}, labelled with {@code context};
     * with {@code dryRun} it sends nothing. Lost answers are checked as {@link ReconcilePolicy#of} says.
     */
    public MutationRunner(LangSmithClient client, Journal journal, JournalContext context, boolean dryRun, Clock clock) {
        this(client, journal, context, dryRun, clock, ReconcilePolicy.of(client.config()));
    }

    /** The same, checking lost answers as {@code policy} says. */
    public MutationRunner(LangSmithClient client, Journal journal, JournalContext context, boolean dryRun,
                          Clock clock, ReconcilePolicy policy) {
        this.client = client;
        this.journal = journal;
        // Every line says which API key the change went out with (its short form only).
        this.context = context.apiKey() == null ? context.withApiKey(client.config().apiKey().shortForm()) : context;
        this.dryRun = dryRun;
        this.clock = clock;
        this.policy = policy;
        this.reconciler = new Reconciler(client, policy);
    }

    /** Whether this runner only records. */
    public boolean dryRun() {
        return dryRun;
    }

    /** How lost answers are checked. */
    public ReconcilePolicy policy() {
        return policy;
    }

    /** Runs the confirmed mutation once; a confirmation that does not confirm it sends nothing. */
    public Future<Outcome> run(Confirmation confirmation) {
        return run(confirmation, Listener.NONE);
    }

    /** The same, telling {@code listener} when an answer was lost and the org is being checked. */
    public Future<Outcome> run(Confirmation confirmation, Listener listener) {
        Mutation mutation = confirmation.mutation();
        if (!confirmation.confirms()) {
            return Future.succeededFuture(Outcome.unsent(mutation, Outcome.Status.NOT_CONFIRMED,
                    "Nothing was sent: " + confirmation.whyNot()));
        }
        if (!started.add(mutation.id())) {
            return Future.succeededFuture(Outcome.unsent(mutation, Outcome.Status.ALREADY_RUN,
                    "Already sent; nothing was sent again"));
        }
        if (dryRun) {
            return journaled(Outcome.unsent(mutation, Outcome.Status.DRY_RUN, "Dry run: recorded, not sent"));
        }
        long t0 = System.nanoTime();
        return prepared(mutation).compose(checks -> intent(mutation, checks).transform(ar -> ar.failed()
                ? Future.succeededFuture(Outcome.unsent(mutation, Outcome.Status.NOT_SENT,
                        "Nothing was sent: " + ar.cause().getMessage()))
                : send(mutation, checks, listener, t0)));
    }

    // Checks never fail to prepare: one that cannot read keeps what it was built with.
    private Future<List<Check>> prepared(Mutation m) {
        List<Future<Check>> all = m.checks().stream().map(c -> c.prepare(client)).toList();
        return Future.all(all).map(done -> all.stream().map(Future::result).toList());
    }

    // Written and forced to disk before the first request leaves; if that fails, the change is not sent.
    private Future<Void> intent(Mutation m, List<Check> checks) {
        JournalEntry line = JournalEntry.intent(m, checks, context, clock.instant(), pid);
        return client.vertx().executeBlocking(() -> {
            journal.append(line);
            return null;
        });
    }

    private Future<Outcome> send(Mutation m, List<Check> checks, Listener listener, long t0) {
        Sent sent = new Sent(m);
        Future<Void> chain = Future.succeededFuture();
        for (int i = 0; i < m.requests().size(); i++) {
            int n = i;
            chain = chain.compose(v -> sendOne(m.requests().get(n), n, sent));
        }
        return chain.compose(v -> reconcile(sent, checks, listener))
                .compose(results -> journaled(Outcome.of(m, results, sent.createdKey,
                        Duration.ofNanos(System.nanoTime() - t0))));
    }

    private Future<Void> sendOne(ApiRequest<?> request, int n, Sent sent) {
        return client.send(request).transform(ar -> {
            sent.answer(n, request, ar.succeeded() ? ar.result() : null,
                    ar.failed() ? ApiException.errorOf(ar.cause()) : null);
            return Future.succeededFuture();
        });
    }

    private Future<List<RequestResult>> reconcile(Sent sent, List<Check> checks, Listener listener) {
        List<Integer> lost = sent.lost();
        if (lost.isEmpty()) {
            return Future.succeededFuture(sent.results);
        }
        listener.checking(sent.mutation, "its answer was lost (" + sent.results.get(lost.get(0)).reason() + ")");
        boolean mayLand = lost.stream().anyMatch(i -> sent.errors.get(i).mayStillApply());
        return reconciler.check(lost.stream().map(checks::get).toList(), mayLand ? policy.settle() : Duration.ZERO)
                .map(found -> sent.withFound(lost, found));
    }

    private Future<Outcome> journaled(Outcome outcome) {
        JournalEntry entry = JournalEntry.outcome(outcome, context, clock.instant(), pid);
        return client.vertx().executeBlocking(() -> {
            journal.append(entry);
            return outcome;
        }).recover(err -> Future.succeededFuture(new Outcome(outcome.mutation(), outcome.status(),
                outcome.message() + " (WARNING: " + err.getMessage() + ")", outcome.results(), outcome.sent(),
                outcome.createdKey(), outcome.duration())));
    }

    /** The answers collected while a mutation's requests go out one by one. */
    private static final class Sent {
        final Mutation mutation;
        final List<RequestResult> results = new ArrayList<>();
        final List<ApiError> errors = new ArrayList<>();
        APIKeyCreateResponse createdKey;

        Sent(Mutation mutation) {
            this.mutation = mutation;
        }

        synchronized void answer(int n, ApiRequest<?> request, Object value, ApiError error) {
            errors.add(error);
            if (error == null) {
                createdKey = value instanceof APIKeyCreateResponse key ? key : createdKey;
                results.add(new RequestResult(target(n), request.operation(), Verdict.DONE, null, null, null, null));
            } else {
                String type = error.getClass().getSimpleName();
                boolean lost = error.outcomeUnknown();
                results.add(new RequestResult(target(n), request.operation(), lost ? Verdict.UNKNOWN
                        : Verdict.REFUSED, type, error.message(), null, null));
            }
        }

        List<Integer> lost() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).verdict() == Verdict.UNKNOWN) {
                    out.add(i);
                }
            }
            return out;
        }

        List<RequestResult> withFound(List<Integer> lost, List<Reconciler.Found> found) {
            List<RequestResult> out = new ArrayList<>(results);
            for (int k = 0; k < lost.size(); k++) {
                RequestResult r = out.get(lost.get(k));
                Reconciler.Found f = found.get(k);
                out.set(lost.get(k), new RequestResult(r.target(), r.operation(), f.verdict(), r.errorType(),
                        r.reason(), f.words(), f.subject()));
            }
            return out;
        }

        private String target(int n) {
            List<String> targets = mutation.targets();
            if (targets.size() == mutation.requests().size()) {
                return targets.get(n);
            }
            return mutation.requests().size() == 1 ? String.join(", ", targets)
                    : "request " + (n + 1) + " of " + mutation.requests().size();
        }
    }
}
