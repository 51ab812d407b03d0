package dev.lsorg.app.bulk;

import dev.lsorg.app.mutation.Confirmation;
import dev.lsorg.app.mutation.Mutation;
import java.util.List;

/**
 * What {@code lsorg apply} will do, shown before anything is sent: the changes (each a {@link Mutation} covering
 * one or more rows), the rows already as asked (skipped), and the rows that cannot be applied, each with why.
 *
 * @param steps   the changes in the order they will run: invites, role changes, additions, removals
 * @param skipped rows that need nothing
 * @param invalid rows that cannot be applied
 */
public record BulkPlan(List<Step> steps, List<Note> skipped, List<Note> invalid) {

    /** One change and the CSV lines it carries out. */
    public record Step(List<Integer> lines, Mutation mutation) {
    }

    /** A remark about one CSV line. */
    public record Note(int line, String subject, String reason) {
        @Override
        public String toString() {
            return "line " + line + " (" + subject + "): " + reason;
        }
    }

    /** Whether any step cannot be undone, or could lock its author out: the plan then needs {@code apply} typed. */
    public boolean destructive() {
        return steps.stream().anyMatch(s -> s.mutation().typedConfirmation());
    }

    /** What must be typed to confirm the whole plan: {@code apply} when it removes access, else {@code y}. */
    public String confirmText() {
        return destructive() ? "apply" : "y";
    }

    /** Whether {@code answer} confirms the whole plan ({@code yes} too for a plan that removes no one). */
    public boolean confirmedBy(String answer) {
        if (answer == null) {
            return false;
        }
        String a = answer.strip();
        return destructive() ? a.equals("apply") : a.equalsIgnoreCase("y") || a.equalsIgnoreCase("yes");
    }

    /**
     * Each step's confirmation under the plan's: the plan confirmed as a whole confirms every step (a destructive
     * step as if its own text had been typed); an answer that does not confirm the plan confirms no step.
     */
    public Confirmation confirmation(Step step, String answer) {
        Mutation m = step.mutation();
        if (!confirmedBy(answer)) {
            return new Confirmation(m, null);
        }
        return m.typedConfirmation() ? new Confirmation(m, m.confirmText()) : Confirmation.yes(m);
    }

    /** Whether there is nothing to send. */
    public boolean empty() {
        return steps.isEmpty();
    }
}
