package dev.lsorg.app.rows;

import dev.lsorg.text.Sanitizer;
import dev.lsorg.audit.Finding;
import dev.lsorg.audit.Note;
import dev.lsorg.audit.ObjectRef;
import dev.lsorg.audit.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders audit findings, most severe first, coloured by severity, after the audit's notes; the detail shows
 * evidence and fix (or a note's text) in full.
 */
public final class FindingRows {
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("SEVERITY", 8, 0, 0), Column.of("RULE", 18, 1, 0),
            Column.of("OBJECT", 16, 2, 0), Column.of("EVIDENCE", 12, 4, 1), Column.of("FIX", 30, 3, 2));
    /** Detail values wrap at this width so that evidence and fix read in full at 80 columns. */
    static final int WRAP = 60;

    private FindingRows() {
    }

    /** One row per finding, in report order (high to info, then rule, object). */
    public static List<Row> rows(List<Finding> findings) {
        return findings.stream().sorted(Finding.REPORT_ORDER).map(FindingRows::row).toList();
    }

    private static Row row(Finding f) {
        ObjectRef o = f.object();
        String[] cells = {f.severity().label(), f.ruleId(), o.name().isEmpty() ? o.id() : o.name(), f.evidence(),
            f.fix()};
        // The severity's ordinal sorts high before info; the other columns sort as text.
        String[] sort = {f.severity().ordinal() + f.ruleId(), f.ruleId(), WorkspaceRows.lower(cells[2]),
                WorkspaceRows.lower(f.evidence()), WorkspaceRows.lower(f.fix())};
        String copy = o.name().contains("@") ? o.name() : o.id();
        return Row.of(id(f), cells, sort, flags(f.severity()), copy, f);
    }

    /**
     * One row per note (what the audit could not see or check), marked for attention: an audit that is incomplete
     * must say so where its findings are read. Their severity cell says {@code note}; they sort before every finding.
     */
    public static List<Row> noteRows(List<Note> notes) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            String[] cells = {"note", n.about(), "-", n.text(), "-"};
            String[] sort = {"!" + i, n.about(), "-", WorkspaceRows.lower(n.text()), "-"};
            out.add(Row.of("note/" + i + "/" + n.about(), cells, sort, Row.WARN, n.about(), n));
        }
        return out;
    }

    /** Field lines for one note, its text wrapped so it reads in full. */
    public static List<String[]> noteDetail(Note n) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Note", "the audit could not see or check everything"});
        out.add(new String[] {"About", n.about()});
        wrapped(out, "Text", n.text());
        wrapped(out, "Means", "findings that depend on it may be missing: the audit is incomplete there.");
        return out;
    }

    /** A finding's row id: rule, object kind and ids, so it never clashes with another pane's row ids. */
    public static String id(Finding f) {
        ObjectRef o = f.object();
        String where = o.workspaceId() == null ? "" : "@" + o.workspaceId();
        return f.ruleId() + "/" + o.kind().label() + "/" + o.id() + where;
    }

    static int flags(Severity s) {
        return switch (s) {
            case HIGH -> Row.ALERT;
            case MEDIUM -> Row.WARN;
            case LOW -> 0;
            case INFO -> Row.DIM;
        };
    }

    /** Field lines for one finding: what, where, the evidence and the fix, wrapped so nothing is cut. */
    public static List<String[]> detail(Finding f, String goesTo) {
        ObjectRef o = f.object();
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Severity", f.severity().label()});
        out.add(new String[] {"Rule", f.ruleId()});
        out.add(new String[] {"Object", o.kind().label() + " " + o.name()});
        out.add(new String[] {"Id", o.id()});
        if (o.workspaceId() != null) {
            out.add(new String[] {"Workspace id", o.workspaceId()});
        }
        wrapped(out, "Evidence", f.evidence());
        wrapped(out, "Fix", f.fix());
        out.add(new String[] {"Go to", goesTo});
        return out;
    }

    private static void wrapped(List<String[]> out, String label, String text) {
        // Sanitised first: a line break inside a name shows as ^J instead of passing for a space between words.
        List<String> lines = wrap(Sanitizer.screen(text), WRAP);
        for (int i = 0; i < lines.size(); i++) {
            out.add(new String[] {i == 0 ? label : "", lines.get(i)});
        }
    }

    /** Splits {@code text} at spaces into lines of at most {@code width} characters (a longer word stays whole). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
