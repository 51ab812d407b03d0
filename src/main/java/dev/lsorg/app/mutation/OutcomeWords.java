package dev.lsorg.app.mutation;

import java.util.List;
import java.util.stream.Collectors;

/** The words of an {@link Outcome}: its status from the requests' verdicts, and one line saying what happened. */
final class OutcomeWords {
    private OutcomeWords() {
    }

    static Outcome.Status status(List<RequestResult> results) {
        if (results.stream().anyMatch(r -> r.verdict().open())) {
            return Outcome.Status.UNKNOWN;
        }
        long done = results.stream().filter(r -> r.verdict().done()).count();
        return done == results.size() ? Outcome.Status.DONE : done == 0 ? Outcome.Status.NOT_DONE
                : Outcome.Status.PARTIAL;
    }

    static String message(Mutation m, Outcome.Status status, List<RequestResult> results) {
        boolean lost = results.stream().anyMatch(r -> r.evidence() != null);
        return switch (status) {
            case DONE -> lost ? "Unknown → done: " + m.title() + " (its answer was lost; the org shows it: "
                    + evidence(results) + ")" : "Done: " + m.title();
            case NOT_DONE -> lost ? "Unknown → not done: " + m.title() + " (" + details(results,
                    r -> !r.verdict().done()) + ")" : "Refused: " + reasons(results);
            case PARTIAL -> "Partly done, " + results.stream().filter(r -> r.verdict().done()).count() + " of "
                    + results.size() + ": " + details(results, r -> !r.verdict().done());
            default -> "Unknown: " + m.title() + " (" + details(results, r -> r.verdict().open())
                    + "); look at the org before trying again";
        };
    }

    private static String evidence(List<RequestResult> results) {
        return results.stream().filter(r -> r.evidence() != null).map(RequestResult::evidence)
                .collect(Collectors.joining("; "));
    }

    private static String reasons(List<RequestResult> results) {
        boolean several = results.size() > 1;
        return results.stream().map(r -> (several ? r.target() + ": " : "") + r.reason())
                .collect(Collectors.joining("; "));
    }

    private static String details(List<RequestResult> results, java.util.function.Predicate<RequestResult> which) {
        return results.stream().filter(which).map(RequestResult::describe).collect(Collectors.joining("; "));
    }
}
