package dev.lsorg.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile file ({@code $XDG_CONFIG_HOME/lsorg/config.toml}) parsed: a small TOML subset with an optional
 * top-level {@code default_profile}, one {@code [profiles.NAME]} table per org and an optional {@code [audit]} table
 * of audit thresholds (the names of {@code lsorg audit}'s flags). Every value remembers its line so that errors can
 * point at it.
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
 *
 * @param path           where it was read from
 * @param defaultProfile the profile used when none is named, or null
 * @param profiles       profiles by name, in file order
 * @param audit          the {@code [audit]} table's values by key, already checked against {@link #AUDIT_KEYS}
 */
public record ProfileFile(Path path, Value defaultProfile, Map<String, Profile> profiles, Map<String, Value> audit) {
    /** Keys a profile may hold; anything else is a typo we report rather than ignore. */
    public static final Set<String> PROFILE_KEYS = Set.of("endpoint", "organization_id", "workspace_id",
            "api_key_env", "api_key_file", "api_key_command", "read_only", "max_connections", "timeout_seconds",
            "retry_seconds");

    /**
     * Keys the {@code [audit]} table may hold, with the whole numbers each accepts: the audit's thresholds, named
     * like its flags. Checked here so that a bad value is reported with its file and line.
     */
    public static final Map<String, Range> AUDIT_KEYS = Map.of("max_org_admins", new Range(0, 100_000),
            "invite_days", new Range(0, 36_500), "unused_key_days", new Range(0, 36_500),
            "never_used_grace_days", new Range(0, 36_500), "max_keys_per_workspace", new Range(0, 100_000),
            "plan_limit_percent", new Range(1, 100));

    /** The whole numbers an {@code [audit]} key accepts, both ends included. */
    public record Range(long min, long max) {
        boolean contains(Object value) {
            return value instanceof Long n && n >= min && n <= max;
        }
    }

    /** One value with the line it was written on. */
    public record Value(Object value, int line) {
    }

    /** One {@code [profiles.NAME]} table. */
    public record Profile(String name, int line, Map<String, Value> values) {
        /** The value of {@code key}, or null when absent. */
        public Value get(String key) {
            return values.get(key);
        }
    }

    /** An absent file: no profiles. */
    public static ProfileFile empty(Path path) {
        return new ProfileFile(path, null, Map.of(), Map.of());
    }

    /** The {@code [audit]} table as numbers by key; empty when the file has none. */
    public Map<String, Integer> auditSettings() {
        Map<String, Integer> out = new LinkedHashMap<>();
        audit.forEach((key, v) -> out.put(key, ((Long) v.value()).intValue()));
        return out;
    }

    /** Reads and parses {@code path}; a missing file is an empty one. */
    public static ProfileFile read(Path path) throws ConfigException {
        if (path == null || !Files.exists(path)) {
            return empty(path);
        }
        try {
            return parse(path, Files.readAllLines(path));
        } catch (IOException e) {
            throw ConfigException.at(path, 0, null, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** Parses the lines of a profile file. */
    public static ProfileFile parse(Path path, List<String> lines) throws ConfigException {
        Parser parser = new Parser(path);
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, stripComment(lines.get(i)).strip());
        }
        return new ProfileFile(path, parser.defaultProfile, parser.profiles, parser.audit);
    }

    /** Line-by-line state: the profiles so far, the audit table and the table being filled. */
    private static final class Parser {
        private final Path path;
        private final Map<String, Profile> profiles = new LinkedHashMap<>();
        private final Map<String, Value> audit = new LinkedHashMap<>();
        private Map<String, Value> current;
        private int auditLine;
        private Value defaultProfile;

        Parser(Path path) {
            this.path = path;
        }

        void line(int line, String text) throws ConfigException {
            if (text.isEmpty()) {
                return;
            }
            if (text.startsWith("[")) {
                current = text.equals("[audit]") ? openAudit(line) : openTable(path, line, text, profiles);
                return;
            }
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw ConfigException.at(path, line, null, "expected 'key = value', '[profiles.NAME]' or '[audit]'");
            }
            String key = text.substring(0, eq).strip();
            Value value = new Value(parseValue(path, line, key, text.substring(eq + 1).strip()), line);
            if (current == null) {
                defaultProfile = topLevel(path, line, key, value);
            } else if (current == audit) {
                putAuditKey(path, line, key, value, audit);
            } else {
                putProfileKey(path, line, key, value, current);
            }
        }

        // One [audit] table only: a second one would silently override the first one's thresholds.
        private Map<String, Value> openAudit(int line) throws ConfigException {
            if (auditLine > 0) {
                throw ConfigException.at(path, line, null, "[audit] is defined twice (first on line " + auditLine + ")");
            }
            auditLine = line;
            return audit;
        }
    }

    private static Map<String, Value> openTable(Path path, int line, String text, Map<String, Profile> profiles)
            throws ConfigException {
        if (!text.endsWith("]") || !text.startsWith("[profiles.") || text.length() <= "[profiles.]".length()) {
            throw ConfigException.at(path, line, null, "expected a table header like [profiles.NAME] or [audit], got "
                    + text);
        }
        String name = unquote(text.substring("[profiles.".length(), text.length() - 1).strip());
        if (profiles.containsKey(name)) {
            throw ConfigException.at(path, line, null, "profile '" + name + "' is defined twice");
        }
        Map<String, Value> values = new LinkedHashMap<>();
        profiles.put(name, new Profile(name, line, values));
        return values;
    }

    private static Value topLevel(Path path, int line, String key, Value value) throws ConfigException {
        if (!key.equals("default_profile") || !(value.value() instanceof String)) {
            throw ConfigException.at(path, line, key,
                    "only default_profile = \"NAME\" may appear before the first table");
        }
        return value;
    }

    private static void putProfileKey(Path path, int line, String key, Value value, Map<String, Value> into)
            throws ConfigException {
        if (!PROFILE_KEYS.contains(key)) {
            throw ConfigException.at(path, line, key, "unknown key (known: " + String.join(", ",
                    PROFILE_KEYS.stream().sorted().toList()) + ")");
        }
        if (into.putIfAbsent(key, value) != null) {
            throw ConfigException.at(path, line, key, "set twice in the same profile");
        }
    }

    private static void putAuditKey(Path path, int line, String key, Value value, Map<String, Value> into)
            throws ConfigException {
        Range range = AUDIT_KEYS.get(key);
        if (range == null) {
            throw ConfigException.at(path, line, "audit." + key, "unknown key (known: " + String.join(", ",
                    AUDIT_KEYS.keySet().stream().sorted().toList()) + ")");
        }
        if (!range.contains(value.value())) {
            throw ConfigException.at(path, line, "audit." + key, "must be a whole number from " + range.min() + " to "
                    + range.max() + ", not " + value.value());
        }
        if (into.putIfAbsent(key, value) != null) {
            throw ConfigException.at(path, line, "audit." + key, "set twice in [audit]");
        }
    }

    private static Object parseValue(Path path, int line, String key, String raw) throws ConfigException {
        if (raw.equals("true") || raw.equals("false")) {
            return Boolean.parseBoolean(raw);
        }
        if (raw.matches("-?[0-9]+")) {
            return Long.parseLong(raw);
        }
        if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
            return raw.substring(1, raw.length() - 1);
        }
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return unescape(path, line, key, raw.substring(1, raw.length() - 1));
        }
        throw ConfigException.at(path, line, key, "value must be a \"string\", true, false or a whole number");
    }

    private static String unescape(Path path, int line, String key, String s) throws ConfigException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case '"', '\\' -> n;
                    default -> throw ConfigException.at(path, line, key, "unknown escape \\" + n);
                });
            } else if (c == '"') {
                throw ConfigException.at(path, line, key, "unescaped quote inside a string");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Drops a {@code #} comment that is not inside a quoted string. */
    private static String stripComment(String line) {
        boolean inDouble = false;
        boolean inSingle = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && !inSingle && (i == 0 || line.charAt(i - 1) != '\\')) {
                inDouble = !inDouble;
            } else if (c == '\'' && !inDouble) {
                inSingle = !inSingle;
            } else if (c == '#' && !inDouble && !inSingle) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
