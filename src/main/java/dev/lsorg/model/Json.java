package dev.lsorg.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * ISO-8601 strings, and timestamps without a zone (as FastAPI sometimes sends) are read as UTC.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        SimpleModule lenientTime = new SimpleModule("lenient-instant");
        lenientTime.addDeserializer(Instant.class, new LenientInstantDeserializer());
        return new ObjectMapper()
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
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        }
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
