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

    /** An ISO 8601 date-time (a zone-less one is UTC), or null when absent; {@code required} makes absence a 422. */
    java.time.Instant dateTime(String name, boolean required) {
        String s = single(name);
        if (s == null) {
            if (required) {
                checks.missing(Checks.loc("query", name));
            }
            return null;
        }
        try {
            return dev.lsorg.model.Json.parseInstant(s);
        } catch (java.time.DateTimeException e) {
            checks.add(Checks.loc("query", name), "datetime_from_date_parsing",
                    "Input should be a valid datetime or date, invalid character in year", s);
            return null;
        }
    }

    /** Every value of a repeatable parameter that must be one of {@code allowed} ({@code what} names the enum). */
    List<String> enums(String name, java.util.Set<String> allowed, String what) {
        List<String> values = strings(name);
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                checks.add(Checks.loc("query", name, i), "enum", "Input should be a valid " + what, values.get(i));
            }
        }
        return values.stream().filter(allowed::contains).toList();
    }

    /** Records a problem of the whole parameter {@code name} found by the caller. */
    void invalid(String name, String msg, String input) {
        checks.add(Checks.loc("query", name), "value_error", msg, input);
    }

    /** Throws the 422 when any parameter was bad. */
    void done() {
        checks.throwIfAny();
    }
}
