package dev.lsorg.audit;

import dev.lsorg.text.Sanitizer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the report as GitHub-flavoured Markdown for a wiki or a ticket: a title, a severity count table, a quoted
 * note for each thing the audit could not see or check, and one table per severity with rule, object, evidence
 * and fix. Cell text is {@link Sanitizer sanitised} and escaped so names can neither drive a terminal nor break the
 * table.
 */
final class MarkdownReport implements ReportWriter {
    @Override
    public void write(AuditReport r, Writer out) throws IOException {
        out.write("# lsorg audit: " + cell(r.org().name()) + "\n\n");
        out.write("Org `" + code(r.org().id()) + "`, generated " + r.generatedAt() + " by lsorg " + r.toolVersion()
                + ".\n\n");
        if (r.activity() != null) {
            out.write("Activity: " + sentence(TextReport.activity(r.activity(), r.thresholds())) + ".\n\n");
        }
        out.write("| Severity | Findings |\n|---|---:|\n");
        for (var e : r.summary().entrySet()) {
            out.write("| " + e.getKey() + " | " + e.getValue() + " |\n");
        }
        for (Note n : r.notes()) {
            out.write("\n> **Note** (`" + code(n.about()) + "`): " + sentence(n.text()) + "\n");
        }
        for (Severity s : Severity.values()) {
            List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
            if (!group.isEmpty()) {
                section(s, group, out);
            }
        }
    }

    private static void section(Severity s, List<Finding> findings, Writer out) throws IOException {
        String title = s.label().substring(0, 1).toUpperCase() + s.label().substring(1);
        out.write("\n## " + title + "\n\n| Rule | Object | Evidence | Fix |\n|---|---|---|---|\n");
        for (Finding f : findings) {
            ObjectRef o = f.object();
            out.write("| `" + f.ruleId() + "` | " + o.kind().label() + " **" + cell(o.name()) + "** (`" + code(o.id())
                    + "`) | " + sentence(f.evidence()) + " | " + sentence(f.fix()) + " |\n");
        }
    }

    /** A value as cell text: {@link Sanitizer#line sanitised and cut}, then escaped as Markdown. */
    static String cell(String text) {
        return markdown(Sanitizer.line(text));
    }

    /** A sentence (evidence, fix) as cell text: sanitised as a message, then escaped as Markdown. */
    static String sentence(String text) {
        return markdown(Sanitizer.message(text));
    }

    /** Text inside a code span: sanitised, with backticks (which would end the span) shown as quotes. */
    static String code(String text) {
        return Sanitizer.line(text).replace('`', '\'').replace("|", "\\|");
    }

    /** Escapes what would end a cell or start formatting (sanitised text has no line breaks left). */
    private static String markdown(String safe) {
        return safe.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("<", "&lt;");
    }
}
