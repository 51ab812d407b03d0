package dev.lsorg.app;

import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.Outcome;
import java.util.Optional;

/**
 * The door every confirmed change passes just before it is sent, for consoles that share one client
 * ({@code lsorg serve}): it keeps the one-change-per-object rule across sessions and hears each outcome, so the
 * other sessions can be told. A console of its own passes through {@link #OPEN}.
 */
public interface ChangeGate {
    /** Lets every change through and hears nothing. */
    ChangeGate OPEN = new ChangeGate() {
        @Override
        public Optional<String> enter(Mutation mutation) {
            return Optional.empty();
        }

        @Override
        public void left(Mutation mutation, Outcome outcome) {
        }
    };

    /**
     * Why {@code mutation} may not be sent now (a change of another session is in flight on one of its objects,
     * or this session may not change the org), or empty: then it holds its objects until {@link #left}.
     */
    Optional<String> enter(Mutation mutation);

    /** A change that entered has its outcome, journalled: its objects are free again. */
    void left(Mutation mutation, Outcome outcome);
}
