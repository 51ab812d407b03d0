package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a context decided, as the actions that say so, in order; {@link Contexts} runs them through the reducer
 * into one step. Each context's handling is thus a pure function of the state and the intent.
 */
final class Out {
    private final List<Action> actions = new ArrayList<>();
    private final Instant at;

    Out(Instant at) {
        this.at = at;
    }

    /** When the intent came. */
    Instant at() {
        return at;
    }

    /** Adds {@code a}. */
    void add(Action a) {
        actions.add(a);
    }

    /** Opens {@code o} over the pane (or closes what is open, with {@link Overlay#NONE}). */
    void show(Overlay o) {
        add(new Action.OverlayChanged(o));
    }

    /** A warning on the status line. */
    void warn(String text) {
        add(new Action.StatusShown(Status.warn(text, at)));
    }

    /** A passing note on the status line. */
    void info(String text) {
        add(new Action.StatusShown(Status.info(text, at)));
    }

    /** The actions so far. */
    List<Action> actions() {
        return actions;
    }
}
