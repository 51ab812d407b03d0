package dev.lsorg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reading of common timestamps must agree with the java.time one, or step aside for it. */
class InstantParsingTest {
    @ParameterizedTest
    @ValueSource(strings = {"2024-01-31T12:34:56Z", "2024-01-31T12:34:56.1Z", "2024-01-31T12:34:56.123456Z",
        "2024-01-31T12:34:56.123456789Z", "2024-01-31T12:34:56.123456", "2024-01-31T12:34:56",
        "2024-01-31T12:34:56+02:00", "2024-01-31T12:34:56.5-05:30", "2024-02-29T23:59:59.999999+00:00",
        "2024-01-31T12:34:56-00:00", "0001-01-01T00:00:00Z", "2024-12-31T23:59:59+18:00"})
    void agreesWithJavaTime(String text) {
        assertNotNull(Json.parseCommon(text), text);
        assertEquals(Json.parseIso(text), Json.parseCommon(text), text);
        assertEquals(Json.parseIso(text), Json.parseInstant(" " + text + " "), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-31T12:34Z", "2024-01-31T12:34:56.Z", "2024-01-31T12:34:56.1234567890Z",
        "2024-01-31T12:34:56z", "2024-01-31T12:34:56+0200", "2024-01-31T12:34:56+19:00", "2024-13-01T00:00:00Z",
        "2023-02-29T00:00:00Z", "2024-01-31 12:34:56Z", "+12024-01-31T12:34:56Z", "2024-01-31T12:34:56+02:00:30",
        "2024-01-31T12:34:56[UTC]", "2024-01-3xT12:34:56Z"})
    void stepsAsideForAnythingElse(String text) {
        assertNull(Json.parseCommon(text), text);
    }

    @Test
    void errorsAreStillJavaTimeErrors() {
        assertThrows(DateTimeParseException.class, () -> Json.parseInstant("2024-13-01T00:00:00Z"));
        assertEquals(Instant.parse("2024-01-31T12:34:00Z"), Json.parseInstant("2024-01-31T12:34Z"));
    }

    @Test
    void agreesOnRandomInstants() {
        Random random = new Random(3);
        for (int i = 0; i < 2000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000_000));
            assertEquals(t, Json.parseCommon(t.toString()), t.toString());
        }
    }
}
