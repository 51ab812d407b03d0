package dev.lsorg.app.mutation;

import dev.lsorg.api.LangSmithClient;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Changes from an earlier run whose outcome the journal never recorded (lsorg was killed or crashed after the
 * intent line, or the checks of a lost answer never got a reply): at start the console, the shell and
 * {@code apply} list them and learn what became of them by reading the org with the checks journaled in the
 * intent, then record the outcome. Nothing is ever sent again.
 */
public final class Orphans {
    private final LangSmithClient client;
    private final Journal journal;
    private final Clock clock;
    private final ReconcilePolicy policy;
    private final long pid = ProcessHandle.current().pid();

    /**
     * What was found about one change from an earlier run.
     *
     * @param intent  its intent line
     * @param status  done, not done, partly done or still unknown
     * @param results each request's verdict and evidence
     */
    public record Report(JournalEntry intent, Outcome.Status status, List<RequestResult> results) {
        /** One line: when, what, and what the check found. */
        public String message() {
            String verdicts = results.stream().map(r -> results.size() == 1 ? r.verdict().words() + " ("
                    + r.evidence() + ")" : r.describe()).collect(Collectors.joining("; "));
            return intent.change() + " (" + when(intent.time()) + "): " + verdicts;
        }
    }

    /** Orphans of {@code journal}, checked through {@code client} as {@code policy} says. */
    public Orphans(LangSmithClient client, Journal journal, Clock clock, ReconcilePolicy policy) {
        this.client = client;
        this.journal = journal;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * The open intents of earlier runs against this client's server and org (read on a worker thread); changes
     * made to another server (another profile, an earlier {@code --demo} emulator) cannot be checked here.
     */
    public Future<List<JournalEntry>> find() {
        return client.organizationId().compose(org -> client.vertx().executeBlocking(() -> journal.open(pid)
                .stream().filter(e -> client.config().apiBase().equals(e.endpoint())
                        && (e.org() == null || e.org().contains(org.toString()))).toList()));
    }

    /** {@code 1 change from the last run has no recorded outcome: ...}, or null for none. */
    public static String heading(List<JournalEntry> open) {
        if (open.isEmpty()) {
            return null;
        }
        String list = open.stream().map(e -> e.change() + " (" + when(e.time()) + ")")
                .collect(Collectors.joining("; "));
        return open.size() + (open.size() == 1 ? " change" : " changes") + " from an earlier run "
                + (open.size() == 1 ? "has" : "have") + " no recorded outcome: " + list + "; checking the org";
    }

    /** Learns what became of every one of {@code open}, one after another, recording each outcome. */
    public Future<List<Report>> reconcile(List<JournalEntry> open) {
        List<Report> out = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        for (JournalEntry e : open) {
            chain = chain.compose(v -> reconcile(e).map(r -> {
                out.add(r);
                return null;
            }));
        }
        return chain.map(v -> out);
    }

    /** Learns what became of {@code intent} and records the outcome line that closes it. */
    public Future<Report> reconcile(JournalEntry intent) {
        List<Check> checks = intent.checks() == null ? List.of() : intent.checks();
        Duration left = Duration.between(clock.instant(), intent.time().plus(policy.settle()));
        return new Reconciler(client, policy).check(checks, left.isNegative() ? Duration.ZERO : left).compose(f -> {
            List<RequestResult> results = results(intent, f);
            Outcome.Status status = results.isEmpty() ? Outcome.Status.UNKNOWN : OutcomeWords.status(results);
            Report report = new Report(intent, status, results);
            JournalEntry line = intent.reconciled(results, status, "checked at a later start: " + report.message(),
                    clock.instant(), pid);
            return client.vertx().executeBlocking(() -> {
                journal.append(line);
                return report;
            }).otherwise(report);
        });
    }

    private static List<RequestResult> results(JournalEntry intent, List<Reconciler.Found> found) {
        List<RequestResult> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            String target = intent.targets().size() == found.size() ? intent.targets().get(i)
                    : String.join(", ", intent.targets());
            String op = i < intent.requests().size() ? intent.requests().get(i).lines().findFirst().orElse("") : "";
            out.add(new RequestResult(target, op, found.get(i).verdict(), null, "no outcome was recorded",
                    found.get(i).words(), found.get(i).subject()));
        }
        return out;
    }

    private static String when(Instant at) {
        return at == null ? "?" : at.toString().replace('T', ' ').substring(0, 19) + " UTC";
    }
}
