package dev.lsorg.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Holds an API key so that it cannot leak by accident: {@link #toString()} is masked and only the transport reads
 * the real value through {@link #reveal()}; everything shown to people uses {@link #shortForm()}.
 */
public final class Secret {
    /** What LangSmith keys look like: {@code lsv2_sk_…}, {@code lsv2_pt_…} and the older {@code ls__…}. */
    public static final Pattern KEY_SHAPE = Pattern.compile("lsv2_[a-z]{2}_[A-Za-z0-9_]{8,}|ls__[A-Za-z0-9]{8,}");

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

    /** Whether {@code text} holds something shaped like a LangSmith key (so it must not be repeated anywhere). */
    public static boolean looksLikeKey(String text) {
        return text != null && KEY_SHAPE.matcher(text).find();
    }

    /** The real key, for the one place that puts it in a request header. */
    public String reveal() {
        return value;
    }

    /**
     * The display form LangSmith uses for {@code short_key}: the first eight characters (the type prefix, such as
     * {@code lsv2_sk_}), an ellipsis and the last four, e.g. {@code lsv2_sk_...1a2b}; {@code ***} for a value too
     * short to abbreviate safely. Never enough to use the key.
     */
    public String shortForm() {
        if (value.length() < 16) {
            return "***";
        }
        return value.substring(0, 8) + "..." + value.substring(value.length() - 4);
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
