package dev.lsorg.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.Json;
import dev.lsorg.text.SafeCsv;
import dev.lsorg.text.Sanitizer;
import java.util.List;
import java.util.Locale;

/**
 * Rows of text under named columns, rendered the three ways {@code ls} offers: an aligned table for people (cells
 * sanitised and cut), JSON (an array of objects keyed by column, exact values with control characters escaped) and
 * CSV (the one {@link SafeCsv} writer) for scripts and spreadsheets.
 *
 * @param columns column names (lower-case words, also the JSON keys)
 * @param rows    one list of cells per row, as long as {@code columns}
 */
public record Table(List<String> columns, List<List<String>> rows) {

    /** Only the rows where some cell contains {@code text}, ignoring case; all rows for a null filter. */
    public Table filter(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return new Table(columns, rows.stream()
                .filter(r -> r.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(needle))).toList());
    }

    /** The table as {@code table}, {@code json} or {@code csv} text, ending with a newline. */
    public String render(String format) {
        return switch (format) {
            case "json" -> json();
            case "csv" -> csv();
            default -> aligned();
        };
    }

    /** Cells are {@link Sanitizer#line sanitised and cut}, so no value can drive the terminal or forge a line. */
    private String aligned() {
        List<List<String>> safe = rows.stream().map(r -> r.stream().map(Sanitizer::line).toList()).toList();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            int col = i;
            widths[i] = Math.max(columns.get(i).length(),
                    safe.stream().mapToInt(r -> r.get(col).length()).max().orElse(0));
        }
        StringBuilder sb = new StringBuilder();
        line(sb, columns.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(), widths);
        safe.forEach(r -> line(sb, r, widths));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            row.append(i == 0 ? "" : "  ").append(String.format("%-" + Math.max(1, widths[i]) + "s", cells.get(i)));
        }
        sb.append(row.toString().stripTrailing()).append('\n');
    }

    private String json() {
        ArrayNode array = Json.mapper().createArrayNode();
        for (List<String> r : rows) {
            ObjectNode o = array.addObject();
            for (int i = 0; i < columns.size(); i++) {
                o.put(columns.get(i), r.get(i));
            }
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String csv() {
        return SafeCsv.text(columns, rows);
    }
}
