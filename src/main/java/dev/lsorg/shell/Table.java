package dev.lsorg.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.Json;
import dev.lsorg.text.SafeCsv;
import dev.lsorg.text.Sanitizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rows of text under named columns, rendered the three ways {@code ls} offers: an aligned table for people (cells
 * sanitised, and cut to fit the terminal's width), JSON (an array of objects keyed by column, exact values with
 * control characters escaped) and CSV (the one {@link SafeCsv} writer) for scripts and spreadsheets.
 *
 * @param columns column names (lower-case words, also the JSON keys)
 * @param rows    one list of cells per row, as long as {@code columns}
 */
public record Table(List<String> columns, List<List<String>> rows) {
    /** The width a table is fitted to when the terminal's is not known (not a terminal, or no size reported). */
    public static final int DEFAULT_WIDTH = 80;
    // A cut column keeps at least this many characters (the last one the ellipsis), and never less than its header.
    private static final int MIN_CUT = 6;
    private static final String GAP = "  ";

    /** Only the rows where some cell contains {@code text}, ignoring case; all rows for a null filter. */
    public Table filter(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return new Table(columns, rows.stream()
                .filter(r -> r.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(needle))).toList());
    }

    /**
     * The table as {@code table}, {@code json} or {@code csv} text, ending with a newline; the aligned table's lines
     * fit in {@code width} columns (the terminal's) where cutting the widest cells can make them fit.
     */
    public String render(String format, int width) {
        return switch (format) {
            case "json" -> json();
            case "csv" -> csv();
            default -> aligned(width);
        };
    }

    /**
     * Cells are {@link Sanitizer#line sanitised and cut}, so no value can drive the terminal or forge a line; a cell
     * wider than its fitted column ends with an ellipsis instead of wrapping onto the next line.
     */
    private String aligned(int width) {
        List<List<String>> safe = rows.stream().map(r -> r.stream().map(Sanitizer::line).toList()).toList();
        int[] natural = new int[columns.size()];
        int[] floor = new int[columns.size()];
        for (int i = 0; i < natural.length; i++) {
            int col = i;
            natural[i] = Math.max(columns.get(i).length(),
                    safe.stream().mapToInt(r -> r.get(col).length()).max().orElse(0));
            floor[i] = Math.max(columns.get(i).length(), Math.min(natural[i], MIN_CUT));
        }
        int[] widths = fit(natural, floor, width);
        StringBuilder sb = new StringBuilder();
        line(sb, columns.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(), widths);
        safe.forEach(r -> line(sb, r, widths));
        return sb.toString();
    }

    /**
     * Column widths whose line fits in {@code width}: the widest column gives up a character until the line fits or
     * every column is down to its floor (then the line stays wider and the terminal wraps it).
     */
    static int[] fit(int[] natural, int[] floor, int width) {
        int[] widths = natural.clone();
        int excess = Arrays.stream(widths).sum() + GAP.length() * Math.max(0, widths.length - 1) - width;
        while (excess > 0) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
            excess--;
        }
        return widths;
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            int w = Math.max(1, widths[i]);
            row.append(i == 0 ? "" : GAP).append(String.format("%-" + w + "s", cut(cells.get(i), w)));
        }
        sb.append(row.toString().stripTrailing()).append('\n');
    }

    private static String cut(String cell, int width) {
        if (cell.length() <= width) {
            return cell;
        }
        int end = width - 1;
        // never half of a surrogate pair
        end = end > 0 && Character.isHighSurrogate(cell.charAt(end - 1)) ? end - 1 : end;
        return cell.substring(0, end) + "…";
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
