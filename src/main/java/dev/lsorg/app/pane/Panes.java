package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowSort;
import dev.lsorg.app.rows.RowView;
import dev.lsorg.app.rows.SearchIndex;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * All panes, and a memo of each pane's filtered, sorted view so that a key press re-filters or re-sorts only when
 * the data, filter or sort changed. A keystroke on a pane of 50,000 rows must not sort or scan them all again: each
 * column's order is kept per set of rows, a large pane's search index and orders are made ahead on a worker, a
 * filter on a large pane scans one string of its rows' search texts, a filter that only grows scans what the
 * previous one kept when that is little, and when only the minute moved (or, for the Members and API keys panes, a
 * refresh brought newer data) a large pane's rows are made again on the worker while the old ones stay on screen.
 * Used on the GUI thread only; the worker's results come back through it.
 */
public final class Panes {
    /** Fewer rows than this sort and build in well under a frame: no need for the worker. */
    static final int LARGE = 5_000;
    private final Map<PaneId, Pane> panes = new EnumMap<>(PaneId.class);
    private final Map<PaneId, Cached> cache = new EnumMap<>(PaneId.class);
    private final Executor worker;
    private final Consumer<Runnable> onGui;
    private final Runnable redraw;
    // The inputs each pane's rows are being made again for on the worker, and the rows that came back.
    private final Map<PaneId, List<Object>> remaking = new EnumMap<>(PaneId.class);
    private final Map<PaneId, Made> remade = new EnumMap<>(PaneId.class);

    /** The nine panes and the drill-down views; everything is done on the calling thread (tests, benchmarks). */
    public Panes() {
        this(null, null, null);
    }

    /**
     * The same; a large pane's column orders are sorted ahead, and its rows made again when only the minute moved,
     * on {@code worker}, and handed back with {@code onGui}, which runs them on the GUI thread. Rows made again
     * change the screen, so {@code redraw} follows them; an order sorted ahead changes nothing on screen until a key
     * asks for it, so it costs no frame (at 50,000 rows a frame for each of eight columns used to land between the
     * keys of someone typing).
     */
    public Panes(Executor worker, Consumer<Runnable> onGui, Runnable redraw) {
        this.worker = worker;
        this.onGui = onGui;
        this.redraw = redraw;
        for (Pane p : List.of(new WorkspacesPane(), new MembersPane(), new WorkspaceMembersPane(), new ApiKeysPane(),
                new RolesPane(), new SecurityPane(), new RequestsPane(), new AuditPane(), new ActivityPane(),
                new MemberWorkspacesPane(), new RoleHoldersPane())) {
            panes.put(p.id(), p);
        }
    }

    /** The pane for {@code id}. */
    public Pane get(PaneId id) {
        return panes.get(id);
    }

    /** The filtered, sorted rows {@code id} shows in state {@code s}. */
    public RowView view(AppState s, PaneId id) {
        Cached c = cache.get(id);
        Source src = source(s, id, c);
        var ps = s.paneState(id);
        boolean sameOrder = c != null && c.orders == src.orders && c.sort == ps.sortColumn()
                && c.desc == ps.descending();
        if (sameOrder && Objects.equals(c.filter, ps.filter())) {
            return c.view;
        }
        RowView view = filtered(c, src.orders, sameOrder && RowView.narrows(c.filter, ps.filter()), ps.filter(),
                ps.sortColumn(), ps.descending());
        if (c != null && c.orders != src.orders) {
            c.orders.replace();
        } else if (c != null) {
            view.after(c.view);
        }
        cache.put(id, new Cached(src.inputs, src.orders, ps.filter(), ps.sortColumn(), ps.descending(), view));
        return view;
    }

    // What a filter keeps: a growing filter narrows what the last one kept when that is a small part of the rows;
    // otherwise a large pane's filter scans its rows' search index (one string, read in order) once the worker has
    // made it (with the orders sorted ahead), and a small pane's filter, or one typed before the index is made, its
    // rows.
    private RowView filtered(Cached c, ColumnOrders orders, boolean narrows, String filter, int sort, boolean desc) {
        List<Row> order = orders.get(sort, desc);
        if (RowView.filters(filter)) {
            SearchIndex index = orders.index();
            boolean fewKept = narrows && c.view.rows().size() <= order.size() / 16;
            if (index != null && !fewKept) {
                return RowView.filtered(index, order, filter);
            }
        }
        return RowView.filtered(narrows ? c.view.rows() : order, filter);
    }

    // The rows to show and the inputs they stand for: the cached ones while the data is the same (or only the
    // minute moved and newer rows are on their way), rows made on the worker once they are back, else new ones.
    private Source source(AppState s, PaneId id, Cached c) {
        Pane pane = panes.get(id);
        List<Object> inputs = pane.inputs(s);
        if (c != null && sameInputs(c.inputs, inputs)) {
            return new Source(c.inputs, c.orders);
        }
        Made made = remade.remove(id);
        if (made != null && made.orders != null && sameInputs(made.inputs, inputs)) {
            return new Source(made.inputs, sortAhead(made.orders, pane.columns().size(), made.sorted));
        }
        // a remake that failed on the worker is made here, where its failure shows as any other would
        if (c != null && (made == null || made.orders != null) && remakeLater(s, pane, inputs, c)) {
            return new Source(c.inputs, c.orders);
        }
        int shown = s.paneState(id).sortColumn();
        return new Source(inputs, sortAhead(new ColumnOrders(pane.rows(s)), pane.columns().size(), shown));
    }

    /**
     * When the pane is large and only the clock moved (ages are shown to the minute) or, for a pane whose data is
     * {@linkplain Pane#refreshedInPlace refreshed in place}, a refresh brought newer data, makes its rows and their
     * orders again on the worker while the rows on screen stay, rather than stalling the keys for the 0.2-0.4 s that
     * 50,000 rows take (every auto-refresh of a large org's Members pane did); answers whether it did. Only the
     * newest request's answer is taken: a late one is dropped.
     */
    private boolean remakeLater(AppState s, Pane pane, List<Object> inputs, Cached c) {
        if (worker == null || c.orders.rows().size() < LARGE
                || !(sameExceptTime(c.inputs, inputs) || pane.refreshedInPlace() && refreshed(c.inputs, inputs))) {
            return false;
        }
        PaneId id = pane.id();
        List<Object> pending = remaking.get(id);
        if (pending != null && sameInputs(pending, inputs)) {
            return true;
        }
        int column = s.paneState(id).sortColumn();
        // what the rows on screen have: a column whose keys a remake did not move keeps its orders
        Map<Integer, RowSort.Orders> known = c.orders.known();
        SearchIndex index = c.orders.index();
        boolean sent = later(() -> {
            ColumnOrders orders = ColumnOrders.carried(pane.rows(s), known, index);
            orders.get(column, true);
            return orders;
        }, orders -> {
            if (remaking.get(id) == inputs) {
                remaking.remove(id);
                remade.put(id, new Made(inputs, orders, column));
                redraw.run();
            }
        });
        if (sent) {
            remaking.put(id, inputs);
        }
        return sent;
    }

    /**
     * Makes a large set of rows' search index, then sorts their other columns both ways, on the worker, handing each
     * to the GUI thread as soon as it is made, so that a filter's keys on 50,000 rows scan one string and an {@code s}
     * finds its order ready. The index comes first: a filter is typed a key after another, where a sort is one key;
     * then the columns {@code s} reaches first (those after {@code shown}). What the rows already have (carried over
     * from the rows they were made again from) is not made again; an order asked for meanwhile is sorted at once and
     * kept (the worker's copy is dropped), and the work stops once newer rows are shown.
     */
    private ColumnOrders sortAhead(ColumnOrders orders, int columns, int shown) {
        if (worker != null && orders.rows().size() >= LARGE) {
            sortColumnAhead(orders, columns, shown, -1);
        }
        return orders;
    }

    // One step a task (the index, then a column), so that the GUI thread gets each as soon as it is made.
    private void sortColumnAhead(ColumnOrders orders, int columns, int shown, int i) {
        int others = shown < 0 ? columns : columns - 1;
        if (i >= others) {
            return;
        }
        try {
            worker.execute(() -> {
                if (orders.replaced()) {
                    return;
                }
                try {
                    int column = (shown + 1 + i) % columns;
                    if (i < 0 && orders.index() == null) {
                        SearchIndex index = SearchIndex.of(orders.rows());
                        onGui.accept(() -> orders.offerIndex(index));
                    } else if (i >= 0 && !orders.has(column)) {
                        ColumnOrders one = ColumnOrders.sorted(orders.rows(), column);
                        onGui.accept(() -> orders.offer(one));
                    }
                } catch (RuntimeException e) {
                    // what cannot be made here is made or scanned when asked for, where a failure shows
                }
                sortColumnAhead(orders, columns, shown, i + 1);
            });
        } catch (RejectedExecutionException closing) {
            // the console is closing: orders are sorted when asked for
        }
    }

    // Runs work on the worker and its result (null if it failed) through the GUI thread; false when the worker has
    // stopped (the console is closing).
    private <T> boolean later(java.util.function.Supplier<T> work, Consumer<T> apply) {
        try {
            worker.execute(() -> {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    result = null;
                }
                T done = result;
                onGui.accept(() -> apply.accept(done));
            });
            return true;
        } catch (RejectedExecutionException closing) {
            return false;
        }
    }

    /** Whether newer rows of {@code id} are being made on the worker or are made and not yet shown. */
    public boolean behind(PaneId id) {
        return remaking.containsKey(id) || remade.containsKey(id);
    }

    /** The index of the selected row in {@code view}: the row with the selected id, else the first row. */
    public static int selectedIndex(AppState s, PaneId id, RowView view) {
        int i = view.indexOf(s.paneState(id).selectedId());
        return i < 0 ? 0 : i;
    }

    /** How many rows {@code id} has before filtering (from the cache {@link #view} filled). */
    public int total(AppState s, PaneId id) {
        view(s, id);
        return cache.get(id).orders.rows().size();
    }

    // Identity, not equals: the state is immutable, so a new object means new data, and equals on big lists is slow.
    static boolean sameInputs(List<Object> a, List<Object> b) {
        return pairwise(a, b, (x, y) -> x instanceof Boolean || x instanceof Instant ? Objects.equals(x, y) : x == y);
    }

    // Newer versions of the same data: each input the same, a newer one of its kind, or the clock moved; not data
    // appearing or going (a profile switch empties the org's data first: another org's rows never stand in).
    static boolean refreshed(List<Object> a, List<Object> b) {
        return pairwise(a, b, (x, y) -> x == y
                || (x instanceof Boolean ? x.equals(y) : x != null && y != null && x.getClass() == y.getClass()));
    }

    // The same data and flags; only the clock (the inputs' minute) may differ.
    static boolean sameExceptTime(List<Object> a, List<Object> b) {
        return pairwise(a, b, (x, y) -> x instanceof Instant && y instanceof Instant
                || (x instanceof Boolean ? Objects.equals(x, y) : x == y));
    }

    private static boolean pairwise(List<Object> a, List<Object> b, BiPredicate<Object, Object> same) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same.test(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The state's clock cut to the minute: ages are shown to the minute, so rows need rebuilding once a minute. */
    static Instant minute(AppState s) {
        return s.now().truncatedTo(ChronoUnit.MINUTES);
    }

    private record Cached(List<Object> inputs, ColumnOrders orders, String filter, int sort, boolean desc,
                          RowView view) {
    }

    private record Source(List<Object> inputs, ColumnOrders orders) {
    }

    /**
     * Rows made on the worker for these inputs, with the orders of column {@code sorted} (the one then shown); null
     * orders when making them failed there.
     */
    private record Made(List<Object> inputs, ColumnOrders orders, int sorted) {
    }
}
