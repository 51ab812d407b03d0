package dev.lsorg.audit;

import java.util.Locale;

/** The audit's output formats, as named by {@code --format}. */
public enum ReportFormat {
    TEXT, JSON, CSV, MARKDOWN;

    /** The writer for this format; {@code color} matters only for text. */
    public ReportWriter writer(boolean color) {
        return switch (this) {
            case TEXT -> new TextReport(color);
            case JSON -> new JsonReport();
            case CSV -> new CsvReport();
            case MARKDOWN -> new MarkdownReport();
        };
    }

    /** Parses a format name such as {@code markdown}, case-insensitively. */
    public static ReportFormat parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
