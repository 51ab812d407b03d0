package dev.lsorg.app.mutation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link MutationFactory} answers for a proposed change: either a {@link Ready} mutation to confirm, or the
 * reasons it was {@link Refused} (read-only mode, a missing permission, or input that breaks a rule).
 */
public sealed interface Proposal {

    /** The change is well-formed and allowed; show it and ask for confirmation. */
    record Ready(Mutation mutation) implements Proposal {
    }

    /** The change cannot be made as asked; one problem per field. */
    record Refused(List<Problem> problems) implements Proposal {
        public Refused {
            problems = List.copyOf(problems);
        }

        /** Every problem as {@code field: reason}, separated by semicolons. */
        public String message() {
            return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
        }
    }

    /** Whether a mutation is ready. */
    default boolean ready() {
        return this instanceof Ready;
    }

    /** The mutation of a ready proposal; throws if it was refused (a caller's bug: check {@link #ready()}). */
    default Mutation mutation() {
        if (this instanceof Ready r) {
            return r.mutation();
        }
        throw new IllegalStateException("refused: " + ((Refused) this).message());
    }

    /** The problems of a refused proposal, empty when ready. */
    default List<Problem> problems() {
        return this instanceof Refused r ? r.problems() : List.of();
    }
}
