package dev.lsorg.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile file ({@code $XDG_CONFIG_HOME/lsorg/config.toml}) read with jackson-dataformat-toml, so any valid TOML
 * works: an optional top-level {@code default_profile}, one {@code [profiles.NAME]} table per org and an optional
 * {@code [audit]} table of audit thresholds (the names of {@code lsorg audit}'s flags). Every value remembers its key
 * so that an error can point at the file, the line and the key.
 *
 * <pre>
 * default_profile = "prod"
 *
 * [profiles.prod]
 * endpoint = "https://api.smith.langchain.com"
 * organization_id = "2b0c…"
 * api_key_command = "pass show langsmith/prod"
 * read_only = true
 *
 * [audit]
 * invite_days = 30
 * plan_limit_percent = 90
 * </pre>
 */
public final class ProfileFile {
    /** Keys a profile may hold; anything else is a typo we report rather than ignore. */
    public static final Set<String> PROFILE_KEYS = Set.of("endpoint", "organization_id", "workspace_id",
            "api_key_env", "api_key_file", "api_key_command", "read_only", "max_connections", "timeout_seconds",
            "retry_seconds", "insecure_http");

    /**
     * Keys the {@code [audit]} table may hold, with the whole numbers each accepts: the audit's thresholds, named
     * like its flags. Checked here so that a bad value is reported with its file and line.
     */
    public static final Map<String, Range> AUDIT_KEYS = Map.of("max_org_admins", new Range(0, 100_000),
            "invite_days", new Range(0, 36_500), "unused_key_days", new Range(0, 36_500),
            "never_used_grace_days", new Range(0, 36_500), "max_keys_per_workspace", new Range(0, 100_000),
            "plan_limit_percent", new Range(1, 100), "activity_days", new Range(1, 400),
            "max_removals", new Range(0, 100_000), "removal_window_minutes", new Range(1, 10_080));

    private static final List<String> TOP_KEYS = List.of("audit", "default_profile", "mouse", "profiles");

    private final Path path;
    private final TomlDocument doc;
    private final Value defaultProfile;
    private final Map<String, Profile> profiles;
    private final Map<String, Value> audit;
    private final Value mouse;

    /** The whole numbers an {@code [audit]} key accepts, both ends included. */
    public record Range(long min, long max) {
        boolean contains(Object value) {
            return value instanceof Long n && n >= min && n <= max;
        }
    }

    /**
     * One value: a {@code String}, {@code Boolean}, {@code Long}, a {@code BigInteger} too large for a long, or
     * the TOML node itself for anything else (a float, a date, an array, a table), which no key accepts.
     *
     * @param value the value
     * @param key   its full key, e.g. {@code [profiles, prod, read_only]}
     */
    public record Value(Object value, List<String> key) {
    }

    /** One {@code [profiles.NAME]} table. */
    public record Profile(String name, Map<String, Value> values) {
        /** The value of {@code key}, or null when absent. */
        public Value get(String key) {
            return values.get(key);
        }

        /** The table's own key, {@code [profiles, NAME]}. */
        public List<String> key() {
            return List.of("profiles", name);
        }
    }

    private ProfileFile(Path path, TomlDocument doc, Value defaultProfile, Map<String, Profile> profiles,
                        Map<String, Value> audit, Value mouse) {
        this.path = path;
        this.doc = doc;
        this.defaultProfile = defaultProfile;
        this.profiles = profiles;
        this.audit = audit;
        this.mouse = mouse;
    }

    /** An absent file: no profiles. */
    public static ProfileFile empty(Path path) {
        return new ProfileFile(path, null, null, Map.of(), Map.of(), null);
    }

    /** Reads and checks {@code path}; a missing file is an empty one. */
    public static ProfileFile read(Path path) throws ConfigException {
        if (path == null || !Files.exists(path)) {
            return empty(path);
        }
        return of(TomlDocument.read(path));
    }

    /** Parses and checks the text of a profile file read from {@code path}. */
    public static ProfileFile parse(Path path, String text) throws ConfigException {
        return of(TomlDocument.parse(path, text));
    }

    /** Where the file was read from. */
    public Path path() {
        return path;
    }

    /** The profile used when none is named, or null. */
    public Value defaultProfile() {
        return defaultProfile;
    }

    /** Profiles by name, in file order. */
    public Map<String, Profile> profiles() {
        return profiles;
    }

    /** The {@code [audit]} table's values by key, already checked against {@link #AUDIT_KEYS}. */
    public Map<String, Value> audit() {
        return audit;
    }

    /** The line {@code key} was set on, or 0 when unknown. */
    public int line(List<String> key) {
        return doc == null ? 0 : doc.lineOf(key);
    }

    /** {@code file:line: a.b.c} for messages about {@code key}. */
    public String where(List<String> key) {
        int line = line(key);
        return path + (line > 0 ? ":" + line : "") + (key.isEmpty() ? "" : ": " + dotted(key));
    }

    /** The {@code [audit]} table as numbers by key; empty when the file has none. */
    public Map<String, Integer> auditSettings() {
        Map<String, Integer> out = new LinkedHashMap<>();
        audit.forEach((key, v) -> out.put(key, ((Long) v.value()).intValue()));
        return out;
    }

    /** A key as written in TOML, each part shown only when it is a plain name. */
    static String dotted(List<String> key) {
        return String.join(".", key.stream().map(ConfigException::shown).toList());
    }

    private static ProfileFile of(TomlDocument doc) throws ConfigException {
        ProfileFile f = new ProfileFile(doc.path(), doc, null, new LinkedHashMap<>(), new LinkedHashMap<>(), null);
        Value defaultProfile = null;
        Value mouse = null;
        for (Map.Entry<String, JsonNode> e : doc.root().properties()) {
            List<String> key = List.of(e.getKey());
            switch (e.getKey()) {
                case "default_profile" -> defaultProfile = f.defaultProfile(e.getValue());
                case "profiles" -> f.readProfiles(f.table(key, e.getValue(), "[profiles.NAME] tables"));
                case "audit" -> f.readAudit(f.table(key, e.getValue(), "an [audit] table"));
                case "mouse" -> mouse = f.mouse(e.getValue());
                default -> throw f.problem(key, "unknown key (known: " + String.join(", ", TOP_KEYS) + ")");
            }
        }
        return new ProfileFile(doc.path(), doc, defaultProfile, Collections.unmodifiableMap(f.profiles),
                Collections.unmodifiableMap(f.audit), mouse);
    }

    private Value mouse(JsonNode node) throws ConfigException {
        if (!node.isBoolean()) {
            throw problem(List.of("mouse"), "must be true or false (whether the console reads the mouse)");
        }
        return new Value(node.booleanValue(), List.of("mouse"));
    }

    /** Whether the console reads the mouse ({@code mouse = false} turns it off); null when the file says nothing. */
    public Boolean mouse() {
        return mouse == null ? null : (Boolean) mouse.value();
    }

    private Value defaultProfile(JsonNode node) throws ConfigException {
        if (!node.isTextual()) {
            throw problem(List.of("default_profile"), "must be a \"string\" naming a profile");
        }
        return new Value(node.textValue(), List.of("default_profile"));
    }

    private ObjectNode table(List<String> key, JsonNode node, String expected) throws ConfigException {
        if (!(node instanceof ObjectNode table)) {
            throw problem(key, "must be " + expected);
        }
        return table;
    }

    private void readProfiles(ObjectNode tables) throws ConfigException {
        for (Map.Entry<String, JsonNode> e : tables.properties()) {
            List<String> at = List.of("profiles", e.getKey());
            ObjectNode table = table(at, e.getValue(), "a table of settings, like [profiles.NAME]");
            Map<String, Value> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> v : table.properties()) {
                List<String> key = List.of("profiles", e.getKey(), v.getKey());
                if (!PROFILE_KEYS.contains(v.getKey())) {
                    throw problem(key, "unknown key (known: " + sorted(PROFILE_KEYS) + ")");
                }
                values.put(v.getKey(), new Value(scalar(v.getValue()), key));
            }
            profiles.put(e.getKey(), new Profile(e.getKey(), Map.copyOf(values)));
        }
    }

    private void readAudit(ObjectNode table) throws ConfigException {
        for (Map.Entry<String, JsonNode> e : table.properties()) {
            List<String> key = List.of("audit", e.getKey());
            Range range = AUDIT_KEYS.get(e.getKey());
            if (range == null) {
                throw problem(key, "unknown key (known: " + sorted(AUDIT_KEYS.keySet()) + ")");
            }
            Object value = scalar(e.getValue());
            if (!range.contains(value)) {
                throw problem(key, "must be a whole number from " + range.min() + " to " + range.max());
            }
            audit.put(e.getKey(), new Value(value, key));
        }
    }

    /** The Java value lsorg's checks work on; see {@link Value}. */
    private static Object scalar(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            BigInteger n = node.bigIntegerValue();
            return n.bitLength() < Long.SIZE ? (Object) n.longValue() : n;
        }
        return node;
    }

    private ConfigException problem(List<String> key, String why) {
        return new ConfigException(where(key) + ": " + why);
    }

    private static String sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.sort(null);
        return String.join(", ", list);
    }
}
