package dev.lsorg.app.console;

import dev.lsorg.app.AppState;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import java.util.List;

/**
 * One thing on screen that has the keyboard (a pane's table, the detail view, help, the filter, the command line,
 * the picker, a change dialog, the quit question): how keys are read in it, what it offers, and what an intent
 * means in it.
 */
interface Context {
    /** How keys are read here. */
    Mode mode();

    /** The verbs it answers to, its own first, for the hint bar and help. */
    List<Offer> offers(AppState s);

    /** What {@code i} means in state {@code s}, as actions added to {@code out}; never I/O, never blocking. */
    void handle(AppState s, Intent i, Out out);
}
