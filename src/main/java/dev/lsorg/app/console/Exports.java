package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.ExportFields;
import dev.lsorg.app.rows.Row;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code :export} writes: the pane's columns as shown (numbers typed as numbers), then the records' ids and
 * ISO-8601 times ({@link ExportFields}) for scripts. Pure; the file is written by an effect.
 */
final class Exports {
    private Exports() {
    }

    /** The export of {@code rows} under {@code columns} to {@code file} as {@code format}. */
    static Action.ExportRequested of(List<Column> columns, List<Row> rows, Path file, String format, Instant at) {
        List<Map<String, Object>> fields = rows.stream().map(r -> ExportFields.of(r.source())).toList();
        Map<String, String> extra = new LinkedHashMap<>();
        fields.forEach(f -> f.forEach((k, v) -> extra.merge(k, type(v), (a, b) -> a.equals("text") ? a : b)));
        List<String> header = new ArrayList<>(columns.stream().map(Column::title).toList());
        List<String> types = new ArrayList<>(columns.stream().map(c -> c.right() ? "number" : "text").toList());
        header.addAll(extra.keySet());
        types.addAll(extra.values());
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> line = new ArrayList<>(List.of(rows.get(i).cells()));
            for (String k : extra.keySet()) {
                Object v = fields.get(i).get(k);
                line.add(v == null ? "" : String.valueOf(v));
            }
            out.add(line);
        }
        return new Action.ExportRequested(file, format, List.copyOf(header), out, List.copyOf(types), at);
    }

    private static String type(Object v) {
        return v instanceof Boolean ? "boolean" : v instanceof Number ? "number" : "text";
    }
}
