package dev.lsorg.config;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds an API key so that it cannot leak by accident: {@link #toString()} is masked and only the transport reads
 * the real value through {@link #reveal()}; everything shown to people uses {@link #shortForm()}.
 */
public final class Secret {
    private static final Pattern LANGSMITH_PREFIX = Pattern.compile("^(lsv2_[a-z]+_|ls__)");
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a key, trimming the whitespace a file or command output usually ends with. */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty API key");
        }
        return new Secret(trimmed);
    }

    /** The real key, for the one place that puts it in a request header. */
    public String reveal() {
        return value;
    }

    /**
     * The display form LangSmith uses for {@code short_key}: the type prefix, an ellipsis and the last four
     * characters, e.g. {@code lsv2_sk_...1a2b}. Never enough to use the key.
     */
    public String shortForm() {
        Matcher m = LANGSMITH_PREFIX.matcher(value);
        String prefix = m.find() ? m.group(1) : "";
        if (value.length() < prefix.length() + 12) {
            return prefix + "****";
        }
        return prefix + "..." + value.substring(value.length() - 4);
    }

    /** Replaces every occurrence of this key in {@code text} by its short form (for server messages we repeat). */
    public String redact(String text) {
        return text == null ? null : text.replace(value, shortForm());
    }

    @Override
    public String toString() {
        return "Secret[" + shortForm() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
