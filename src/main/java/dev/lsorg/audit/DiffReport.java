package dev.lsorg.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lsorg.text.Sanitizer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@code lsorg diff}: what was compared and the changes, with writers for text (aligned, one line per
 * change; names and values {@link Sanitizer#line sanitised and cut}), JSON (exact values, control characters
 * escaped) and Markdown.
 *
 * @param schema  the id of this JSON shape
 * @param before  what the old side was (a file name)
 * @param after   what the new side was (a file name or "live org NAME")
 * @param count   the number of changes
 * @param changes the changes in report order
 */
@JsonPropertyOrder({"schema", "before", "after", "count", "changes"})
public record DiffReport(String schema, String before, String after, int count, List<Change> changes) {
    /** The id of the JSON shape. */
    public static final String SCHEMA = "https://lsorg.dev/schemas/snapshot-diff/v1";

    /** A report of {@code changes} between the sides named {@code before} and {@code after}. */
    public static DiffReport of(String before, String after, List<Change> changes) {
        return new DiffReport(SCHEMA, before, after, changes.size(), List.copyOf(changes));
    }

    /** The output formats of a diff. */
    public enum Format {
        TEXT, JSON, MARKDOWN;

        /** Parses a format name, case-insensitively. */
        public static Format parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** Writes the report in {@code format}. */
    public void write(Format format, Writer out) throws IOException {
        switch (format) {
            case TEXT -> text(out);
            case JSON -> {
                ReportJson.prettyWriter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, this);
                out.write("\n");
            }
            case MARKDOWN -> markdown(out);
        }
    }

    private void text(Writer out) throws IOException {
        out.write("lsorg diff: " + Sanitizer.line(before) + " -> " + Sanitizer.line(after) + "\n");
        out.write(count == 0 ? "no changes\n" : count + " change" + (count == 1 ? "" : "s") + "\n");
        int typeWidth = changes.stream().mapToInt(c -> c.type().length()).max().orElse(0);
        int kindWidth = changes.stream().mapToInt(c -> c.object().kind().label().length()).max().orElse(0);
        if (!changes.isEmpty()) {
            out.write("\n");
        }
        for (Change c : changes) {
            out.write(c.sign() + " " + pad(c.type(), typeWidth) + "  " + pad(c.object().kind().label(), kindWidth)
                    + "  " + Sanitizer.line(c.object().name()) + value(c) + "\n");
        }
    }

    private void markdown(Writer out) throws IOException {
        out.write("# lsorg diff\n\n`" + MarkdownReport.code(before) + "` -> `" + MarkdownReport.code(after) + "`: "
                + count + " change" + (count == 1 ? "" : "s")
                + ".\n");
        if (changes.isEmpty()) {
            return;
        }
        out.write("\n| Change | Object | Field | Before | After |\n|---|---|---|---|---|\n");
        for (Change c : changes) {
            out.write("| `" + c.type() + "` | " + c.object().kind().label() + " **" + MarkdownReport.cell(c.object().name())
                    + "** | " + MarkdownReport.cell(c.field()) + " | " + MarkdownReport.cell(c.before()) + " | "
                    + MarkdownReport.cell(c.after()) + " |\n");
        }
    }

    private static String value(Change c) {
        if (c.field() == null) {
            return "";
        }
        String field = Sanitizer.line(c.field());
        return c.before() == null && c.sign().equals("+") ? "  " + field + ": " + show(c.after())
                : "  " + field + ": " + show(c.before()) + " -> " + show(c.after());
    }

    private static String show(String value) {
        return value == null ? "(none)" : Sanitizer.line(value);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
