package dev.lsorg.app.bulk;

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

    /** Whether any step cannot be undone. */
    public boolean destructive() {
        return steps.stream().anyMatch(s -> s.mutation().destructive());
    }

    /** Whether there is nothing to send. */
    public boolean empty() {
        return steps.isEmpty();
    }
}
