package dev.lsorg.app.bulk;

import dev.lsorg.app.mutation.MutationRunner;
import dev.lsorg.app.mutation.Outcome;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Carries out a confirmed {@link BulkPlan}: its steps one after another through the {@link MutationRunner} (so
 * each is sent once and journaled), continuing past a failing step, reporting each result as it comes.
 */
public final class BulkApply {

    /** One step's outcome, numbered from 1 of {@code total}. */
    public record StepResult(int number, int total, BulkPlan.Step step, Outcome outcome) {
    }

    /** The counts at the end. */
    public record Summary(int done, int failed, int skipped, int invalid) {
        /** Everything asked for is now true. */
        public boolean ok() {
            return failed == 0 && invalid == 0;
        }

        @Override
        public String toString() {
            return done + " changed, " + failed + " failed, " + skipped + " already as asked, " + invalid
                    + " could not be applied";
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
        int done = (int) outcomes.stream().filter(Outcome::ok).count();
        return new Summary(done, outcomes.size() - done, plan.skipped().size(), plan.invalid().size());
    }
}
