package dev.lsorg.audit;

import java.io.IOException;
import java.io.Writer;

/** Writes an audit report in one output format. */
public interface ReportWriter {
    /** Writes the whole report to {@code out}; the caller closes it. */
    void write(AuditReport report, Writer out) throws IOException;
}
