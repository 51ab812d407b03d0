package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Verb;
import java.util.List;

/** Typing the filter in the pane title: it filters live; Enter keeps it, Esc clears it. */
final class FilterContext implements Context {
    @Override
    public Mode mode() {
        return Mode.INPUT;
    }

    @Override
    public List<Offer> offers(AppState s) {
        return List.of(new Offer(Verb.SUBMIT, "keep", "Keep the filter", null),
                new Offer(Verb.CANCEL, "clear", "Clear the filter", null));
    }

    @Override
    public void handle(AppState s, Intent i, Out out) {
        if (i == Verb.SUBMIT) {
            out.show(Overlay.NONE);
        } else if (i == Verb.CANCEL) {
            out.add(new Action.FilterChanged(s.pane(), ""));
            out.show(Overlay.NONE);
        } else {
            Editing.edit(s.paneState(s.pane()).filter(), i).ifPresent(f -> out.add(new Action.FilterChanged(s.pane(),
                    f)));
        }
    }
}
