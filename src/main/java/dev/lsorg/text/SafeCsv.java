package dev.lsorg.text;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The one CSV writer of lsorg (audit reports, {@code shell ls --format csv}, the console's {@code :export csv}):
 * RFC 4180 quoting and CRLF line ends by jackson-dataformat-csv, and every cell made safe to open in a spreadsheet
 * and to print on a terminal. A cell that a spreadsheet would run as a formula (it starts with {@code =}, {@code +},
 * {@code -}, {@code @}, TAB or CR) gets a leading apostrophe, e.g. {@code '=HYPERLINK(…)}; control, bidi and
 * zero-width characters are shown as {@link Sanitizer#escape visible escapes}. Values are never cut.
 */
public final class SafeCsv {
    private static final CsvFactory FACTORY = new CsvFactory()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SafeCsv() {
    }

    /** Writes {@code header} and then {@code rows}, one record each. */
    public static void write(List<String> header, List<? extends List<String>> rows, Writer out) throws IOException {
        try (CsvGenerator g = FACTORY.createGenerator(out)) {
            g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setSchema(SCHEMA);
            record(g, header);
            for (List<String> row : rows) {
                record(g, row);
            }
        }
    }

    /** The CSV text of {@code header} and {@code rows}. */
    public static String text(List<String> header, List<? extends List<String>> rows) {
        StringWriter out = new StringWriter();
        try {
            write(header, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void record(CsvGenerator g, List<String> cells) throws IOException {
        g.writeStartArray();
        for (String cell : cells) {
            g.writeString(cell(cell));
        }
        g.writeEndArray();
    }

    /**
     * One cell's text: a would-be formula gets a leading apostrophe (lsorg's "none" placeholder {@code -} alone is
     * no formula and stays as it is), then unsafe characters are escaped; null gives "".
     */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0 && !v.equals("-")) {
            v = "'" + v;
        }
        return Sanitizer.escape(v);
    }
}
