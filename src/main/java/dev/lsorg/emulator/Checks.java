package dev.lsorg.emulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Collects FastAPI/pydantic-style validation errors ({@code loc}, {@code msg}, {@code type}, {@code input}) for
 * one request, so a 422 lists every problem at once the way FastAPI does.
 */
final class Checks {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "^(urn:uuid:)?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$");

    private final List<Map<String, Object>> errors = new ArrayList<>();

    /** Records one error at the given location. */
    void add(List<Object> loc, String type, String msg, Object input) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type);
        e.put("loc", loc);
        e.put("msg", msg);
        e.put("input", input);
        errors.add(e);
    }

    void missing(List<Object> loc) {
        add(loc, "missing", "Field required", null);
    }

    /** Parses a UUID as pydantic does (hyphens optional), recording {@code uuid_parsing} when it is not one. */
    UUID uuid(List<Object> loc, String text) {
        if (text != null && UUID_TEXT.matcher(text).matches()) {
            String hex = text.replace("urn:uuid:", "").replace("-", "");
            return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                    Long.parseUnsignedLong(hex.substring(16), 16));
        }
        add(loc, "uuid_parsing", "Input should be a valid UUID, unable to parse string as a UUID", text);
        return null;
    }

    /** Throws the 422 when anything was recorded. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw HttpProblem.validation(List.copyOf(errors));
        }
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    static List<Object> loc(Object... parts) {
        return new ArrayList<>(Arrays.asList(parts));
    }

    /** Parses one path parameter that must be a UUID, failing the request at once when it is not. */
    static UUID pathUuid(String name, String text) {
        Checks checks = new Checks();
        UUID id = checks.uuid(loc("path", name), text);
        checks.throwIfAny();
        return id;
    }
}
