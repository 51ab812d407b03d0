package dev.lsorg.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads query parameters with FastAPI's rules (repeatable list parameters, {@code true/false/1/0/yes/no/on/off}
 * booleans, integer bounds), recording every problem in one {@link Checks}.
 */
final class QueryParams {
    private final Function<String, List<String>> source;
    private final Checks checks = new Checks();

    QueryParams(Function<String, List<String>> source) {
        this.source = source;
    }

    private String single(String name) {
        List<String> values = source.apply(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }

    /** An integer within [min, max] (max &lt; 0 means unbounded), or the default when absent. */
    int integer(String name, int dflt, int min, int max) {
        String s = single(name);
        if (s == null) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(s.trim());
            if (v < min) {
                checks.add(Checks.loc("query", name), "greater_than_equal", "Input should be greater than or equal to " + min, s);
            } else if (max >= 0 && v > max) {
                checks.add(Checks.loc("query", name), "less_than_equal", "Input should be less than or equal to " + max, s);
            }
            return v;
        } catch (NumberFormatException e) {
            checks.add(Checks.loc("query", name), "int_parsing",
                    "Input should be a valid integer, unable to parse string as an integer", s);
            return dflt;
        }
    }

    /** A boolean, or null when absent. */
    Boolean bool(String name) {
        String s = single(name);
        if (s == null) {
            return null;
        }
        switch (s.trim().toLowerCase()) {
            case "true", "1", "yes", "on", "t", "y":
                return true;
            case "false", "0", "no", "off", "f", "n":
                return false;
            default:
                checks.add(Checks.loc("query", name), "bool_parsing",
                        "Input should be a valid boolean, unable to interpret input", s);
                return null;
        }
    }

    boolean bool(String name, boolean dflt) {
        Boolean b = bool(name);
        return b == null ? dflt : b;
    }

    String string(String name) {
        return single(name);
    }

    /** Every value of a repeatable parameter. */
    List<String> strings(String name) {
        List<String> values = source.apply(name);
        return values == null ? List.of() : values;
    }

    /** Every value of a repeatable UUID parameter. */
    List<UUID> uuids(String name) {
        List<String> values = strings(name);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            UUID id = checks.uuid(Checks.loc("query", name, i), values.get(i));
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    UUID uuid(String name) {
        String s = single(name);
        return s == null ? null : checks.uuid(Checks.loc("query", name), s);
    }

    /** One of the allowed values, or the default when absent. */
    String oneOf(String name, String dflt, List<String> allowed) {
        String s = single(name);
        if (s == null) {
            return dflt;
        }
        if (!allowed.contains(s)) {
            checks.add(Checks.loc("query", name), "enum", "Input should be " + quotedList(allowed), s);
            return dflt;
        }
        return s;
    }

    private static String quotedList(List<String> allowed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < allowed.size(); i++) {
            sb.append(i == 0 ? "" : i == allowed.size() - 1 ? " or " : ", ").append('\'').append(allowed.get(i)).append('\'');
        }
        return sb.toString();
    }

    /** Throws the 422 when any parameter was bad. */
    void done() {
        checks.throwIfAny();
    }
}
