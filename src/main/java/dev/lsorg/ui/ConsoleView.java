package dev.lsorg.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Intent;
import dev.lsorg.app.StateStore;
import dev.lsorg.app.TypeAhead;
import dev.lsorg.app.Verb;
import dev.lsorg.app.Viewport;
import dev.lsorg.app.console.Breadcrumb;
import dev.lsorg.app.rows.SortKeys;
import dev.lsorg.app.console.Contexts;
import dev.lsorg.app.Overlay;
import dev.lsorg.model.Json;
import dev.lsorg.ui.dialog.ChangeDialogs;
import dev.lsorg.ui.dialog.TextPage;
import dev.lsorg.ui.dialog.WorkspacePicker;
import dev.lsorg.app.pane.Pane;
import dev.lsorg.app.pane.Panes;
import dev.lsorg.ui.render.Glyphs;
import dev.lsorg.ui.render.Painter;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowView;
import dev.lsorg.ui.theme.Slot;
import dev.lsorg.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The one Lanterna component of the console: it draws the whole screen from the current state and hands every key
 * to the context on screen as an intent (see {@link KeyMap}). Drawing reads state only; the screen's diffing sends
 * just the changed cells.
 */
final class ConsoleView extends AbstractInteractableComponent<ConsoleView> {
    // GUI thread only: a key is being handled (see handlingKey()).
    private boolean handlingKey;
    // GUI thread only: when the view was last painted (milliseconds of the console's clock), none yet.
    private long paintedMillis = Long.MIN_VALUE / 2;
    private final StateStore store;
    private final Supplier<AppState> state;
    private final Contexts contexts;
    private final KeyMap keyMap;
    private final Clock clock;
    private final Map<String, Theme> themes = new ConcurrentHashMap<>();
    private final Theme initialTheme;
    private final Panes panes;
    private final KeyTable keys;
    private final Glyphs glyphs;
    private final ChromeView chrome;
    private final TableView table;
    private TerminalPosition cursor;
    private Layout layout = new Layout(80, 24);
    // What the last frame showed a key could act on (Overlay.sight): keys read before a dialog was drawn carry the
    // sight of what was there before it, and TypeAhead keeps them out of it.
    private Object drawnSight;
    private Instant drawnSince = Instant.MIN;
    private Duration dwell = TypeAhead.DWELL;
    private boolean drawnSends;
    ConsoleView(StateStore store, Contexts contexts, Panes panes, KeyTable keys, Theme theme, Glyphs glyphs,
                Clock clock, TableView.Scroller scroller) {
        this.table = new TableView(scroller);
        this.store = store;
        this.state = store::state;
        this.contexts = contexts;
        this.keyMap = new KeyMap(keys);
        this.clock = clock;
        this.panes = panes;
        this.keys = keys;
        this.initialTheme = theme;
        themes.put(theme.name(), theme);
        this.glyphs = glyphs;
        this.chrome = new ChromeView(keys, glyphs == Glyphs.ASCII, contexts);
    }

    /** Keeps {@code t} for when the state names it (a theme is loaded off the GUI thread, then named). */
    void loaded(Theme t) {
        themes.put(t.name(), t);
    }

    private Theme theme() {
        return themes.getOrDefault(state.get().theme(), initialTheme);
    }

    /** Rows in the table body at the last drawn size (the page for PgUp/PgDn). */
    int pageRows() {
        return layout.bodyRows();
    }

    @Override
    public Result handleKeyStroke(KeyStroke k) {
        handlingKey = true;
        try {
            resized();
            if (k instanceof MouseAction m) {
                mouse(m).forEach(i -> store.dispatch(new Action.Intended(i, clock.instant(), seen())));
                return Result.HANDLED;
            }
            for (KeyStroke one : KeyMap.strokes(k)) {
                AppState s = state.get();
                Intent i = keyMap.intent(one, contexts.mode(s), s.connection().readOnly());
                if (i != null) {
                    store.dispatch(new Action.Intended(i, clock.instant(), seen()));
                }
            }
            // Nothing to invalidate here: each dispatch did, through the store's listener.
            return Result.HANDLED;
        } finally {
            handlingKey = false;
        }
    }

    /**
     * Whether a key is being handled: Lanterna draws the frame for it once it has been handled, so the state's
     * changes meanwhile need no frame of their own (the console drew each key twice: a full frame is most of what
     * a keystroke costs).
     */
    boolean handlingKey() {
        return handlingKey;
    }

    /** When the view was last painted, in milliseconds of the console's clock. */
    long paintedMillis() {
        return paintedMillis;
    }

    // What the user can have seen when the key came: a confirmation counts once it has been up for the dwell.
    private Object seen() {
        return drawnSends && clock.instant().isBefore(drawnSince.plus(dwell)) ? TypeAhead.TOO_SOON : drawnSight;
    }

    /** How long a confirmation must be on screen before a key answers it (tests that do not time it set zero). */
    void dwell(Duration d) {
        this.dwell = d;
    }

    // What a click or the wheel means where it lands: a tab, a row, a dialog's button; the wheel moves by three.
    private List<Intent> mouse(MouseAction m) {
        AppState s = state.get();
        int x = m.getPosition().getColumn();
        int y = m.getPosition().getRow();
        MouseActionType type = m.getActionType();
        if (type == MouseActionType.SCROLL_UP || type == MouseActionType.SCROLL_DOWN) {
            Verb v = type == MouseActionType.SCROLL_UP ? Verb.MOVE_UP : Verb.MOVE_DOWN;
            return List.of(v, v, v);
        }
        if (!m.isMouseDown() || m.getButton() != 1) {
            return List.of();
        }
        if (s.overlay() instanceof Overlay.Change ch && ch.dialog() instanceof ChangeDialog.Confirm c
                && y == layout.statusRow() - 1) {
            // "[ Cancel ]  [ Confirm ]": a click presses the button under it.
            return x <= 11 ? List.of(Verb.CANCEL) : c.onConfirm() ? List.of(Verb.SUBMIT)
                    : List.of(Verb.COMPLETE, Verb.SUBMIT);
        }
        if (!(s.overlay() instanceof Overlay.None)) {
            return List.of();
        }
        if (y == 1) {
            PaneId tab = chrome.tabAt(x);
            return tab == null ? List.of() : List.of(Verb.valueOf("PANE_" + (PaneId.TABS.indexOf(tab) + 1)));
        }
        int index = table.offset(s.pane()) + y - layout.bodyTop();
        RowView view = panes.view(s, s.pane());
        boolean body = y >= layout.bodyTop() && y < layout.bodyTop() + layout.bodyRows();
        return body && index < view.size() ? List.of(new Intent.Clicked(view.rows().get(index).id())) : List.of();
    }

    // The update side pages and clicks by the size last drawn.
    private void resized() {
        Viewport v = state.get().viewport();
        if (v.width() != layout.width() || v.height() != layout.height()) {
            store.dispatch(new Action.Resized(layout.width(), layout.height()));
        }
    }

    @Override
    protected InteractableRenderer<ConsoleView> createDefaultRenderer() {
        return new InteractableRenderer<>() {
            @Override
            public TerminalPosition getCursorLocation(ConsoleView c) {
                return cursor;
            }

            @Override
            public TerminalSize getPreferredSize(ConsoleView c) {
                return new TerminalSize(80, 24);
            }

            @Override
            public void drawComponent(TextGUIGraphics g, ConsoleView c) {
                paint(new Painter(g, theme(), glyphs), g.getSize());
            }
        };
    }

    private void paint(Painter p, TerminalSize size) {
        paintedMillis = clock.millis();
        layout = Layout.of(size);
        AppState s = state.get();
        Object sight = layout.usable() ? s.overlay().sight() : null;
        if (!java.util.Objects.equals(sight, drawnSight)) {
            drawnSince = clock.instant();
        }
        drawnSight = sight;
        drawnSends = s.overlay().sends();
        cursor = null;
        if (!layout.usable()) {
            tooSmall(p, size);
            return;
        }
        chrome.header(p, s, layout.width());
        chrome.tabs(p, s, layout.width());
        body(p, s);
        chrome.status(p, s, layout.statusRow(), layout.width());
        traceDraw(s);
        int col = chrome.hints(p, s, layout.hintRow(), layout.width());
        if (col >= 0) {
            cursor = new TerminalPosition(col, layout.hintRow());
        }
    }

    private boolean tracedFrame;
    private boolean tracedData;

    private void traceDraw(AppState s) {
        if (!tracedFrame) {
            tracedFrame = true;
            dev.lsorg.trace.StartupTrace.mark("first frame drawn");
        }
        if (!tracedData && s.data().workspaces() != null) {
            tracedData = true;
            dev.lsorg.trace.StartupTrace.mark("first frame with workspaces drawn");
        }
    }

    private void body(Painter p, AppState s) {
        Pane pane = panes.get(s.pane());
        RowView view = panes.view(s, s.pane());
        Overlay o = s.overlay();
        if (o instanceof Overlay.Change ch) {
            int[] at = ChangeDialogs.draw(p, ch.dialog(), s.connection().dryRun(), layout.titleRow(),
                    layout.statusRow() - 1, layout.width());
            cursor = at == null ? null : new TerminalPosition(at[0], at[1]);
            return;
        }
        if (o instanceof Overlay.Help h) {
            List<String> help = HelpText.inPane(keys, where(s), contexts.ownOffers(s), contexts.tableOffers(s), sortKeys(s),
                    s.connection().readOnly(), glyphs == Glyphs.ASCII, disabledNotes(s));
            TextPage.draw(p, " Help " + glyphs.separator() + " keys work as listed; Esc or q goes back", help, h.scroll(),
                    layout.bodyTop(), layout.bodyRows() - 1 + 1, layout.width());
            return;
        }
        if (o instanceof Overlay.Detail d) {
            detail(p, s, d);
            return;
        }
        table.title(p, s, pane, view, panes.total(s, s.pane()), layout.width());
        table.table(p, s, pane, view, layout);
        if (o instanceof Overlay.Picker pk) {
            WorkspacePicker.draw(p, WorkspacePicker.matches(s.data().workspaces(), pk.query()), pk.query(),
                    pk.index(), s.workspace(), layout.bodyTop(), layout.bodyRows(), layout.width());
        }
    }

    private void detail(Painter p, AppState s, Overlay.Detail d) {
        Pane pane = panes.get(d.pane());
        RowView view = panes.view(s, d.pane());
        int i = view.indexOf(d.rowId());
        Row row = i < 0 ? null : view.at(i);
        List<String> lines = row == null ? List.of("This row is gone (deleted or filtered out since).")
                : d.raw() ? json(row.source()) : TextPage.fields(pane.detail(row, s));
        String what = row == null ? "" : row.copy() != null && row.copy().contains("@") ? row.copy() : row.cells()[0];
        String title = " " + pane.id().title() + ": " + what + " " + glyphs.separator()
                + (d.raw() ? " raw JSON (y: fields)" : " y: raw JSON") + ", Esc: back";
        TextPage.draw(p, title, lines, d.scroll(), layout.bodyTop(), layout.bodyRows(), layout.width());
    }

    // The pane's sort keys, as help lists them: "E N O W A L T".
    private String sortKeys(AppState s) {
        StringBuilder b = new StringBuilder();
        for (char c : SortKeys.of(panes.get(s.pane()).columns())) {
            if (c != 0) {
                b.append(b.length() == 0 ? "" : " ").append(c);
            }
        }
        return b.toString();
    }

    // Where the user is, for help's first heading: the breadcrumb when Enter led here, else the pane.
    private String where(AppState s) {
        return s.trail().isEmpty() ? s.pane().title() + " pane"
                : String.join(" " + glyphs.separatorArrow() + " ", Breadcrumb.of(s));
    }

    // Help lines naming the change keys this API key may not use, with the reason.
    private List<String> disabledNotes(AppState s) {
        List<String> out = new ArrayList<>();
        for (String[] d : contexts.disabledChanges(s)) {
            out.add("  " + keys.keyFor(Verb.valueOf(d[0])) + " in " + d[1] + ": disabled, " + d[2]);
        }
        if (!out.isEmpty()) {
            out.add(0, "");
            out.add(1, "Changes this API key cannot make");
        }
        return out;
    }

    static List<String> json(Object source) {
        try {
            String text = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(source);
            return new ArrayList<>(List.of(text.split("\n")));
        } catch (Exception e) {
            return List.of("(cannot show JSON: " + e.getMessage() + ")");
        }
    }

    private void tooSmall(Painter p, TerminalSize size) {
        for (int r = 0; r < size.getRows(); r++) {
            p.fill(0, r, size.getColumns(), p.style(Slot.BASE));
        }
        p.text(0, 0, size.getColumns(), "lsorg needs at least " + Layout.MIN_WIDTH + "x" + Layout.MIN_HEIGHT
                + " (now " + size.getColumns() + "x" + size.getRows() + ")", p.style(Slot.STATUS_WARN));
    }
}
