package dev.lsorg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonEscapesTest {
    private static final String HOSTILE = "\u001b]0;t\u0007\u007f\u009b\u202e\u200b\u2066\ufeff東🚀\r\n";

    @Test
    void unsafeCharactersAreEscapedAndValuesStayExact() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonEscapes.install(mapper.getFactory());
        String json = mapper.writeValueAsString(Map.of("v", HOSTILE));
        assertEquals("{\"v\":\"\\u001B]0;t\\u0007\\u007F\\u009B\\u202E\\u200B\\u2066\\uFEFF東🚀\\r\\n\"}", json);
        assertEquals(HOSTILE, mapper.readTree(json).get("v").asText());
        // Written as bytes, Jackson gives the emoji as a \\u surrogate pair under custom escapes: exact, and inert.
        String fromBytes = new String(mapper.writeValueAsBytes(Map.of("v", HOSTILE)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(HOSTILE, mapper.readTree(fromBytes).get("v").asText());
        assertEquals(-1, indexOfUnsafe(fromBytes));
    }

    private static int indexOfUnsafe(String s) {
        return s.codePoints().filter(Sanitizer::isUnsafe).findFirst().orElse(-1);
    }

    @Test
    void copiesOfTheSharedMapperKeepTheEscapes() throws Exception {
        ObjectMapper copy = dev.lsorg.model.Json.mapper().copy();
        assertEquals("\"\\u009B\"", copy.writeValueAsString("\u009b"));
        assertEquals("\"\\u009B\"", dev.lsorg.model.Json.mapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString("\u009b"));
    }
}
