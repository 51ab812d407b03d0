package dev.lsorg.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a JSON value against a contract schema the way pydantic v2 does in FastAPI's default (lax) mode, and
 * returns the value as pydantic would hand it on: {@code "yes"} for a boolean becomes {@code true}, {@code 2.0} for
 * an integer becomes {@code 2}, an epoch number for a date-time becomes an ISO instant. Every problem goes into one
 * {@link Checks} with pydantic's {@code type}, {@code msg}, {@code loc} and {@code input}; the result is then
 * meaningless and must not be used. {@code null} is accepted only where the schema has a {@code null} alternative.
 */
final class SchemaCheck {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TRUE = Set.of("1", "on", "t", "true", "y", "yes");
    private static final Set<String> FALSE = Set.of("0", "off", "f", "false", "n", "no");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Contract contract;
    private final Checks checks;

    SchemaCheck(Contract contract, Checks checks) {
        this.contract = contract;
        this.checks = checks;
    }

    /** The validated (coerced) value of {@code v} at {@code loc}; problems are recorded, not thrown. */
    JsonNode value(JsonNode schemaOrRef, JsonNode v, List<Object> loc) {
        JsonNode schema = contract.resolve(schemaOrRef);
        if (schema.has("anyOf")) {
            return union(schema.get("anyOf"), v, loc);
        }
        if (schema.has("enum")) {
            return enumValue(schema.get("enum"), v, loc);
        }
        return switch (schema.path("type").asText("")) {
            case "object" -> object(schema, v, loc);
            case "array" -> array(schema, v, loc);
            case "string" -> string(schema, v, loc);
            case "boolean" -> bool(v, loc);
            case "integer" -> bounded(schema, v, integer(v, loc), loc);
            case "number" -> number(v, loc);
            case "null" -> v.isNull() ? v : fail(loc, "none_required", "Input should be None", v);
            default -> v;
        };
    }

    private JsonNode fail(List<Object> loc, String type, String msg, JsonNode input) {
        checks.add(loc, type, msg, input);
        return null;
    }

    private static List<Object> at(List<Object> loc, Object part) {
        List<Object> l = new ArrayList<>(loc);
        l.add(part);
        return l;
    }

    /**
     * {@code anyOf}: {@code Optional[T]} reports T's errors at the field itself; a union of several types tries an
     * exact JSON type match first, then each member in turn, and reports each member's errors under its tag.
     */
    private JsonNode union(JsonNode members, JsonNode v, List<Object> loc) {
        List<JsonNode> real = new ArrayList<>();
        members.forEach(m -> {
            if (!"null".equals(contract.resolve(m).path("type").asText())) {
                real.add(m);
            }
        });
        if (v.isNull() && real.size() < members.size()) {
            return v;
        }
        if (real.size() == 1) {
            return value(real.get(0), v, loc);
        }
        for (JsonNode m : exactFirst(real, v)) {
            Checks scratch = new Checks();
            JsonNode out = new SchemaCheck(contract, scratch).value(m, v, loc);
            if (scratch.isEmpty()) {
                return out;
            }
        }
        real.forEach(m -> value(m, v, at(loc, tag(contract.resolve(m)))));
        return null;
    }

    private List<JsonNode> exactFirst(List<JsonNode> members, JsonNode v) {
        List<JsonNode> ordered = new ArrayList<>();
        members.stream().filter(m -> exact(contract.resolve(m), v)).forEach(ordered::add);
        members.stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
        return ordered;
    }

    private static boolean exact(JsonNode schema, JsonNode v) {
        return switch (schema.path("type").asText("")) {
            case "string" -> v.isTextual();
            case "boolean" -> v.isBoolean();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "array" -> v.isArray();
            case "object" -> v.isObject();
            default -> false;
        };
    }

    private static String tag(JsonNode schema) {
        return switch (schema.path("type").asText("")) {
            case "string" -> "str";
            case "boolean" -> "bool";
            case "integer" -> "int";
            case "number" -> "float";
            case "array" -> "list[" + tag(schema.path("items")) + "]";
            case "object" -> schema.path("title").asText("dict");
            default -> "any";
        };
    }

    private JsonNode enumValue(JsonNode allowed, JsonNode v, List<Object> loc) {
        for (JsonNode a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        List<String> names = new ArrayList<>();
        allowed.forEach(a -> names.add("'" + a.asText() + "'"));
        String list = names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return fail(loc, "enum", "Input should be " + list, v);
    }

    /** A model: required fields, then each present field; fields the schema does not name are ignored. */
    private JsonNode object(JsonNode schema, JsonNode v, List<Object> loc) {
        if (!v.isObject()) {
            return fail(loc, "model_attributes_type",
                    "Input should be a valid dictionary or object to extract fields from", v);
        }
        ObjectNode out = ((ObjectNode) v).deepCopy();
        schema.path("required").forEach(r -> {
            if (!v.has(r.asText())) {
                checks.missing(at(loc, r.asText()));
            }
        });
        schema.path("properties").fields().forEachRemaining(p -> {
            if (v.has(p.getKey())) {
                JsonNode checked = value(p.getValue(), v.get(p.getKey()), at(loc, p.getKey()));
                out.set(p.getKey(), checked == null ? NullNode.getInstance() : checked);
            }
        });
        return out;
    }

    private JsonNode array(JsonNode schema, JsonNode v, List<Object> loc) {
        if (!v.isArray()) {
            return fail(loc, "list_type", "Input should be a valid list", v);
        }
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = schema.has("items") ? value(schema.get("items"), v.get(i), at(loc, i)) : v.get(i);
            out.add(item == null ? NullNode.getInstance() : item);
        }
        return out;
    }

    private JsonNode string(JsonNode schema, JsonNode v, List<Object> loc) {
        String format = schema.path("format").asText("");
        if (format.equals("uuid")) {
            return uuid(v, loc);
        }
        if (format.equals("date-time")) {
            return dateTime(v, loc);
        }
        if (!v.isTextual()) {
            return fail(loc, "string_type", "Input should be a valid string", v);
        }
        if (format.equals("email") && !EMAIL.matcher(v.asText()).matches()) {
            return fail(loc, "value_error", "value is not a valid email address: An email address must have an"
                    + " @-sign and a domain", v);
        }
        return constraints(schema, v, loc);
    }

    private JsonNode constraints(JsonNode schema, JsonNode v, List<Object> loc) {
        String s = v.asText();
        int length = s.codePointCount(0, s.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            int min = schema.get("minLength").asInt();
            return fail(loc, "string_too_short", "String should have at least " + min + " character"
                    + (min == 1 ? "" : "s"), v);
        }
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            int max = schema.get("maxLength").asInt();
            return fail(loc, "string_too_long", "String should have at most " + max + " character"
                    + (max == 1 ? "" : "s"), v);
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
            return fail(loc, "string_pattern_mismatch", "String should match pattern '"
                    + schema.get("pattern").asText() + "'", v);
        }
        return v;
    }

    private JsonNode uuid(JsonNode v, List<Object> loc) {
        if (!v.isTextual()) {
            return fail(loc, "uuid_type", "UUID input should be a string, bytes or UUID object", v);
        }
        java.util.UUID id = checks.uuid(loc, v.asText());
        return id == null ? null : NODES.textNode(id.toString());
    }

    /** A date-time: an ISO-8601 string, or (lax) a number of seconds, or milliseconds, since the epoch. */
    private JsonNode dateTime(JsonNode v, List<Object> loc) {
        if (v.isNumber()) {
            BigDecimal n = v.decimalValue();
            // pydantic (speedate) reads numbers above 2e10 as milliseconds
            BigDecimal seconds = n.abs().compareTo(BigDecimal.valueOf(20_000_000_000L)) > 0
                    ? n.movePointLeft(3) : n;
            long nanos = seconds.movePointRight(9).longValue();
            return NODES.textNode(Instant.ofEpochSecond(0, nanos).toString());
        }
        if (!v.isTextual()) {
            return fail(loc, "datetime_type", "Input should be a valid datetime", v);
        }
        try {
            return NODES.textNode(Json.parseInstant(v.asText()).toString());
        } catch (RuntimeException e) {
            return fail(loc, "datetime_from_date_parsing", "Input should be a valid datetime or date, invalid"
                    + " character in year", v);
        }
    }

    private JsonNode bool(JsonNode v, List<Object> loc) {
        if (v.isBoolean()) {
            return v;
        }
        if (v.isTextual()) {
            String s = v.asText().strip().toLowerCase(Locale.ROOT);
            if (TRUE.contains(s) || FALSE.contains(s)) {
                return NODES.booleanNode(TRUE.contains(s));
            }
        } else if (v.isNumber() && (v.asDouble() == 0 || v.asDouble() == 1)) {
            return NODES.booleanNode(v.asDouble() == 1);
        }
        boolean parsable = v.isTextual() || v.isNumber();
        return fail(loc, parsable ? "bool_parsing" : "bool_type", parsable
                ? "Input should be a valid boolean, unable to interpret input" : "Input should be a valid boolean", v);
    }

    /** An integer's {@code minimum} and {@code maximum}, as pydantic words them. */
    private JsonNode bounded(JsonNode schema, JsonNode input, JsonNode n, List<Object> loc) {
        if (n == null) {
            return null;
        }
        if (schema.has("minimum") && n.bigIntegerValue().compareTo(schema.get("minimum").bigIntegerValue()) < 0) {
            return fail(loc, "greater_than_equal", "Input should be greater than or equal to "
                    + schema.get("minimum").asText(), input);
        }
        if (schema.has("maximum") && n.bigIntegerValue().compareTo(schema.get("maximum").bigIntegerValue()) > 0) {
            return fail(loc, "less_than_equal", "Input should be less than or equal to "
                    + schema.get("maximum").asText(), input);
        }
        return n;
    }

    private JsonNode integer(JsonNode v, List<Object> loc) {
        if (v.isIntegralNumber()) {
            return v;
        }
        if (v.isBoolean()) {
            return NODES.numberNode(v.asBoolean() ? 1 : 0);
        }
        if (v.isNumber()) {
            BigDecimal d = v.decimalValue();
            return d.stripTrailingZeros().scale() <= 0 ? NODES.numberNode(d.toBigInteger())
                    : fail(loc, "int_from_float", "Input should be a valid integer, got a number with a fractional"
                            + " part", v);
        }
        if (v.isTextual()) {
            try {
                return NODES.numberNode(new java.math.BigInteger(v.asText().strip()));
            } catch (NumberFormatException e) {
                return fail(loc, "int_parsing", "Input should be a valid integer, unable to parse string as an"
                        + " integer", v);
            }
        }
        return fail(loc, "int_type", "Input should be a valid integer", v);
    }

    private JsonNode number(JsonNode v, List<Object> loc) {
        if (v.isNumber()) {
            return v;
        }
        if (v.isBoolean()) {
            return NODES.numberNode(v.asBoolean() ? 1.0 : 0.0);
        }
        if (v.isTextual()) {
            try {
                return NODES.numberNode(Double.parseDouble(v.asText().strip()));
            } catch (NumberFormatException e) {
                return fail(loc, "float_parsing", "Input should be a valid number, unable to parse string as a"
                        + " number", v);
            }
        }
        return fail(loc, "float_type", "Input should be a valid number", v);
    }
}
