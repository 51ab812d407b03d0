package dev.lsorg.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the report as GitHub-flavoured Markdown for a wiki or a ticket: a title, a severity count table, and one
 * table per severity with rule, object, evidence and fix. Cell text is escaped so names cannot break the table.
 */
final class MarkdownReport implements ReportWriter {
    @Override
    public void write(AuditReport r, Writer out) throws IOException {
        out.write("# lsorg audit: " + cell(r.org().name()) + "\n\n");
        out.write("Org `" + r.org().id() + "`, generated " + r.generatedAt() + " by lsorg " + r.toolVersion() + ".\n\n");
        out.write("| Severity | Findings |\n|---|---:|\n");
        for (var e : r.summary().entrySet()) {
            out.write("| " + e.getKey() + " | " + e.getValue() + " |\n");
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
            out.write("| `" + f.ruleId() + "` | " + o.kind().label() + " **" + cell(o.name()) + "** (`" + o.id()
                    + "`) | " + cell(f.evidence()) + " | " + cell(f.fix()) + " |\n");
        }
    }

    /** Escapes what would end a cell or start formatting; line breaks become spaces. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("<", "&lt;").replace("\r", " ").replace("\n", " ");
    }
}
