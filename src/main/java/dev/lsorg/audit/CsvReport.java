package dev.lsorg.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes one CSV row per finding (RFC 4180 quoting, {@code \n} line ends). Cells that a spreadsheet would run as a
 * formula get a leading apostrophe, because key descriptions and names are typed by org members.
 */
final class CsvReport implements ReportWriter {
    static final List<String> HEADER = List.of(
            "severity", "rule", "object_kind", "object_id", "object_name", "workspace_id", "evidence", "fix");

    @Override
    public void write(AuditReport report, Writer out) throws IOException {
        row(out, HEADER);
        for (Finding f : report.findings()) {
            ObjectRef o = f.object();
            row(out, List.of(f.severity().label(), f.ruleId(), o.kind().label(), o.id(), o.name(),
                    o.workspaceId() == null ? "" : o.workspaceId(), f.evidence(), f.fix()));
        }
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            out.write(i == 0 ? "" : ",");
            out.write(cell(cells.get(i)));
        }
        out.write("\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
