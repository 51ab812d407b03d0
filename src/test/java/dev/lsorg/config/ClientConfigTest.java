package dev.lsorg.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClientConfigTest {
    @Test
    void endpointFormsAllNormaliseToTheRootWithoutDoublingTheApiPrefix() {
        String[][] cases = {
            {"https://api.smith.langchain.com", "https://api.smith.langchain.com"},
            {"https://api.smith.langchain.com/", "https://api.smith.langchain.com"},
            {"https://host/api/v1", "https://host"},
            {"https://host/api/v1/", "https://host"},
            {"https://host/api", "https://host"},
            {"https://host/api/", "https://host"},
            {"  https://host:8443/langsmith/api/v1  ", "https://host:8443/langsmith"},
            {"http://127.0.0.1:1984", "http://127.0.0.1:1984"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], ClientConfig.normalizeEndpoint(c[0]), c[0]);
            assertEquals(c[1] + "/api/v1", ClientConfig.of(c[0], Secret.of("k")).apiBase(), c[0]);
        }
    }

    @Test
    void notAnHttpUrlIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.normalizeEndpoint("api.smith.langchain.com"));
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.normalizeEndpoint("ftp://h/api"));
    }

    @Test
    void secretNeverPrintsTheKey() {
        Secret s = Secret.of("lsv2_sk_0123456789abcdef0123456789abcdef_1a2b\n");
        assertEquals("lsv2_sk_...1a2b", s.shortForm());
        assertEquals("Secret[lsv2_sk_...1a2b]", s.toString());
        ClientConfig c = ClientConfig.of("https://h", s);
        assertFalse(c.toString().contains("0123456789abcdef"), c.toString());
        assertEquals("body lsv2_sk_...1a2b end", s.redact("body " + s.reveal() + " end"));
        assertEquals("***", Secret.of("lsv2_sk_short").shortForm());
    }
}
