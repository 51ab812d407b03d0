package dev.lsorg.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void userInfoInTheEndpointIsRefusedWithoutRepeatingIt() {
        for (String url : new String[] {"http://user:hunter2pw@127.0.0.1:1984", "https://admin:hunter2pw@host/api/v1",
                "https://hunter2pw@host", "https://user:hunter2pw@host:8443/", "ftp://u:hunter2pw@host"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ClientConfig.normalizeEndpoint(url), url);
            assertFalse(e.getMessage().contains("hunter2pw"), e.getMessage());
            assertFalse(e.getMessage().contains("host"), "the URL is never repeated: " + e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClientConfig.normalizeEndpoint(
                "http://user:pw@127.0.0.1")).getMessage().contains("must not contain a user name or password"));
        // No client configuration can hold one, so no header, whoami, request preview or journal entry can show it.
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.of("http://u:hunter2pw@127.0.0.1",
                Secret.of("lsv2_sk_0123456789abcdef0123456789abcdef_1a2b")));
    }

    @Test
    void onlyPlainHttpToAnotherMachineSendsTheKeyInClear() {
        for (String local : new String[] {"http://127.0.0.1:1984", "http://127.8.9.10", "http://localhost:80",
                "http://LOCALHOST", "http://[::1]:1984", "https://example.com", "https://10.0.0.1"}) {
            assertFalse(ClientConfig.sendsKeyInClear(ClientConfig.normalizeEndpoint(local)), local);
        }
        for (String remote : new String[] {"http://example.com", "http://10.0.0.1:80", "http://128.0.0.1",
                "http://127.0.0.1.example.com", "http://localhost.example.com", "http://[2001:db8::1]",
                "http://0.0.0.0:1984"}) {
            assertTrue(ClientConfig.sendsKeyInClear(ClientConfig.normalizeEndpoint(remote)), remote);
        }
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
