package dev.lsorg.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/** Writes the report as pretty JSON following {@code schemas/audit-report.schema.json}. */
final class JsonReport implements ReportWriter {
    @Override
    public void write(AuditReport report, Writer out) throws IOException {
        ReportJson.prettyWriter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, report);
        out.write("\n");
    }
}
