package dev.lsorg.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The one Jackson configuration for LangSmith JSON: unknown fields and unknown enum values are ignored, dates are
 * ISO-8601 strings, timestamps without a zone (as FastAPI sometimes sends) are read as UTC, and output escapes
 * control, bidi and zero-width characters ({@link dev.lsorg.text.JsonEscapes}).
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A reader of {@code type} that shares repeated values through {@code canon} (see {@link Shared}). */
    public static ObjectReader reader(JavaType type, Canon canon) {
        return MAPPER.readerFor(type).withAttribute(Canon.class, canon);
    }

    private static ObjectMapper create() {
        SimpleModule lenientTime = new SimpleModule("lenient-instant");
        lenientTime.addDeserializer(Instant.class, new LenientInstantDeserializer());
        // Every JSON lsorg writes (reports, snapshots, exports, the journal) escapes what could drive a terminal.
        return new ObjectMapper(dev.lsorg.text.JsonEscapes.install(new com.fasterxml.jackson.core.JsonFactory()))
                .registerModule(new JavaTimeModule())
                .registerModule(lenientTime)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    }

    /** Parses an ISO-8601 instant with or without a zone offset; a zone-less time is taken as UTC. */
    public static Instant parseInstant(String text) {
        String s = text.trim();
        Instant common = parseCommon(s);
        return common != null ? common : parseIso(s);
    }

    /** The general reading, through {@code java.time}'s ISO formatters. */
    static Instant parseIso(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        }
    }

    /**
     * The shape every LangSmith timestamp has, {@code 2024-01-31T12:34:56[.fffffffff][Z|+hh:mm]}, read by hand: a
     * page of 500 members carries thousands of them and the formatter-based reading was a top cost of loading an
     * org. Anything else (or any out-of-range field) answers null so {@link #parseIso} decides, errors included.
     */
    static Instant parseCommon(String s) {
        int len = s.length();
        if (len < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int end = 19;
        while (end < len && s.charAt(end) != 'Z' && s.charAt(end) != '+' && s.charAt(end) != '-') {
            end++;
        }
        int nanos = fraction(s, end);
        int offset = offsetSeconds(s, end);
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        // digits() answers -1 for a non-digit, so a negative field (or OR of fields) means unreadable
        if (nanos < 0 || offset == Integer.MIN_VALUE || (year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offset));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Nanoseconds of the fraction between index 19 and {@code end} (none: 0), or -1 when it is not 1-9 digits. */
    private static int fraction(String s, int end) {
        if (end == 19) {
            return 0;
        }
        int n = end - 20;
        if (s.charAt(19) != '.' || n < 1 || n > 9) {
            return -1;
        }
        int value = digits(s, 20, n);
        return value < 0 ? -1 : value * (int) Math.pow(10, 9 - n);
    }

    /** The offset from {@code end}: none or Z is UTC, else exactly {@code ±hh:mm}; MIN_VALUE when unreadable. */
    private static int offsetSeconds(String s, int end) {
        int len = s.length();
        if (end == len || (end == len - 1 && s.charAt(end) == 'Z')) {
            return 0;
        }
        int h = end + 6 == len && s.charAt(end + 3) == ':' ? digits(s, end + 1, 2) : -1;
        int m = h < 0 ? -1 : digits(s, end + 4, 2);
        if (h < 0 || m < 0 || h > 18 || m > 59) {
            return Integer.MIN_VALUE;
        }
        return (s.charAt(end) == '-' ? -1 : 1) * (h * 3600 + m * 60);
    }

    /** The value of {@code n} ASCII digits at {@code from}, or -1 if any is not one. */
    private static int digits(String s, int from, int n) {
        int value = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final class LenientInstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parseInstant(text);
            } catch (DateTimeParseException e) {
                return (Instant) ctx.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 date-time");
            }
        }
    }
}
