package dev.lsorg.ui;

import dev.lsorg.app.AppState;
import dev.lsorg.ui.render.Painter;
import dev.lsorg.app.LoadState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.PaneState;
import dev.lsorg.app.console.Breadcrumb;
import dev.lsorg.app.rows.SortKeys;
import com.googlecode.lanterna.SGR;
import dev.lsorg.app.pane.Pane;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowView;
import dev.lsorg.ui.render.Text;
import dev.lsorg.ui.theme.Slot;
import dev.lsorg.ui.theme.Style;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a pane's title and its table, virtualised: only the rows that fit on screen are drawn, whatever the row
 * count. Keeps each pane's scroll offset so the selection moves inside the page before the page scrolls.
 */
final class TableView {
    /** Told when the visible rows shift, so the screen can scroll the terminal instead of redrawing every row. */
    interface Scroller {
        /** Rows {@code first}..{@code last} moved up by {@code distance} (down when negative). */
        void scroll(int first, int last, int distance);
    }

    private final Map<PaneId, Integer> offsets = new EnumMap<>(PaneId.class);
    private final Map<PaneId, Measured> measured = new EnumMap<>(PaneId.class);
    private final Scroller scroller;
    private PaneId lastPane;
    private int lastRows;

    TableView(Scroller scroller) {
        this.scroller = scroller;
    }

    void title(Painter p, AppState s, Pane pane, RowView view, int total, int width) {
        PaneState ps = s.paneState(pane.id());
        StringBuilder t = new StringBuilder(" ");
        String sub = pane.subtitle(s);
        if (!s.trail().isEmpty()) {
            // Where Enter led, as a breadcrumb; Esc walks it back.
            t.append(crumbs(Breadcrumb.of(s), p, width - 12));
        } else {
            t.append(pane.id().title()).append(sub.isEmpty() ? "" : " " + sub);
        }
        // Unknown, not 0, until the first answer: "(0)" would claim an empty org.
        t.append(" (").append(PaneLoad.count(s, pane, view.size(), total, p.glyphs().ellipsis())).append(")");
        if (!ps.filter().isEmpty()) {
            t.append("  filter: ").append(Text.sanitize(ps.filter()));
        }
        if (ps.sortColumn() >= 0 && ps.sortColumn() < pane.columns().size()) {
            t.append("  sort: ").append(pane.columns().get(ps.sortColumn()).title().toLowerCase())
                    .append(' ').append(ps.descending() ? p.glyphs().down() : p.glyphs().up());
        }
        int marked = s.changes().marked(pane.id()).size();
        if (marked > 0) {
            t.append("  ").append(marked).append(" marked (o/x act on them)");
        }
        t.append(loadText(s, pane, p));
        p.text(0, 2, width, t.toString(), p.style(Slot.PANE_TITLE));
    }

    // The breadcrumb within {@code room} columns: the places furthest back give way first, to an ellipsis.
    private static String crumbs(java.util.List<String> all, Painter p, int room) {
        String sep = " " + p.glyphs().separatorArrow() + " ";
        java.util.List<String> shown = new java.util.ArrayList<>(all);
        String text = String.join(sep, shown);
        while (shown.size() > 2 && Text.width(text) > room) {
            shown.remove(0);
            text = p.glyphs().ellipsis() + sep + String.join(sep, shown);
        }
        return text;
    }

    private static String loadText(AppState s, Pane pane, Painter p) {
        for (var r : pane.id().resources()) {
            LoadState l = s.load(r);
            if (l.error() != null) {
                return "  ! " + l.error();
            }
        }
        boolean loading = pane.id().resources().stream().map(s::load).anyMatch(LoadState::loading);
        return loading ? "  " + p.glyphs().spin(s.ticks()) + " loading" : "";
    }

    /** Draws the column header and the visible rows between {@code top} and {@code top + rows}. */
    void table(Painter p, AppState s, Pane pane, RowView view, Layout layout) {
        int width = layout.width();
        int sel = selectedIndex(s, pane.id(), view);
        int rows = layout.bodyRows();
        int before = offsets.getOrDefault(pane.id(), 0);
        int off = offset(pane.id(), sel, rows, view.size());
        int first = s.paneState(pane.id()).column();
        int[] widths = Layout.widths(pane.columns(), width, content(pane, view, off, rows,
                s.paneState(pane.id()).sortColumn()), first);
        header(p, s, pane.columns(), widths, width);
        more(p, first, hidden(widths) - first, width);
        // Only a small shift of the same pane at the same size is worth a terminal scroll.
        if (pane.id() == lastPane && rows == lastRows && off != before && Math.abs(off - before) < rows / 2) {
            scroller.scroll(layout.bodyTop(), layout.bodyTop() + rows - 1, off - before);
        }
        lastPane = pane.id();
        lastRows = rows;
        Set<String> changed = changedIds(s, pane.id());
        Set<String> marked = s.changes().marked(pane.id());
        Set<String> sending = s.changes().sendingRows(pane.id());
        for (int i = 0; i < rows; i++) {
            int y = layout.bodyTop() + i;
            Row row = off + i < view.size() ? view.rows().get(off + i) : null;
            if (row == null) {
                p.fill(0, y, width, p.style(Slot.ROW));
            } else {
                String lead = sending.contains(row.id()) ? p.glyphs().spin(s.ticks()) + " "
                        : marked.contains(row.id()) ? p.glyphs().mark() + " " : "";
                Style st = marked.contains(row.id()) && off + i != sel ? p.style(Slot.ROW_MARKED)
                        : rowStyle(p, row, off + i == sel, changed.contains(row.id()));
                row(p, pane.columns(), row, widths, y, width, st, lead);
            }
        }
        if (view.size() == 0) {
            p.text(1, layout.bodyTop(), width - 1, PaneLoad.emptyText(s, pane, p.glyphs().ellipsis()),
                    p.style(Slot.ROW_DIM));
        }
    }

    /**
     * The widest cell of each column among the rows drawn so far of this view, title included: measured on the
     * rows on screen (never every row), and kept for the view so that columns only grow while paging through it.
     */
    private int[] content(Pane pane, RowView view, int off, int rows, int sort) {
        List<Column> cols = pane.columns();
        Measured m = measured.get(pane.id());
        int[] content = m != null && m.view == view && m.sort == sort ? m.content : new int[cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            // The sort column's title carries an arrow.
            content[c] = Math.max(content[c], Text.width(cols.get(c).title()) + (c == sort ? 1 : 0));
        }
        for (int i = off; i < Math.min(view.size(), off + rows); i++) {
            String[] cells = view.rows().get(i).cells();
            for (int c = 0; c < cols.size() && c < cells.length; c++) {
                content[c] = Math.max(content[c], Text.width(cells[c]));
            }
        }
        measured.put(pane.id(), new Measured(view, sort, content));
        return content;
    }

    private record Measured(RowView view, int sort, int[] content) {
    }

    /** How many columns the table cannot show now (scrolled out or without room): Left/Right reach them. */
    static int hidden(int[] widths) {
        int n = 0;
        for (int w : widths) {
            n += w == 0 ? 1 : 0;
        }
        return n;
    }

    // At the right of the title line: how many columns Left and Right would bring into view.
    private static void more(Painter p, int left, int right, int width) {
        if (left + right == 0) {
            return;
        }
        String text = " " + (left > 0 ? p.glyphs().left() + " " : "") + (left + right) + " more "
                + (right > 0 ? p.glyphs().right() + " " : "");
        p.word(width - Text.width(text), 2, width, text, p.style(Slot.PANE_TITLE));
    }

    // Each title's sort key is underlined: pressing that capital sorts by the column.
    private static void header(Painter p, AppState s, List<Column> cols, int[] widths, int width) {
        Style st = p.style(Slot.TABLE_HEADER);
        p.fill(0, 3, width, st);
        PaneState ps = s.paneState(s.pane());
        char[] keys = SortKeys.of(cols);
        int x = 0;
        for (int c = 0; c < cols.size() && x < width; c++) {
            if (widths[c] == 0) {
                continue;
            }
            String title = cols.get(c).title();
            if (c == ps.sortColumn()) {
                title += ps.descending() ? p.glyphs().down() : p.glyphs().up();
            }
            int w = Math.min(widths[c], width - x);
            int at = keys[c] == 0 ? -1 : title.toUpperCase(java.util.Locale.ROOT).indexOf(keys[c]);
            p.text(x, 3, w, title, st);
            if (at >= 0 && at < w - 1) {
                p.text(x + at, 3, 1, String.valueOf(title.charAt(at)), st.with(SGR.UNDERLINE));
            }
            x += w + 1;
        }
    }

    private static void row(Painter p, List<Column> cols, Row row, int[] widths, int y, int width, Style st,
                            String lead) {
        // Each cell is padded to its width, so only the gaps between cells and the rest of the line need filling:
        // each screen cell is written once, not twice, on every line drawn for a keystroke.
        int x = 0;
        for (int c = 0; c < widths.length && x < width; c++) {
            if (widths[c] == 0) {
                continue;
            }
            int w = Math.min(widths[c], width - x);
            String cell = (x == 0 ? lead : "") + (c < row.cells().length ? row.cells()[c] : "");
            boolean right = cols.get(c).right();
            String fitted = right ? Text.fitRight(cell, w, p.glyphs().ellipsis()) : cell;
            x = p.text(x, y, w, fitted, st);
            if (x < width) {
                p.fill(x, y, 1, st);
                x++;
            }
        }
        if (x < width) {
            p.fill(x, y, width - x, st);
        }
    }

    private static Style rowStyle(Painter p, Row row, boolean selected, boolean changed) {
        if (selected) {
            return p.style(Slot.ROW_SELECTED);
        }
        if (changed) {
            return p.style(Slot.ROW_CHANGED);
        }
        if (row.has(Row.ALERT)) {
            return p.style(Slot.DANGER);
        }
        if (row.has(Row.WARN)) {
            return p.style(Slot.ROW_WARN);
        }
        if (row.has(Row.DIM)) {
            return p.style(Slot.ROW_DIM);
        }
        return p.style(row.has(Row.MARKED) ? Slot.ROW_MARKED : Slot.ROW);
    }

    private static Set<String> changedIds(AppState s, PaneId id) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        id.resources().forEach(r -> out.addAll(s.load(r).changedIds()));
        return out;
    }

    /** The index of the selected row in {@code view}: the row with the selected id, else the first row. */
    static int selectedIndex(AppState s, PaneId id, RowView view) {
        int i = view.indexOf(s.paneState(id).selectedId());
        return i < 0 ? 0 : i;
    }

    /** The first row drawn of pane {@code id} the last time it was drawn (to find the row a click is on). */
    int offset(PaneId id) {
        return offsets.getOrDefault(id, 0);
    }

    private int offset(PaneId id, int sel, int rows, int size) {
        int off = offsets.getOrDefault(id, 0);
        if (sel < off) {
            off = sel;
        } else if (sel >= off + rows) {
            off = sel - rows + 1;
        }
        off = Math.max(0, Math.min(off, Math.max(0, size - rows)));
        offsets.put(id, off);
        return off;
    }
}
