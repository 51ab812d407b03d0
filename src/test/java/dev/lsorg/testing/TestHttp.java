package dev.lsorg.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tiny blocking HTTP client for tests that talk to a server on loopback: JSON in, status, headers and parsed
 * JSON out. Requests carry whatever headers the test sets, so auth rules can be tested header by header.
 */
public final class TestHttp {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** One client for all tests: creating one per request costs threads and a selector each time. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration timeout = Duration.ofSeconds(30);

    public TestHttp(String base) {
        this.base = base;
    }

    /** A copy of this client that gives up on an answer after {@code limit} (an {@link UncheckedIOException}). */
    public TestHttp timeout(Duration limit) {
        TestHttp copy = with("X-Unused", null);
        copy.timeout = limit;
        return copy;
    }

    /** A copy of this client with one more header on every request. */
    public TestHttp with(String name, String value) {
        TestHttp copy = new TestHttp(base);
        copy.timeout = timeout;
        copy.headers.putAll(headers);
        if (value == null) {
            copy.headers.remove(name);
        } else {
            copy.headers.put(name, value);
        }
        return copy;
    }

    /** One answer: status, headers and the body (raw and, when it parses, as JSON). */
    public record Reply(int status, HttpResponse<String> raw, String body) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("answer is not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    public Reply patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    /** Sends one request; a String body goes as is, anything else is serialised to JSON. */
    public Reply send(String method, String path, Object body) {
        try {
            String text = body == null ? null : body instanceof String s ? s : MAPPER.writeValueAsString(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                b.header("Content-Type", "application/json");
            }
            headers.forEach(b::header);
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r, r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
