package dev.lsorg.app.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the CSV of {@code lsorg apply} with jackson-dataformat-csv: columns {@code email, org role, workspace,
 * workspace role, action}, an optional header row, RFC 4180 quoting (a quoted cell may span lines), {@code #}
 * comment lines and an optional UTF-8 byte order mark. Rows with the wrong number of cells or a cell over
 * {@link #MAX_CELL} characters become problems rather than guesses (an oversized cell is never echoed); an
 * unterminated quote is reported at the line where its cell starts, and nothing after it is read.
 */
public final class BulkCsv {
    /** The longest cell read, in characters: no email, role or workspace name comes near it. */
    public static final int MAX_CELL = 1_000;
    private static final int COLUMNS = 5;
    private static final CsvFactory FACTORY = new CsvFactory();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withComments();

    /** The rows, and one problem per row that could not be read. */
    public record Parsed(List<BulkRow> rows, List<BulkPlan.Note> problems) {
    }

    /** One record as read: the line it starts on and its cells. */
    private record Record(int line, List<String> cells) {
    }

    private BulkCsv() {
    }

    /** Parses the whole file's text. */
    public static Parsed parse(String text) {
        List<BulkRow> rows = new ArrayList<>();
        List<BulkPlan.Note> problems = new ArrayList<>();
        List<Record> records = read(text.startsWith("\ufeff") ? text.substring(1) : text, problems);
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            if (i == 0 && r.cells().get(0).strip().toLowerCase(Locale.ROOT).startsWith("email")) {
                continue;
            }
            BulkRow row = row(r, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        return new Parsed(rows, problems);
    }

    /** The row in {@code r}, or null when it is blank or cannot be read (then {@code problems} says why). */
    private static BulkRow row(Record r, List<BulkPlan.Note> problems) {
        List<String> cells = new ArrayList<>(r.cells());
        if (cells.stream().allMatch(String::isBlank)) {
            return null;
        }
        String subject = cells.get(0).length() <= MAX_CELL ? cells.get(0).strip() : "-";
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).length() > MAX_CELL) {
                problems.add(new BulkPlan.Note(r.line(), subject, "cell " + (c + 1) + " is " + cells.get(c).length()
                        + " characters long, over the limit of " + MAX_CELL + " (not shown)"));
                return null;
            }
        }
        if (cells.size() > COLUMNS) {
            problems.add(new BulkPlan.Note(r.line(), subject, "expected " + COLUMNS + " columns: email, org role,"
                    + " workspace, workspace role, action"));
            return null;
        }
        while (cells.size() < COLUMNS) {
            cells.add("");
        }
        return new BulkRow(r.line(), cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3), cell(cells, 4));
    }

    private static String cell(List<String> cells, int i) {
        String c = cells.get(i).strip();
        return c.isEmpty() ? null : c;
    }

    /** Every record up to the end, or up to the first error (added to {@code problems} with its line). */
    private static List<Record> read(String text, List<BulkPlan.Note> problems) {
        List<Record> records = new ArrayList<>();
        try (CsvParser p = (CsvParser) FACTORY.createParser(text)) {
            p.setSchema(SCHEMA);
            p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            readRecords(p, records, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static void readRecords(CsvParser p, List<Record> records, List<BulkPlan.Note> problems)
            throws IOException {
        List<String> cells = new ArrayList<>();
        int line = 0;
        try {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    line = cells.isEmpty() ? p.currentTokenLocation().getLineNr() : line;
                    cells.add(p.getText());
                } else if (t == JsonToken.END_ARRAY && !cells.isEmpty()) {
                    records.add(new Record(line, List.copyOf(cells)));
                    cells.clear();
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(new BulkPlan.Note(p.currentTokenLocation().getLineNr(), "-", unreadable(e)));
        }
    }

    /** Why the file stops being readable, in words; never the text of the cell. */
    private static String unreadable(JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String why = msg.startsWith("Missing closing quote") ? "a quoted cell starting here is never closed (a"
                + " missing \")" : "cannot be read as CSV (" + msg.lines().findFirst().orElse("") + ")";
        return why + "; this line and the rest of the file were not read";
    }
}
