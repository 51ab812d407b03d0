package dev.lsorg.app.rows;

import dev.lsorg.app.LoadState;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.app.Resource;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.TenantForUser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Renders the REST calls of this run, newest first, after the loads still in flight with how long they have taken;
 * each call names the workspace it was scoped to. No header or body ever reaches this pane.
 */
public final class RequestRows {
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("TIME", 8, 0, 0), Column.of("METHOD", 6, 0, 0),
            Column.of("PATH", 20, 8, 0), Column.of("WORKSPACE", 8, 1, 2), Column.num("STATUS", 6, 0),
            Column.num("MS", 5, 0));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** A load still in flight, as its row's record. */
    public record InFlight(Resource resource, Instant startedAt, Duration elapsed) {
    }

    private RequestRows() {
    }

    /** One row per request, newest first. */
    public static List<Row> rows(List<RequestEntry> requests) {
        return rows(requests, Map.of(), OrgData.empty(), null);
    }

    /** The loads in flight at {@code now}, then one row per request, newest first. */
    public static List<Row> rows(List<RequestEntry> requests, Map<Resource, LoadState> loads, OrgData d,
                                 Instant now) {
        List<Row> out = new ArrayList<>(requests.size() + loads.size());
        if (now != null) {
            loads.forEach((r, l) -> {
                if (l.loading() && l.startedAt() != null) {
                    out.add(inFlight(r, l.startedAt(), now));
                }
            });
        }
        for (int i = requests.size() - 1; i >= 0; i--) {
            RequestEntry e = requests.get(i);
            String status = e.status() == 0 ? "-" : String.valueOf(e.status());
            String ws = workspace(d, e.tenant());
            String[] cells = {TIME.format(e.at()), e.method(), e.path(), ws, status, String.valueOf(e.millis())};
            String[] sort = {Ages.key(e.at()) + String.format("%06d", i), e.method(), e.path(), ws, status,
                    Ages.key(e.millis())};
            int flags = e.status() == 0 || e.status() >= 400 ? Row.WARN : 0;
            out.add(Row.of("req-" + i, cells, sort, flags, e.path(), e));
        }
        return out;
    }

    private static Row inFlight(Resource r, Instant started, Instant now) {
        Duration took = Duration.between(started, now).isNegative() ? Duration.ZERO : Duration.between(started, now);
        String what = "loading " + r.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "…";
        String[] cells = {TIME.format(started), "GET", what, "", "…", took.getSeconds() + "s"};
        String[] sort = {"~" + Ages.key(started), "GET", what, "", "", Ages.key(took.toMillis())};
        return Row.of("load-" + r.name(), cells, sort, Row.MARKED, what, new InFlight(r, started, took));
    }

    /** The name of the workspace {@code id}, "-" for the org. */
    static String workspace(OrgData d, UUID id) {
        if (id == null) {
            return "-";
        }
        TenantForUser w = d.workspace(id);
        return w == null ? id.toString().substring(0, 8) + "…" : w.displayName();
    }

    /** Field lines for one request: what, where, the answer, how long it took, which attempt, what went wrong. */
    public static List<String[]> detail(Object source, OrgData d) {
        if (source instanceof InFlight f) {
            return List.of(new String[] {"Load", f.resource().name().toLowerCase(Locale.ROOT)},
                    new String[] {"Started", f.startedAt().toString()},
                    new String[] {"In flight", f.elapsed().getSeconds() + " s so far"});
        }
        RequestEntry e = (RequestEntry) source;
        return List.of(new String[] {"Time", e.at().toString()}, new String[] {"Method", e.method()},
                new String[] {"Path", e.path()}, new String[] {"Workspace", workspace(d, e.tenant())},
                new String[] {"Status", e.status() == 0 ? "no answer" : String.valueOf(e.status())},
                new String[] {"Took", e.millis() + " ms"},
                new String[] {"Attempt", e.attempt() + (e.attempt() > 1 ? " (retry " + (e.attempt() - 1) + ")" : "")},
                new String[] {"Outcome", e.outcome()});
    }
}
