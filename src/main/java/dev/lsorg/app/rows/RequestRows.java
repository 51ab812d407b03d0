package dev.lsorg.app.rows;

import dev.lsorg.app.RequestEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Renders the REST calls of this run, newest first; no header or body ever reaches this pane. */
public final class RequestRows {
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("TIME", 8, 0, 0), Column.of("METHOD", 6, 0, 0),
            Column.of("PATH", 20, 4, 0), Column.num("STATUS", 6, 0), Column.num("MS", 5, 0));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private RequestRows() {
    }

    /** One row per request, newest first. */
    public static List<Row> rows(List<RequestEntry> requests) {
        List<Row> out = new ArrayList<>(requests.size());
        for (int i = requests.size() - 1; i >= 0; i--) {
            RequestEntry e = requests.get(i);
            String status = e.status() == 0 ? "-" : String.valueOf(e.status());
            String[] cells = {TIME.format(e.at()), e.method(), e.path(), status, String.valueOf(e.millis())};
            String[] sort = {Ages.key(e.at()) + String.format("%06d", i), e.method(), e.path(), status,
                    Ages.key(e.millis())};
            int flags = e.status() == 0 || e.status() >= 400 ? Row.WARN : 0;
            out.add(Row.of("req-" + i, cells, sort, flags, e.path(), e));
        }
        return out;
    }
}
