package dev.lsorg.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How urgent an audit finding is; declared from most to least urgent so that ordinal order is report order. */
public enum Severity {
    HIGH, MEDIUM, LOW, INFO;

    /** The lower-case name used in every output format and on the command line. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as urgent as {@code threshold} or more (so {@code HIGH.atLeast(LOW)} holds). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses a label such as {@code high}, case-insensitively. */
    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
