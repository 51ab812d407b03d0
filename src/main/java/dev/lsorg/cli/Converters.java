package dev.lsorg.cli;

import dev.lsorg.audit.DiffReport;
import dev.lsorg.audit.ReportFormat;
import dev.lsorg.audit.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters that accept lower-case names and list the valid ones when given something else. */
final class Converters {
    private Converters() {
    }

    @SafeVarargs
    static <E extends Enum<E>> E parse(String text, E... allowed) {
        for (E e : allowed) {
            if (e.name().equalsIgnoreCase(text.trim())) {
                return e;
            }
        }
        throw new TypeConversionException("'" + text + "' is not one of " + Arrays.stream(allowed)
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /** {@code --format} of the audit. */
    static final class Format implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return parse(value, ReportFormat.values());
        }
    }

    /** {@code --format} of the diff. */
    static final class DiffFormat implements ITypeConverter<DiffReport.Format> {
        @Override
        public DiffReport.Format convert(String value) {
            return parse(value, DiffReport.Format.values());
        }
    }

    /** {@code --fail-on}: info would fail every run, so it is not offered. */
    static final class Level implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return parse(value, Severity.HIGH, Severity.MEDIUM, Severity.LOW);
        }
    }
}
