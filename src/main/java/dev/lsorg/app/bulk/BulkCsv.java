package dev.lsorg.app.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV of {@code lsorg apply}: columns {@code email, org role, workspace, workspace role, action}, an
 * optional header line, RFC 4180 quoting, {@code #} comment lines. Rows with the wrong number of cells become
 * problems rather than guesses.
 */
public final class BulkCsv {
    private static final int COLUMNS = 5;

    /** The rows, and one problem per line that could not be read. */
    public record Parsed(List<BulkRow> rows, List<BulkPlan.Note> problems) {
    }

    private BulkCsv() {
    }

    /** Parses the whole file's text. */
    public static Parsed parse(String text) {
        List<BulkRow> rows = new ArrayList<>();
        List<BulkPlan.Note> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#") || (i == 0 && line.toLowerCase().startsWith("email"))) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() > COLUMNS || cells.isEmpty()) {
                problems.add(new BulkPlan.Note(i + 1, line, "expected " + COLUMNS + " columns: email, org role,"
                        + " workspace, workspace role, action"));
                continue;
            }
            while (cells.size() < COLUMNS) {
                cells.add("");
            }
            rows.add(new BulkRow(i + 1, cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3), cell(cells, 4)));
        }
        return new Parsed(rows, problems);
    }

    private static String cell(List<String> cells, int i) {
        String c = cells.get(i).strip();
        return c.isEmpty() ? null : c;
    }

    /** The cells of one line; a quoted cell may hold commas and doubled quotes. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
