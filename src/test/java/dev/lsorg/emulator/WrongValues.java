package dev.lsorg.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The test's own oracle of what pydantic (lax mode, JSON input) refuses for a schema: a fixed list of wrong values
 * per JSON type and format, written out here rather than derived from the emulator's validator, so the two can
 * disagree. A union refuses only what every member refuses; a {@code null} member makes {@code null} right.
 */
final class WrongValues {
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    private final UnaryOperator<JsonNode> resolve;

    /** {@code resolve} follows a schema's {@code $ref}. */
    WrongValues(UnaryOperator<JsonNode> resolve) {
        this.resolve = resolve;
    }

    /** Values a body field of {@code schema} must be refused for (422). */
    List<JsonNode> of(JsonNode schemaOrRef) {
        JsonNode schema = resolve.apply(schemaOrRef);
        if (schema.has("anyOf")) {
            return union(schema.get("anyOf"));
        }
        return switch (schema.path("type").asText("")) {
            case "string" -> string(schema);
            case "boolean" -> List.of(N.nullNode(), N.textNode("maybe"), N.numberNode(2), N.objectNode(),
                    N.arrayNode());
            case "integer" -> List.of(N.nullNode(), N.textNode("abc"), N.numberNode(1.5), N.objectNode(),
                    N.arrayNode());
            case "number" -> List.of(N.nullNode(), N.textNode("abc"), N.objectNode(), N.arrayNode());
            case "array" -> List.of(N.nullNode(), N.textNode("x"), N.numberNode(5), N.objectNode());
            case "object" -> List.of(N.nullNode(), N.numberNode(5), N.textNode("x"), N.arrayNode());
            default -> List.of();
        };
    }

    /** A wrong item for an array of {@code schema}, if there is one, to be refused at index 0. */
    List<JsonNode> items(JsonNode arraySchema) {
        JsonNode schema = resolve.apply(arraySchema);
        if (schema.has("anyOf")) {
            for (JsonNode m : schema.get("anyOf")) {
                if ("array".equals(resolve.apply(m).path("type").asText())) {
                    return items(m);
                }
            }
            return List.of();
        }
        return schema.has("items") ? of(schema.get("items")) : List.of();
    }

    private List<JsonNode> string(JsonNode schema) {
        List<JsonNode> wrong = new ArrayList<>(List.of(N.nullNode(), N.objectNode()));
        switch (schema.path("format").asText("")) {
            case "uuid" -> wrong.addAll(List.of(N.numberNode(5), N.textNode("not-a-uuid")));
            case "date-time" -> wrong.addAll(List.of(N.booleanNode(true), N.textNode("yesterday"), N.arrayNode()));
            case "email" -> wrong.addAll(List.of(N.numberNode(5), N.textNode("no-at-sign")));
            default -> wrong.addAll(List.of(N.numberNode(5), N.booleanNode(true), N.arrayNode()));
        }
        if (schema.has("minLength")) {
            wrong.add(N.textNode(""));
        }
        if (schema.has("maxLength")) {
            wrong.add(N.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
        }
        if (schema.has("pattern")) {
            wrong.add(N.textNode("bad!name"));
        }
        return wrong;
    }

    private List<JsonNode> union(JsonNode members) {
        List<JsonNode> common = null;
        boolean nullable = false;
        for (JsonNode m : members) {
            if ("null".equals(resolve.apply(m).path("type").asText())) {
                nullable = true;
                continue;
            }
            List<JsonNode> wrong = of(m);
            if (common == null) {
                common = new ArrayList<>(wrong);
            } else {
                common.retainAll(wrong);
            }
        }
        List<JsonNode> out = common == null ? new ArrayList<>() : common;
        if (nullable) {
            out.removeIf(JsonNode::isNull);
        }
        return out;
    }

    /** Wrong query values for a parameter schema: a string each, with the loc suffix (index) it is refused at. */
    List<String> query(JsonNode schemaOrRef) {
        JsonNode schema = resolve.apply(schemaOrRef);
        if (schema.has("enum")) {
            return List.of("bogus");
        }
        return switch (schema.path("type").asText("")) {
            case "integer" -> integerQuery(schema);
            case "boolean" -> List.of("maybe");
            case "string" -> switch (schema.path("format").asText("")) {
                case "uuid" -> List.of("nope");
                case "date-time" -> List.of("yesterday");
                default -> List.of();
            };
            case "array" -> query(schema.path("items"));
            default -> List.of();
        };
    }

    private static List<String> integerQuery(JsonNode schema) {
        List<String> wrong = new ArrayList<>(List.of("abc"));
        if (schema.has("minimum")) {
            wrong.add(String.valueOf(schema.get("minimum").asLong() - 1));
        }
        if (schema.has("maximum")) {
            wrong.add(String.valueOf(schema.get("maximum").asLong() + 1));
        }
        return wrong;
    }
}
