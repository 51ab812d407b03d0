package dev.lsorg.app;

/** The console's update function: the next state and the effects for an action. Pure; GUI thread only. */
@FunctionalInterface
public interface Update {
    /** The step {@code a} makes from {@code s}. */
    Step apply(AppState s, Action a);
}
