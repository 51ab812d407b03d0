package dev.lsorg.app.mutation;

import dev.lsorg.model.APIKeyCreateResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What came of running a {@link Mutation}: whether it happened, the server's reasons in words when it did not,
 * and for a new key the secret, handed to the caller once (it is never journaled; {@link #toString()} hides it).
 *
 * @param mutation   the change that was run
 * @param status     what happened
 * @param message    one line for the status bar or the shell
 * @param failures   each failed request's reason in words, prefixed with its target when there are several
 * @param errorType  the kind of the first failure ({@code Conflict}, {@code Validation}, ...) or {@code null}
 * @param sent       how many requests were sent
 * @param createdKey the key a create-key mutation made, with its secret, or {@code null}
 * @param duration   time from the first request to the last answer
 */
public record Outcome(Mutation mutation, Status status, String message, List<String> failures, String errorType,
        int sent, APIKeyCreateResponse createdKey, Duration duration) {

    /** How a run ended. */
    public enum Status {
        /** Every request succeeded. */
        OK,
        /** Some requests succeeded and some failed (marked rows, several batches). */
        PARTIAL,
        /** Nothing succeeded. */
        FAILED,
        /** Recorded in the journal but not sent ({@code --dry-run}). */
        DRY_RUN,
        /** This mutation was already run: nothing was sent again. */
        ALREADY_RUN,
        /** The confirmation did not confirm the change: nothing was sent or journaled. */
        NOT_CONFIRMED;

        /** The word used in the journal. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Outcome {
        failures = List.copyOf(failures);
    }

    /** Whether the change fully happened (or was fully recorded, for a dry run). */
    public boolean ok() {
        return status == Status.OK || status == Status.DRY_RUN;
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
