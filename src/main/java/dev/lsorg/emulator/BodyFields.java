package dev.lsorg.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object in a request body with pydantic's rules: a missing required field, a wrong
 * type, a bad UUID or a pattern mismatch is recorded in the shared {@link Checks}; unknown fields are ignored.
 * A JSON {@code null} counts as absent for the optional, nullable fields the spec declares.
 */
final class BodyFields {
    private final JsonNode node;
    private final List<Object> base;
    private final Checks checks;

    BodyFields(JsonNode node, List<Object> base, Checks checks) {
        this.node = node;
        this.base = base;
        this.checks = checks;
    }

    private List<Object> at(String field) {
        List<Object> loc = new ArrayList<>(base);
        loc.add(field);
        return loc;
    }

    /** True when the field is present, even as null (PATCH bodies use a null to clear a setting). */
    boolean present(String field) {
        return node.has(field);
    }

    /** True when the field is present and not null (PATCH bodies use this to tell "leave unchanged"). */
    boolean has(String field) {
        return node.hasNonNull(field);
    }

    String requiredString(String field) {
        if (!node.has(field)) {
            checks.missing(at(field));
            return null;
        }
        return string(field, false);
    }

    String optString(String field) {
        return has(field) ? string(field, true) : null;
    }

    private String string(String field, boolean nullable) {
        JsonNode v = node.get(field);
        if (v.isTextual()) {
            return v.asText();
        }
        checks.add(at(field), "string_type", "Input should be a valid string", nullable ? v : v.isNull() ? null : v);
        return null;
    }

    /** A string that must match a pattern and have at least one character, as {@code display_name} does. */
    String patterned(String field, boolean required, Pattern pattern) {
        String s = required ? requiredString(field) : optString(field);
        if (s == null) {
            return null;
        }
        if (s.isEmpty()) {
            checks.add(at(field), "string_too_short", "String should have at least 1 character", s);
            return null;
        }
        if (!pattern.matcher(s).matches()) {
            checks.add(at(field), "string_pattern_mismatch", "String should match pattern '" + pattern.pattern() + "'", s);
            return null;
        }
        return s;
    }

    UUID optUuid(String field) {
        return has(field) ? uuid(at(field), node.get(field)) : null;
    }

    UUID requiredUuid(String field) {
        if (!has(field)) {
            checks.missing(at(field));
            return null;
        }
        return uuid(at(field), node.get(field));
    }

    private UUID uuid(List<Object> loc, JsonNode v) {
        if (!v.isTextual()) {
            checks.add(loc, "uuid_type", "UUID input should be a string, bytes or UUID object", v);
            return null;
        }
        return checks.uuid(loc, v.asText());
    }

    /** An optional list of UUIDs; null when absent or null. */
    List<UUID> optUuidList(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            checks.add(at(field), "list_type", "Input should be a valid list", v);
            return null;
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            List<Object> loc = at(field);
            loc.add(i);
            ids.add(uuid(loc, v.get(i)));
        }
        return ids;
    }

    /** An optional list of strings; null when absent or null. */
    List<String> optStringList(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            checks.add(at(field), "list_type", "Input should be a valid list", v);
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                List<Object> loc = at(field);
                loc.add(i);
                checks.add(loc, "string_type", "Input should be a valid string", v.get(i));
            } else {
                out.add(v.get(i).asText());
            }
        }
        return out;
    }

    Boolean optBool(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        checks.add(at(field), "bool_type", "Input should be a valid boolean", v);
        return null;
    }

    Boolean requiredBool(String field) {
        if (!has(field)) {
            checks.missing(at(field));
            return null;
        }
        return optBool(field);
    }

    Integer optInt(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.asInt();
        }
        checks.add(at(field), "int_type", "Input should be a valid integer", v);
        return null;
    }

    /** An optional ISO-8601 date-time. */
    java.time.Instant optDateTime(String field) {
        String s = has(field) && node.get(field).isTextual() ? node.get(field).asText() : null;
        if (has(field) && s == null) {
            checks.add(at(field), "datetime_type", "Input should be a valid datetime", node.get(field));
            return null;
        }
        try {
            return s == null ? null : dev.lsorg.model.Json.parseInstant(s);
        } catch (RuntimeException e) {
            checks.add(at(field), "datetime_from_date_parsing", "Input should be a valid datetime", s);
            return null;
        }
    }
}
