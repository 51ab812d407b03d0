package dev.lsorg.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param notes   what the comparison could not see (whose PATs a side holds, when one side holds only its key's
 *                own); empty, and then left out of the JSON, when both sides saw everything
 */
@JsonPropertyOrder({"schema", "before", "after", "count", "changes", "notes"})
public record DiffReport(String schema, String before, String after, int count, List<Change> changes,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) {
    /** The id of the JSON shape. */
    public static final String SCHEMA = "https://lsorg.dev/schemas/snapshot-diff/v1";

    /** Null notes are none. */
    public DiffReport {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A report of {@code changes} between the sides named {@code before} and {@code after}, with nothing unseen. */
    public static DiffReport of(String before, String after, List<Change> changes) {
        return new DiffReport(SCHEMA, before, after, changes.size(), List.copyOf(changes), List.of());
    }

    /** A report of the changes between {@code old} ({@code before}) and {@code now} ({@code after}), with notes. */
    public static DiffReport of(String before, OrgSnapshot old, String after, OrgSnapshot now) {
        List<Change> changes = SnapshotDiff.between(old, now);
        return new DiffReport(SCHEMA, before, after, changes.size(), List.copyOf(changes),
                patCoverage(before, old, after, now));
    }

    /**
     * Whose PATs each side holds, said when either snapshot was taken by a key that could list only its own: a token
     * missing on one side may then just not have been visible, so the pat changes are not the whole truth.
     */
    static List<String> patCoverage(String before, OrgSnapshot old, String after, OrgSnapshot now) {
        boolean partial = Boolean.FALSE.equals(old.personalAccessTokensOfAllMembers())
                || Boolean.FALSE.equals(now.personalAccessTokensOfAllMembers());
        if (!partial) {
            return List.of();
        }
        return List.of("PAT coverage of " + before + ": " + coverage(old), "PAT coverage of " + after + ": "
                + coverage(now), "pat changes compare only the tokens each side could see: a token missing on one"
                + " side may not have been visible to the key that took it.");
    }

    private static String coverage(OrgSnapshot s) {
        Boolean all = s.personalAccessTokensOfAllMembers();
        if (all == null) {
            return "not recorded (a snapshot written before lsorg recorded it).";
        }
        return all ? "every member's personal access tokens." : s.personalAccessTokensNote() != null
                ? s.personalAccessTokensNote() : "only the API key's own personal access tokens.";
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
        for (String n : notes) {
            out.write("note: " + Sanitizer.message(n) + "\n");
        }
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
        for (String n : notes) {
            out.write("\n> Note: " + MarkdownReport.cell(n) + "\n");
        }
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
