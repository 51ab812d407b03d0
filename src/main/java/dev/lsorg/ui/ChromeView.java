package dev.lsorg.ui;

import dev.lsorg.app.AppState;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Verb;
import dev.lsorg.app.console.Contexts;
import dev.lsorg.app.console.Offer;
import java.util.EnumMap;
import java.util.Map;
import dev.lsorg.ui.render.Painter;
import dev.lsorg.app.Connection;
import dev.lsorg.app.LoadState;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Status;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.ui.dialog.ChangeDialogs;
import dev.lsorg.app.rows.Ages;
import dev.lsorg.ui.render.Text;
import dev.lsorg.ui.theme.Slot;
import dev.lsorg.ui.theme.Style;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Draws the frame around the pane: header, tab strip, status line and hint bar. */
final class ChromeView {
    /** The header's warning when the key travels in clear (plain http to another machine, allowed by the user). */
    static final String INSECURE = "INSECURE HTTP";
    private static final List<String> BADGES = List.of("READ-ONLY", "DRY-RUN", INSECURE);
    private final KeyTable keys;
    private final boolean ascii;
    private final Contexts contexts;
    // GUI thread only: where each tab started when the strip was last drawn, for clicks.
    private final int[] tabStarts = new int[PaneId.TABS.size()];

    ChromeView(KeyTable keys, boolean ascii, Contexts contexts) {
        this.keys = keys;
        this.ascii = ascii;
        this.contexts = contexts;
    }

    void header(Painter p, AppState s, int width) {
        Style base = p.style(Slot.HEADER);
        p.fill(0, 0, width, base);
        List<String> right = rightSegments(s, p);
        int rw = right.stream().mapToInt(x -> Text.width(x) + 1).sum();
        int col = width - rw;
        for (String seg : right) {
            Style st = BADGES.contains(seg) ? p.style(Slot.BADGE) : base;
            col = p.word(col, 0, width - col, seg, st) + 1;
        }
        String sep = " " + p.glyphs().separator() + " ";
        p.text(0, 0, Math.max(0, width - rw - 1), String.join(sep, leftSegments(s, width - rw - 1, sep)), base);
    }

    private static List<String> leftSegments(AppState s, int room, String sep) {
        OrganizationInfo info = s.data().info();
        Connection c = s.connection();
        TenantForUser ws = s.data().workspace(s.workspace());
        List<String> all = new ArrayList<>();
        // A rejected key is a state of the console, not a passing error: nothing works until the key does.
        all.add(s.keyRejected() != null ? " lsorg KEY REJECTED: " + Text.sanitize(s.keyRejected())
                : " lsorg " + (info == null ? "(loading org)" : Text.sanitize(info.displayName())));
        if (c.operator() != null) {
            // A served session: who is at this keyboard, and what they may do, before anything else.
            all.add(c.operator());
        }
        all.add("ws " + (ws == null ? "-" : Text.sanitize(ws.displayName())));
        all.add("key " + c.keyShort());
        if (c.keyScope() != null) {
            all.add(c.keyScope() + " key");
        }
        if (info != null) {
            all.add("org " + info.id());
        }
        all.add(c.endpoint());
        List<String> out = new ArrayList<>();
        int used = 0;
        for (String seg : all) {
            int w = Text.width(seg) + (out.isEmpty() ? 0 : sep.length());
            if (used + w > room && !out.isEmpty()) {
                break;
            }
            out.add(seg);
            used += w;
        }
        return out;
    }

    private static List<String> rightSegments(AppState s, Painter p) {
        List<String> out = new ArrayList<>();
        if (s.connection().insecureHttp()) {
            out.add(INSECURE);
        }
        if (s.connection().readOnly()) {
            out.add("READ-ONLY");
        }
        if (s.connection().dryRun()) {
            out.add("DRY-RUN");
        }
        if (s.failures() > 0) {
            long secs = Math.max(0, Duration.between(s.now(), s.nextRefresh()).getSeconds());
            out.add("disconnected, retrying in " + secs + "s");
        } else if (s.anyLoading()) {
            out.add(p.glyphs().spin(s.ticks()) + " loading");
        }
        Instant last = s.lastRefresh();
        // A load can finish after the last tick, so its time may be a moment after the state's clock.
        String ago = last == null ? null : Ages.seconds(last.isAfter(s.now()) ? s.now() : last, s.now()) + " ago";
        // A refresh that failed is named so: the age is then that of the last good data, not of a refresh.
        boolean failed = s.failures() == 0 && s.loads().values().stream().anyMatch(l -> l.error() != null
                && !l.loading());
        out.add(failed ? "refresh failed" + (ago == null ? "" : ", data from " + ago)
                : ago == null ? "never refreshed" : "refreshed " + ago);
        return out;
    }

    /** The tab drawn at column {@code x} of the tab strip, or null (for a click). */
    PaneId tabAt(int x) {
        for (int i = PaneId.TABS.size() - 1; i >= 0; i--) {
            if (x >= tabStarts[i] && (i > 0 || x >= 0)) {
                return PaneId.TABS.get(i);
            }
        }
        return null;
    }

    void tabs(Painter p, AppState s, int width) {
        p.fill(0, 1, width, p.style(Slot.TAB));
        boolean compact = fullTabsWidth() > width;
        int col = 0;
        PaneId active = s.trail().isEmpty() || s.pane().tab() ? s.pane() : s.trail().get(0).pane();
        for (PaneId id : PaneId.TABS) {
            tabStarts[PaneId.TABS.indexOf(id)] = col;
            boolean busy = id.resources().stream().map(s::load).anyMatch(LoadState::loading);
            boolean failed = id.resources().stream().map(s::load).anyMatch(l -> l.error() != null);
            String mark = failed ? "!" : busy ? p.glyphs().spin(s.ticks()) : "";
            String label = (compact ? "" : " ") + (id.ordinal() + 1) + " " + (compact ? id.shortTitle() : id.title())
                    + mark + " ";
            Style st = p.style(id == active ? Slot.TAB_ACTIVE : Slot.TAB);
            col = p.word(col, 1, width - col, label, st);
        }
    }

    // The last tab's closing space may fall off the edge.
    private static int fullTabsWidth() {
        int w = -1;
        for (PaneId id : PaneId.TABS) {
            w += id.title().length() + 5;
        }
        return w;
    }

    void status(Painter p, AppState s, int row, int width) {
        if (s.overlay() instanceof Overlay.QuitConfirm) {
            p.text(0, row, width, " Quit lsorg? Press y to quit, any other key to stay.", p.style(Slot.STATUS_WARN));
            return;
        }
        if (s.overlay() instanceof Overlay.CommandLine cl && !cl.hint().isEmpty()) {
            p.text(0, row, width, " " + cl.hint(), p.style(Slot.DIALOG));
            return;
        }
        Status st = s.status();
        Slot slot = st.level() == Status.Level.ERROR ? Slot.STATUS_ERROR
                : st.level() == Status.Level.WARN ? Slot.STATUS_WARN : Slot.STATUS_INFO;
        String dismiss = st.sticky() && st.present() ? "  [Esc]" : "";
        p.text(0, row, width, st.text().isEmpty() ? "" : " " + st.text() + dismiss, st.text().isEmpty()
                ? p.style(Slot.BASE) : p.style(slot));
    }

    /** Draws the hint bar, or the input line while typing; returns the cursor column for an input line, else -1. */
    int hints(Painter p, AppState s, int row, int width) {
        if (s.overlay() instanceof Overlay.CommandLine cl) {
            return input(p, row, width, ":", cl.text());
        }
        if (s.overlay() instanceof Overlay.FilterInput) {
            return input(p, row, width, "/", s.paneState(s.pane()).filter());
        }
        if (s.overlay() instanceof Overlay.Change ch) {
            p.text(0, row, width, ChangeDialogs.hints(ch.dialog()), p.style(Slot.HINT_TEXT));
            return -1;
        }
        p.fill(0, row, width, p.style(Slot.HINT_TEXT));
        int col = 0;
        for (Hint h : fitting(hintsFor(s), width)) {
            // A change the API key may not make stays visible, dimmed; pressing it says why.
            Slot key = h.dim() ? Slot.ROW_DIM : Slot.HINT_KEY;
            col = p.word(col, row, width - col, KeyNames.display(h.key(), ascii), p.style(key));
            col = p.word(col, row, width - col, " " + h.label() + "  ", p.style(Slot.HINT_TEXT));
        }
        return -1;
    }

    /** One entry of the hint bar: a key, its label here, and whether it is drawn disabled. */
    private record Hint(Verb verb, String key, String label, boolean dim) {
    }

    // The keys of the mode on screen in table order, labelled as the context offers them; the picker and the quit
    // question keep the table's hints.
    private List<Hint> hintsFor(AppState s) {
        boolean typing = contexts.mode(s) == Mode.INPUT;
        Mode mode = typing ? Mode.TABLE : contexts.mode(s);
        Map<Verb, Offer> offers = new EnumMap<>(Verb.class);
        (typing ? contexts.tableOffers(s) : contexts.offers(s)).forEach(o -> offers.putIfAbsent(o.verb(), o));
        List<Hint> out = new ArrayList<>();
        for (Binding b : keys.bindings(mode, s.connection().readOnly())) {
            Offer o = offers.get(b.verb());
            // The key was rejected: change keys are withdrawn until a load succeeds.
            if (o == null || (b.mutating() && s.keyRejected() != null)) {
                continue;
            }
            String label = b.mutating() || !b.hint().isEmpty() ? o.label() : "";
            if (!label.isEmpty()) {
                out.add(new Hint(b.verb(), b.keys().get(0), label, b.mutating() && !o.available()));
            }
        }
        return out;
    }

    // Hints that go first when the bar is too narrow; help and quit always stay.
    private static final List<Verb> DROP_ORDER = List.of(Verb.COPY, Verb.COMMAND_LINE,
            Verb.WORKSPACE_PICKER, Verb.SORT_NEXT, Verb.REFRESH, Verb.RAW_JSON, Verb.FILTER,
            Verb.OPEN, Verb.MOVE_DOWN);

    private List<Hint> fitting(List<Hint> all, int width) {
        List<Hint> shown = new ArrayList<>(all);
        for (Verb drop : DROP_ORDER) {
            if (hintWidth(shown) <= width) {
                break;
            }
            shown.removeIf(h -> h.verb() == drop);
        }
        return shown;
    }

    private int hintWidth(List<Hint> hints) {
        return hints.stream().mapToInt(h -> Text.width(KeyNames.display(h.key(), ascii))
                + Text.width(h.label()) + 3).sum() - 2;
    }

    private static int input(Painter p, int row, int width, String prompt, String text) {
        String shown = prompt + Text.sanitize(text);
        int w = Text.width(shown);
        // Keep the end of a long input visible.
        String visible = w < width ? shown : shown.substring(shown.length() - (width - 1));
        p.text(0, row, width, visible, p.style(Slot.INPUT));
        return Math.min(Text.width(visible), width - 1);
    }
}
