package dev.lsorg.app;

/** Hands an action to the store on the GUI thread; callable from any thread (it only queues). */
@FunctionalInterface
public interface Dispatcher {
    /** Queues {@code action} for the reducer. */
    void dispatch(Action action);
}
