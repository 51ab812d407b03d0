package dev.lsorg.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds the current {@link AppState} and applies actions to it through the update function (the {@link Reducer},
 * and the console's contexts for the user's intents), then starts the effects it asked for. Single-threaded by
 * contract: call {@link #dispatch} on the GUI thread only (other threads go through a {@link Dispatcher} that
 * queues onto it).
 */
public final class StateStore {
    private final Update update;
    private final List<Consumer<AppState>> listeners = new ArrayList<>();
    private AppState state;
    private EffectRunner effects;

    /** A store starting at {@code initial}, updated by the {@link Reducer} alone (no intents). */
    public StateStore(AppState initial) {
        this(initial, new Reducer()::reduce);
    }

    /** A store starting at {@code initial}, updated by {@code update}. */
    public StateStore(AppState initial, Update update) {
        this.state = initial;
        this.update = update;
    }

    /** Sets who performs effects; effects dispatched before this are dropped (there are none before start). */
    public void effects(EffectRunner runner) {
        this.effects = runner;
    }

    /** The current state. */
    public AppState state() {
        return state;
    }

    /** Calls {@code l} with the new state after every action. */
    public void listen(Consumer<AppState> l) {
        listeners.add(l);
    }

    /** Applies {@code a}, notifies listeners, then starts the effects. */
    public void dispatch(Action a) {
        Step step = update.apply(state, a);
        state = step.state();
        listeners.forEach(l -> l.accept(state));
        if (effects != null) {
            effects.run(step.effects());
        }
    }
}
