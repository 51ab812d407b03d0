package dev.lsorg.audit;

import dev.lsorg.text.SafeCsv;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes one CSV row per finding through the one {@link SafeCsv} writer (RFC 4180, CRLF): cells that a spreadsheet
 * would run as a formula get a leading apostrophe, because key descriptions and names are typed by org members.
 * What the audit could not see or check follows as rows of severity {@code note} (rule: what the note is about,
 * evidence: the note), so a spreadsheet of the report cannot lose it.
 */
final class CsvReport implements ReportWriter {
    static final List<String> HEADER = List.of(
            "severity", "rule", "object_kind", "object_id", "object_name", "workspace_id", "evidence", "fix");

    @Override
    public void write(AuditReport report, Writer out) throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>(report.findings().stream().map(CsvReport::row).toList());
        report.notes().forEach(n -> rows.add(List.of("note", n.about(), "", "", "", "", n.text(), "")));
        SafeCsv.write(HEADER, rows, out);
    }

    private static List<String> row(Finding f) {
        ObjectRef o = f.object();
        return List.of(f.severity().label(), f.ruleId(), o.kind().label(), o.id(), o.name(),
                o.workspaceId() == null ? "" : o.workspaceId(), f.evidence(), f.fix());
    }
}
