package dev.lsorg.cli;

import dev.lsorg.app.bulk.BulkApply;
import dev.lsorg.app.bulk.BulkPlan;
import dev.lsorg.text.Sanitizer;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Prints an {@code apply} plan and each step's result as it comes, one sanitised line per step. */
final class PlanPrinter {
    private final PrintWriter out;

    PlanPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(BulkPlan plan) {
        out.println("Will change (" + plan.steps().size() + "):");
        for (BulkPlan.Step s : plan.steps()) {
            out.println("  " + lines(s.lines()) + ": " + Sanitizer.message(s.mutation().title()));
            s.mutation().requests().forEach(r -> out.println("      " + Sanitizer.message(r.operation())));
        }
        out.println("Already as asked, skipped (" + plan.skipped().size() + "):");
        plan.skipped().forEach(n -> out.println("  " + note(n)));
        out.println("Cannot apply (" + plan.invalid().size() + "):");
        plan.invalid().forEach(n -> out.println("  " + note(n)));
        out.flush();
    }

    void progress(BulkApply.StepResult r) {
        String bar = "#".repeat(20 * r.number() / r.total()) + ".".repeat(20 - 20 * r.number() / r.total());
        out.printf("[%s] %d/%d %-7s %s: %s%n", bar, r.number(), r.total(), r.outcome().status().word(),
                lines(r.step().lines()), Sanitizer.message(r.outcome().ok() ? r.step().mutation().title()
                        : r.outcome().message()));
        out.flush();
    }

    /** A note with the row's subject cut as a value, so a long cell never hides the reason after it. */
    private static String note(BulkPlan.Note n) {
        return "line " + n.line() + " (" + Sanitizer.line(n.subject()) + "): " + Sanitizer.message(n.reason());
    }

    private static String lines(List<Integer> lines) {
        return (lines.size() == 1 ? "line " : "lines ")
                + lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
