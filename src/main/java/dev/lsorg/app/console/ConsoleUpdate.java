package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Reducer;
import dev.lsorg.app.Step;
import dev.lsorg.app.TypeAhead;
import dev.lsorg.app.Update;

/**
 * The console's whole update function: an intent goes to the context on screen ({@link Contexts}), anything else
 * (answers, ticks, results) to the {@link Reducer}.
 */
public final class ConsoleUpdate implements Update {
    private final Reducer reducer = new Reducer();
    private final Contexts contexts;

    /** The update over {@code contexts}. */
    public ConsoleUpdate(Contexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public Step apply(AppState s, Action a) {
        if (a instanceof Action.Intended i) {
            return TypeAhead.unseen(s, i) ? TypeAhead.notUsed(s, i.at()) : contexts.handle(s, i.intent(), i.at());
        }
        return contexts.land(reducer.reduce(s, a));
    }
}
