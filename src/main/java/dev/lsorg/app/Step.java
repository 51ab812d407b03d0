package dev.lsorg.app;

import java.util.List;

/**
 * The reducer's answer: the next state and the effects to run.
 *
 * @param state   the new state
 * @param effects I/O to perform, in order
 */
public record Step(AppState state, List<Effect> effects) {
    /** A new state with no effects. */
    public static Step of(AppState state) {
        return new Step(state, List.of());
    }

    /** A new state with effects. */
    public static Step of(AppState state, Effect... effects) {
        return new Step(state, List.of(effects));
    }
}
