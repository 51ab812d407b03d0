package dev.lsorg.app.console;

import dev.lsorg.app.AppState;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Verb;
import java.util.List;

/** The detail view of one row: scrolling, raw JSON, copy, back to the table. */
final class DetailContext implements Context {
    private static final List<Verb> VERBS = List.of(Verb.MOVE_UP, Verb.MOVE_DOWN, Verb.PAGE_UP, Verb.PAGE_DOWN,
            Verb.FIRST, Verb.LAST, Verb.RAW_JSON, Verb.BACK, Verb.COPY, Verb.HELP, Verb.INTERRUPT);
    private final TableContext table;

    DetailContext(TableContext table) {
        this.table = table;
    }

    @Override
    public Mode mode() {
        return Mode.DETAIL;
    }

    @Override
    public List<Offer> offers(AppState s) {
        return VERBS.stream().map(Offer::of).toList();
    }

    @Override
    public void handle(AppState s, Intent i, Out out) {
        if (!(s.overlay() instanceof Overlay.Detail d) || !(i instanceof Verb v)) {
            return;
        }
        int page = s.viewport().bodyRows();
        switch (v) {
            case MOVE_UP -> scroll(d, d.scroll() - 1, out);
            case MOVE_DOWN -> scroll(d, d.scroll() + 1, out);
            case PAGE_UP -> scroll(d, d.scroll() - page, out);
            case PAGE_DOWN -> scroll(d, d.scroll() + page, out);
            case FIRST -> scroll(d, 0, out);
            case LAST -> scroll(d, 1_000_000, out);
            case RAW_JSON -> out.show(new Overlay.Detail(d.pane(), d.rowId(), !d.raw(), 0));
            case BACK -> out.show(Overlay.NONE);
            case COPY -> table.copy(s, out);
            case HELP -> out.show(new Overlay.Help(0));
            default -> { }
        }
    }

    private static void scroll(Overlay.Detail d, int to, Out out) {
        out.show(new Overlay.Detail(d.pane(), d.rowId(), d.raw(), Math.max(0, to)));
    }
}
