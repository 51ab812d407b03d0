package dev.lsorg.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks JSON bodies against LangSmith's org-management contract ({@code langsmith-openapi-org.json} on the test
 * classpath): a response body against the schema of an operation's 200 or 422 answer, and a request body against
 * the operation's {@code requestBody} schema. Formats (uuid, date-time, email) are asserted, not just annotated.
 * Used by the emulator's tests and meant for the client's tests too (check every request the client sends).
 */
public final class SpecValidator {
    private static final String RESOURCE = "/langsmith-openapi-org.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static volatile SpecValidator shared;

    private final JsonNode spec;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();

    private SpecValidator(JsonNode spec) {
        this.spec = spec;
    }

    /** The validator for the contract on the classpath (loaded once). */
    public static SpecValidator load() {
        if (shared == null) {
            try (InputStream in = SpecValidator.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the test classpath");
                }
                shared = new SpecValidator(MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Every operation as {@code "METHOD /path/{template}"}. */
    public List<String> operations() {
        List<String> ops = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> ops.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        return ops;
    }

    /** The path template a concrete path belongs to (e.g. {@code /api/v1/workspaces/{workspace_id}}), if any. */
    public Optional<String> template(String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Iterator<String> it = spec.get("paths").fieldNames();
        String best = null;
        while (it.hasNext()) {
            String t = it.next();
            boolean hasOp = spec.get("paths").get(t).has(method.toLowerCase(Locale.ROOT));
            if (hasOp && Pattern.matches(t.replaceAll("\\{[^}]+}", "[^/]+"), bare)
                    && (best == null || literalLength(t) > literalLength(best))) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int literalLength(String template) {
        return template.replaceAll("\\{[^}]+}", "").length();
    }

    /** Problems of a response body against the schema of (method, path template, status); empty when valid. */
    public List<String> validateResponse(String method, String pathTemplate, int status, JsonNode body) {
        String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
                + status + "/content/application~1json/schema";
        return validate(pointer, body);
    }

    /** Problems of a request body against the operation's {@code requestBody} schema; empty when valid. */
    public List<String> validateRequest(String method, String pathTemplate, JsonNode body) {
        String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase(Locale.ROOT)
                + "/requestBody/content/application~1json/schema";
        return validate(pointer, body);
    }

    /**
     * Fails unless a request sent to a concrete path (query allowed) is a contract operation and its body matches
     * that operation's {@code requestBody} schema; a null body passes when the operation's body is optional or absent.
     */
    public void assertRequestTo(String method, String path, JsonNode body) {
        String t = template(method, path).orElseThrow(
                () -> new AssertionError(method + " " + path + " is not an operation of the contract"));
        JsonNode op = spec.at("/paths/" + escape(t) + "/" + method.toLowerCase(Locale.ROOT));
        boolean required = op.path("requestBody").path("required").asBoolean(false);
        if (body == null && required) {
            throw new AssertionError(method + " " + t + " requires a body");
        }
        if (body != null) {
            if (!op.has("requestBody")) {
                throw new AssertionError(method + " " + t + " takes no body");
            }
            assertRequest(method, t, body);
        }
    }

    /** The spec's schema {@code name} from {@code components/schemas}. */
    public JsonNode schema(String name) {
        JsonNode node = spec.at("/components/schemas/" + escape(name));
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("the spec has no schema " + name);
        }
        return node;
    }

    /** Problems of {@code value} against the spec's schema {@code name} (e.g. {@code OCSFApiActivity}). */
    public List<String> validateSchema(String name, JsonNode value) {
        schema(name);
        return validate("/components/schemas/" + escape(name), value);
    }

    /** Fails with every problem listed when {@code value} does not match the spec's schema {@code name}. */
    public void assertSchema(String name, JsonNode value) {
        fail(name, validateSchema(name, value));
    }

    /** Fails with every problem listed when the response body does not match. */
    public void assertResponse(String method, String pathTemplate, int status, JsonNode body) {
        fail("response of " + method + " " + pathTemplate + " " + status, validateResponse(method, pathTemplate, status, body));
    }

    /** Fails with every problem listed when the request body does not match. */
    public void assertRequest(String method, String pathTemplate, JsonNode body) {
        fail("request of " + method + " " + pathTemplate, validateRequest(method, pathTemplate, body));
    }

    private static void fail(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(what + " does not match the spec: " + problems);
        }
    }

    private List<String> validate(String pointer, JsonNode body) {
        JsonSchema schema = cache.computeIfAbsent(pointer, this::schemaAt);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(body)) {
            problems.add(m.getMessage());
        }
        return problems;
    }

    /** The schema at a pointer, made a standalone document by carrying the spec's components along for $refs. */
    private JsonSchema schemaAt(String pointer) {
        JsonNode node = spec.at(pointer);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("the spec has no schema at " + pointer);
        }
        ObjectNode root = node.deepCopy();
        root.set("components", spec.get("components"));
        return factory.getSchema(root, config);
    }

    private static String escape(String template) {
        return template.replace("~", "~0").replace("/", "~1");
    }
}
