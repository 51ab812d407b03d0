package dev.lsorg.app.bulk;

import dev.lsorg.app.mutation.MutationRunner;
import dev.lsorg.app.mutation.Outcome;
import dev.lsorg.app.mutation.RequestResult;
import dev.lsorg.app.mutation.Verdict;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Carries out a confirmed {@link BulkPlan}: its steps one after another through the {@link MutationRunner} (so
 * each is sent once, journaled ahead, and a lost answer is checked by reading the org before the next step),
 * continuing past a failing step, reporting each result as it comes and counting every request by its verdict.
 */
public final class BulkApply {

    /** One step's outcome, numbered from 1 of {@code total}. */
    public record StepResult(int number, int total, BulkPlan.Step step, Outcome outcome) {
    }

    /**
     * The counts at the end, one per request sent, by verdict.
     *
     * @param done          answered done
     * @param refused       refused by LangSmith (or never sent)
     * @param doneAfter     answer lost, then found done
     * @param notDoneAfter  answer lost, then found not done
     * @param unknown       answer lost, and still unknown (no read could tell, or the reads got no answer)
     * @param skipped       rows already as asked
     * @param invalid       rows that could not be applied
     */
    public record Summary(int done, int refused, int doneAfter, int notDoneAfter, int unknown, int skipped,
                          int invalid) {
        /** Everything asked for is now true. */
        public boolean ok() {
            return failed() == 0 && invalid == 0;
        }

        /** Requests that did not (or not knowably) take effect. */
        public int failed() {
            return refused + notDoneAfter + unknown;
        }

        @Override
        public String toString() {
            return done + " done, " + refused + " refused, " + doneAfter + " unknown → done, " + notDoneAfter
                    + " unknown → not done, " + unknown + " still unknown; " + skipped + " already as asked, "
                    + invalid + " could not be applied";
        }
    }

    private BulkApply() {
    }

    /**
     * Runs every step of {@code plan} in order, as confirmed by {@code answer} (see {@link BulkPlan#confirmedBy}: a
     * wrong answer sends nothing); {@code progress} sees each result as soon as it is known.
     */
    public static Future<Summary> run(BulkPlan plan, String answer, MutationRunner runner,
                                      Consumer<StepResult> progress) {
        List<Outcome> outcomes = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        int total = plan.steps().size();
        for (int i = 0; i < total; i++) {
            int n = i;
            BulkPlan.Step step = plan.steps().get(i);
            chain = chain.compose(v -> runner.run(plan.confirmation(step, answer)).map(o -> {
                outcomes.add(o);
                progress.accept(new StepResult(n + 1, total, step, o));
                return null;
            }));
        }
        return chain.map(v -> summary(plan, outcomes));
    }

    private static Summary summary(BulkPlan plan, List<Outcome> outcomes) {
        java.util.Map<Verdict, Long> n = outcomes.stream().flatMap(o -> o.results().stream())
                .collect(java.util.stream.Collectors.groupingBy(RequestResult::verdict,
                        java.util.stream.Collectors.counting()));
        long unsent = outcomes.stream().filter(o -> o.results().isEmpty() && !o.ok()).count();
        return new Summary(count(n, Verdict.DONE) + (int) outcomes.stream().filter(o -> o.results().isEmpty()
                && o.ok()).count(), count(n, Verdict.REFUSED) + (int) unsent, count(n, Verdict.DONE_AFTER_CHECK),
                count(n, Verdict.NOT_DONE_AFTER_CHECK), count(n, Verdict.UNKNOWN) + count(n, Verdict.UNCHECKABLE),
                plan.skipped().size(), plan.invalid().size());
    }

    private static int count(java.util.Map<Verdict, Long> n, Verdict v) {
        return n.getOrDefault(v, 0L).intValue();
    }
}
