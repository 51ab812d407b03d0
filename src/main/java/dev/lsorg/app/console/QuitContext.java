package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Verb;
import java.util.List;

/** "Quit lsorg?": y, q or Ctrl-C again quits; any other key stays. */
final class QuitContext implements Context {
    @Override
    public Mode mode() {
        return Mode.INPUT;
    }

    @Override
    public List<Offer> offers(AppState s) {
        return List.of(new Offer(Verb.INTERRUPT, "quit", "Quit (also y or q)", null));
    }

    @Override
    public void handle(AppState s, Intent i, Out out) {
        boolean yes = i == Verb.INTERRUPT || (i instanceof Intent.Typed t && (t.text().equals("y")
                || t.text().equals("q")));
        if (yes) {
            out.add(new Action.QuitConfirmed());
        } else {
            out.show(Overlay.NONE);
        }
    }
}
