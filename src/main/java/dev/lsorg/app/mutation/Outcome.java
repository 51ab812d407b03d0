package dev.lsorg.app.mutation;

import dev.lsorg.model.APIKeyCreateResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What came of running a {@link Mutation}: done, not done (refused, or found not done after its answer was lost),
 * partly done, or still unknown; each request's {@link RequestResult} with the server's reasons and the evidence
 * of any check; and for a new key the secret, handed to the caller once (it is never journaled; {@link #toString()}
 * hides it).
 *
 * @param mutation   the change that was run
 * @param status     what happened, over all its requests
 * @param message    one line for the status bar or the shell
 * @param results    one per request sent, in order
 * @param sent       how many requests were sent
 * @param createdKey the key a create-key mutation made, with its secret, or {@code null}
 * @param duration   time from the first request to the last answer (checks included)
 */
public record Outcome(Mutation mutation, Status status, String message, List<RequestResult> results, int sent,
                      APIKeyCreateResponse createdKey, Duration duration) {

    /** How a run ended. */
    public enum Status {
        /** Every request took effect (some perhaps found done after their answer was lost). */
        DONE,
        /** Some requests took effect and some did not. */
        PARTIAL,
        /** Nothing took effect: LangSmith refused, or its answer was lost and a check found nothing done. */
        NOT_DONE,
        /** What happened to at least one request is still not known. */
        UNKNOWN,
        /** Recorded in the journal but not sent ({@code --dry-run}). */
        DRY_RUN,
        /** This mutation was already run: nothing was sent again. */
        ALREADY_RUN,
        /** The confirmation did not confirm the change: nothing was sent or journaled. */
        NOT_CONFIRMED,
        /** The journal could not record the intent, so nothing was sent. */
        NOT_SENT;

        /** The word used in the journal. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Outcome {
        results = List.copyOf(results);
    }

    /** An outcome in which nothing was sent, for {@code reason}. */
    public static Outcome unsent(Mutation mutation, Status status, String reason) {
        return new Outcome(mutation, status, reason, List.of(), 0, null, Duration.ZERO);
    }

    /** The outcome of the requests that were sent, with its status and message derived from their verdicts. */
    static Outcome of(Mutation mutation, List<RequestResult> results, APIKeyCreateResponse key, Duration took) {
        Status status = OutcomeWords.status(results);
        return new Outcome(mutation, status, OutcomeWords.message(mutation, status, results), results,
                results.size(), key, took);
    }

    /** Whether the change fully happened (or was fully recorded, for a dry run). */
    public boolean ok() {
        return status == Status.DONE || status == Status.DRY_RUN;
    }

    /** The server's reasons for each refused request, prefixed with its target when there are several. */
    public List<String> failures() {
        boolean several = results.size() > 1;
        return results.stream().filter(r -> r.verdict() == Verdict.REFUSED)
                .map(r -> (several ? r.target() + ": " : "") + r.reason()).toList();
    }

    /** The kind of the first error ({@code Conflict}, {@code Timeout} ...), or null. */
    public String errorType() {
        return results.stream().map(RequestResult::errorType).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** Whether any request's answer was lost (so the org was read again to tell). */
    public boolean checked() {
        return results.stream().anyMatch(r -> r.evidence() != null);
    }

    /** Whether LangSmith refused every request outright (so the form can show its reasons and be fixed). */
    public boolean refused() {
        return !results.isEmpty() && results.stream().allMatch(r -> r.verdict() == Verdict.REFUSED);
    }

    /**
     * The id of a key this change created whose answer was lost, so its secret could not be shown (a check found
     * the key): it can only be revoked and replaced, never shown.
     */
    public Optional<UUID> lostKey() {
        boolean creates = mutation.kind() == MutationKind.CREATE_KEY || mutation.kind() == MutationKind.REPLACE_KEY;
        return creates && createdKey == null ? results.stream().filter(r -> r.verdict() == Verdict.DONE_AFTER_CHECK
                && r.subject() != null).map(RequestResult::subject).findFirst() : Optional.empty();
    }

    /** The new key's secret, to show once and never store. */
    public Optional<String> secret() {
        return createdKey == null ? Optional.empty() : Optional.ofNullable(createdKey.key());
    }

    @Override
    public String toString() {
        return "Outcome[" + status + ": " + message + (createdKey == null ? "" : ", key=<secret, shown once>") + "]";
    }
}
