package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All panes, and a memo of each pane's filtered, sorted view so that a key press re-filters or re-sorts only when
 * the data, filter or sort changed (10,000 rows stay cheap to navigate).
 */
public final class Panes {
    private final Map<PaneId, Pane> panes = new EnumMap<>(PaneId.class);
    private final Map<PaneId, Cached> cache = new EnumMap<>(PaneId.class);

    /** The nine panes and the drill-down views. */
    public Panes() {
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
        Pane pane = panes.get(id);
        List<Object> inputs = pane.inputs(s);
        Cached c = cache.get(id);
        List<Row> rows = c != null && sameInputs(c.inputs, inputs) ? c.rows : pane.rows(s);
        var ps = s.paneState(id);
        if (c != null && c.rows == rows && Objects.equals(c.filter, ps.filter()) && c.sort == ps.sortColumn()
                && c.desc == ps.descending()) {
            return c.view;
        }
        RowView view = RowView.of(rows, ps.filter(), ps.sortColumn(), ps.descending());
        cache.put(id, new Cached(inputs, rows, ps.filter(), ps.sortColumn(), ps.descending(), view));
        return view;
    }

    /** The index of the selected row in {@code view}: the row with the selected id, else the first row. */
    public static int selectedIndex(AppState s, PaneId id, RowView view) {
        int i = view.indexOf(s.paneState(id).selectedId());
        return i < 0 ? 0 : i;
    }

    /** How many rows {@code id} has before filtering (from the cache {@link #view} filled). */
    public int total(AppState s, PaneId id) {
        view(s, id);
        return cache.get(id).rows.size();
    }

    // Identity, not equals: the state is immutable, so a new object means new data, and equals on big lists is slow.
    static boolean sameInputs(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            boolean same = x instanceof Boolean || x instanceof Instant ? Objects.equals(x, y) : x == y;
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The state's clock cut to the minute: ages are shown to the minute, so rows need rebuilding once a minute. */
    static Instant minute(AppState s) {
        return s.now().truncatedTo(ChronoUnit.MINUTES);
    }

    private record Cached(List<Object> inputs, List<Row> rows, String filter, int sort, boolean desc, RowView view) {
    }
}
