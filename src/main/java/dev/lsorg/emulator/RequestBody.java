package dev.lsorg.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's JSON body parsed the FastAPI way: bad JSON is a 422 {@code json_invalid}, a missing required body
 * is {@code missing} at {@code ["body"]}, the wrong top-level type is {@code model_attributes_type} or
 * {@code list_type}, and a batch may hold at most {@value #MAX_BATCH} items.
 */
final class RequestBody {
    /** Largest batch the invite endpoints take. */
    static final int MAX_BATCH = 500;

    private final String text;
    private final Checks checks = new Checks();

    RequestBody(String text) {
        this.text = text == null ? "" : text;
    }

    Checks checks() {
        return checks;
    }

    private JsonNode parse() {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            checks.add(Checks.loc("body", Math.max(0, (int) e.getLocation().getCharOffset())), "json_invalid",
                    "JSON decode error", null);
            checks.throwIfAny();
            return null;
        }
    }

    /** The body as an object; a missing body is an error unless {@code optional}, then an empty object. */
    BodyFields object(boolean optional) {
        if (text.isBlank()) {
            if (!optional) {
                checks.missing(Checks.loc("body"));
                checks.throwIfAny();
            }
            return new BodyFields(Json.mapper().createObjectNode(), Checks.loc("body"), checks);
        }
        JsonNode node = parse();
        if (!node.isObject()) {
            checks.add(Checks.loc("body"), "model_attributes_type",
                    "Input should be a valid dictionary or object to extract fields from", node);
            checks.throwIfAny();
        }
        return new BodyFields(node, Checks.loc("body"), checks);
    }

    /** The body as a batch of objects (at most {@value #MAX_BATCH}). */
    List<BodyFields> batch() {
        if (text.isBlank()) {
            checks.missing(Checks.loc("body"));
            checks.throwIfAny();
        }
        JsonNode node = parse();
        if (!node.isArray()) {
            checks.add(Checks.loc("body"), "list_type", "Input should be a valid list", node);
        } else if (node.size() > MAX_BATCH) {
            checks.add(Checks.loc("body"), "too_long", "List should have at most " + MAX_BATCH
                    + " items after validation, not " + node.size(), null);
        }
        checks.throwIfAny();
        List<BodyFields> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isObject()) {
                items.add(new BodyFields(item, Checks.loc("body", i), checks));
            } else {
                checks.add(Checks.loc("body", i), "model_attributes_type",
                        "Input should be a valid dictionary or object to extract fields from", item);
            }
        }
        return items;
    }
}
