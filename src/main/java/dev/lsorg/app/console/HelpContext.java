package dev.lsorg.app.console;

import dev.lsorg.app.AppState;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Verb;
import java.util.List;

/** The help screen: scrolling and back. */
final class HelpContext implements Context {
    private static final List<Verb> VERBS = List.of(Verb.MOVE_UP, Verb.MOVE_DOWN, Verb.PAGE_UP, Verb.PAGE_DOWN,
            Verb.BACK, Verb.INTERRUPT);

    @Override
    public Mode mode() {
        return Mode.HELP;
    }

    @Override
    public List<Offer> offers(AppState s) {
        return VERBS.stream().map(Offer::of).toList();
    }

    @Override
    public void handle(AppState s, Intent i, Out out) {
        if (!(s.overlay() instanceof Overlay.Help h) || !(i instanceof Verb v)) {
            return;
        }
        int page = s.viewport().bodyRows();
        switch (v) {
            case MOVE_UP -> out.show(new Overlay.Help(Math.max(0, h.scroll() - 1)));
            case MOVE_DOWN -> out.show(new Overlay.Help(h.scroll() + 1));
            case PAGE_UP -> out.show(new Overlay.Help(Math.max(0, h.scroll() - page)));
            case PAGE_DOWN -> out.show(new Overlay.Help(h.scroll() + page));
            case BACK -> out.show(Overlay.NONE);
            default -> { }
        }
    }
}
