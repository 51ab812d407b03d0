package dev.lsorg.app.mutation;

import dev.lsorg.api.ApiError;
import dev.lsorg.api.ApiException;
import dev.lsorg.api.LangSmithClient;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns what became of requests whose answer was lost, by reading the org again through their {@link Check}s:
 * in rounds, with growing waits, until every one is found done, found not done (only once it can no longer land:
 * see {@link ReconcilePolicy#settle()}), shown to be beyond any read, or the budget is spent. A read that fails
 * because the network still fails is simply tried again in the next round.
 */
final class Reconciler {
    private final LangSmithClient client;
    private final ReconcilePolicy policy;

    Reconciler(LangSmithClient client, ReconcilePolicy policy) {
        this.client = client;
        this.policy = policy;
    }

    /** What a check found in the end: a verdict and its evidence (or why there is none). */
    record Found(Verdict verdict, String words, java.util.UUID subject) {
    }

    /**
     * Checks every one of {@code checks}; {@code settle} is how long from now a change may still land (zero when
     * LangSmith's answer, though unreadable, came in full). Never fails.
     */
    Future<List<Found>> check(List<Check> checks, Duration settle) {
        State state = new State(checks, client.retryTimer().nanos(), settle);
        return round(state, 1);
    }

    private Future<List<Found>> round(State s, int n) {
        List<Future<Void>> reads = new ArrayList<>();
        for (int i = 0; i < s.checks.size(); i++) {
            if (s.found[i] == null) {
                int at = i;
                reads.add(s.checks.get(i).read(client).transform(ar -> {
                    s.record(at, ar.succeeded() ? ar.result() : null, ar.failed() ? ar.cause() : null, elapsed(s));
                    return Future.<Void>succeededFuture();
                }));
            }
        }
        return Future.join(reads).transform(ignored -> {
            if (s.settled() || elapsed(s).plus(policy.wait(n)).compareTo(policy.budget()) > 0) {
                return Future.succeededFuture(s.finish(policy.budget()));
            }
            return client.retryTimer().after(policy.wait(n)).compose(v -> round(s, n + 1));
        });
    }

    private Duration elapsed(State s) {
        return Duration.ofNanos(client.retryTimer().nanos() - s.start);
    }

    /** The checks, what each has found so far, and the last word on the ones still open. */
    private static final class State {
        final List<Check> checks;
        final long start;
        final Duration settle;
        final Found[] found;
        final String[] last;

        State(List<Check> checks, long start, Duration settle) {
            this.checks = checks;
            this.start = start;
            this.settle = settle;
            this.found = new Found[checks.size()];
            this.last = new String[checks.size()];
        }

        synchronized void record(int i, Evidence e, Throwable failure, Duration elapsed) {
            if (failure != null) {
                ApiError error = ApiException.errorOf(failure);
                last[i] = "the reads got no answer either: " + error.message();
                if (!error.transientFailure()) {
                    found[i] = new Found(Verdict.UNCHECKABLE, "the org cannot be read to tell: " + error.message(),
                            null);
                }
            } else if (e.done() == null) {
                found[i] = new Found(Verdict.UNCHECKABLE, e.words(), null);
            } else if (e.done()) {
                found[i] = new Found(Verdict.DONE_AFTER_CHECK, e.words(), e.subject());
            } else if (elapsed.compareTo(settle) >= 0) {
                found[i] = new Found(Verdict.NOT_DONE_AFTER_CHECK, e.words(), null);
            } else {
                last[i] = e.words() + " yet";
            }
        }

        private static String seconds(Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format("%.1f s", d.toMillis() / 1000.0);
        }

        synchronized boolean settled() {
            return java.util.Arrays.stream(found).allMatch(java.util.Objects::nonNull);
        }

        synchronized List<Found> finish(Duration budget) {
            List<Found> out = new ArrayList<>();
            for (int i = 0; i < found.length; i++) {
                out.add(found[i] != null ? found[i] : new Found(Verdict.UNKNOWN, "still unknown after checking for "
                        + seconds(budget) + " (" + last[i] + ")", null));
            }
            return out;
        }
    }
}
