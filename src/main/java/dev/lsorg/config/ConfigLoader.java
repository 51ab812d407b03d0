package dev.lsorg.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Resolves the {@link ClientConfig} the way LangSmith users expect: command-line flags first, then the environment
 * ({@code LANGSMITH_API_KEY}, {@code LANGSMITH_ENDPOINT}, {@code LANGSMITH_ORGANIZATION_ID},
 * {@code LANGSMITH_WORKSPACE_ID}), then the chosen profile of the profile file, then defaults. The environment is
 * passed in as a map so tests control it.
 */
public final class ConfigLoader {
    /** Environment variable that names the profile when {@code --profile} is absent. */
    public static final String PROFILE_ENV = "LSORG_PROFILE";
    /** The variable that sets how long GETs keep retrying, in seconds (beats the profile's {@code retry_seconds}). */
    public static final String RETRY_ENV = "LSORG_RETRY_SECONDS";
    /** The longest retry budget lsorg accepts. */
    public static final long MAX_RETRY_SECONDS = 600;

    private final Map<String, String> env;
    private final Path configFile;
    private final KeyReader.CommandRunner runner;

    /**
     * What the command line said; null means "not given".
     *
     * @param readOnly true for {@code --read-only}, false for {@code --write}, null for neither
     */
    public record Flags(String endpoint, String profile, Path apiKeyFile, String organizationId, String workspace,
                        Boolean readOnly) {
        /** No flags at all. */
        public static Flags none() {
            return new Flags(null, null, null, null, null, null);
        }
    }

    /** A loader reading {@code configFile} (may not exist) with {@code env} as the environment. */
    public ConfigLoader(Map<String, String> env, Path configFile, KeyReader.CommandRunner runner) {
        this.env = Map.copyOf(env);
        this.configFile = configFile;
        this.runner = runner;
    }

    /** The loader for the real process: its environment, the XDG config file and {@code sh -c}. */
    public static ConfigLoader system() {
        return new ConfigLoader(System.getenv(), defaultConfigFile(System.getenv()), KeyReader.shell());
    }

    /** {@code $XDG_CONFIG_HOME/lsorg/config.toml}, falling back to {@code ~/.config/lsorg/config.toml}. */
    public static Path defaultConfigFile(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("lsorg").resolve("config.toml");
    }

    /** The profile file this loader reads. */
    public Path configFile() {
        return configFile;
    }

    /**
     * Resolves every setting; the exception's message says which file, line or variable to fix. A profile named
     * with {@code --profile} is a flag too: its settings beat the {@code LANGSMITH_*} environment, so a key left in
     * the environment for one org is never combined with another org's profile.
     */
    public ClientConfig load(Flags flags) throws ConfigException {
        ProfileFile file = ProfileFile.read(configFile);
        ProfileFile.Profile profile = chooseProfile(flags, file);
        if (flags.profile() != null) {
            return new ConfigLoader(shadowed(profile), configFile, runner).resolve(flags, new Settings(file, profile));
        }
        return resolve(flags, new Settings(file, profile));
    }

    /**
     * The audit thresholds of the file's {@code [audit]} table by key ({@link ProfileFile#AUDIT_KEYS}); empty when
     * the file or the table is absent. They do not depend on the profile: an operator's thresholds are the same for
     * every org.
     */
    public Map<String, Integer> auditSettings() throws ConfigException {
        return ProfileFile.read(configFile).auditSettings();
    }

    private ClientConfig resolve(Flags flags, Settings s) throws ConfigException {
        String endpoint = first(flags.endpoint(), env("LANGSMITH_ENDPOINT"), s.string("endpoint"),
                ClientConfig.DEFAULT_ENDPOINT);
        ClientConfig config = ClientConfig.of(checkEndpoint(endpoint, flags, s), readKey(flags, s));
        config = config.withOrganizationId(orgId(flags, s));
        config = withWorkspace(config, first(flags.workspace(), env("LANGSMITH_WORKSPACE_ID"), s.string("workspace_id"), null));
        config = tune(config, s);
        config = withRetry(config, s);
        Boolean readOnly = flags.readOnly() != null ? flags.readOnly() : s.bool("read_only");
        return config.withReadOnly(Boolean.TRUE.equals(readOnly), s.profile() == null ? null : s.profile().name());
    }

    /** The environment without the {@code LANGSMITH_*} variables that {@code profile} sets itself. */
    private Map<String, String> shadowed(ProfileFile.Profile profile) {
        Map<String, String> copy = new HashMap<>(env);
        Map<String, List<String>> byVariable = Map.of("LANGSMITH_ENDPOINT", List.of("endpoint"),
                "LANGSMITH_ORGANIZATION_ID", List.of("organization_id"), "LANGSMITH_WORKSPACE_ID", List.of("workspace_id"),
                "LANGSMITH_API_KEY", List.of("api_key_env", "api_key_file", "api_key_command"));
        byVariable.forEach((variable, keys) -> {
            boolean keyFromThisVariable = profile.get("api_key_env") != null
                    && variable.equals(profile.get("api_key_env").value());
            if (!keyFromThisVariable && keys.stream().anyMatch(k -> profile.get(k) != null)) {
                copy.remove(variable);
            }
        });
        return copy;
    }

    private ProfileFile.Profile chooseProfile(Flags flags, ProfileFile file) throws ConfigException {
        String name = first(flags.profile(), env(PROFILE_ENV),
                file.defaultProfile() == null ? null : (String) file.defaultProfile().value(), null);
        if (name == null) {
            return file.profiles().get("default");
        }
        ProfileFile.Profile p = file.profiles().get(name);
        if (p == null) {
            String known = file.profiles().isEmpty() ? "it has no profiles" : "known: " + String.join(", ", file.profiles().keySet());
            throw new ConfigException("profile '" + name + "' is not in " + file.path() + " (" + known + ")");
        }
        return p;
    }

    private String checkEndpoint(String endpoint, Flags flags, Settings s) throws ConfigException {
        try {
            return ClientConfig.normalizeEndpoint(endpoint);
        } catch (IllegalArgumentException e) {
            String source = flags.endpoint() != null ? "--endpoint"
                    : env("LANGSMITH_ENDPOINT") != null ? "LANGSMITH_ENDPOINT" : s.where("endpoint");
            throw new ConfigException(source + ": " + e.getMessage());
        }
    }

    private Secret readKey(Flags flags, Settings s) throws ConfigException {
        if (flags.apiKeyFile() != null) {
            return KeyReader.fromFile(flags.apiKeyFile(), "--api-key-file");
        }
        String envKey = env("LANGSMITH_API_KEY");
        if (envKey != null) {
            return Secret.of(envKey);
        }
        return profileKey(s);
    }

    private Secret profileKey(Settings s) throws ConfigException {
        int sources = (s.string("api_key_env") != null ? 1 : 0) + (s.string("api_key_file") != null ? 1 : 0)
                + (s.string("api_key_command") != null ? 1 : 0);
        if (sources > 1) {
            throw new ConfigException(s.where(null) + ": set only one of api_key_env, api_key_file, api_key_command");
        }
        if (s.string("api_key_env") != null) {
            String value = env(s.string("api_key_env"));
            if (value == null) {
                throw new ConfigException(s.where("api_key_env") + ": environment variable "
                        + s.string("api_key_env") + " is not set");
            }
            return Secret.of(value);
        }
        if (s.string("api_key_file") != null) {
            return KeyReader.fromFile(expandHome(s.string("api_key_file")), s.where("api_key_file"));
        }
        if (s.string("api_key_command") != null) {
            return KeyReader.fromCommand(runner, s.string("api_key_command"), s.where("api_key_command"));
        }
        throw new ConfigException("no API key: set LANGSMITH_API_KEY, pass --api-key-file, or add a profile with"
                + " api_key_env, api_key_file or api_key_command to " + configFile);
    }

    private UUID orgId(Flags flags, Settings s) throws ConfigException {
        String value = flags.organizationId();
        String source = "--org";
        if (value == null && env("LANGSMITH_ORGANIZATION_ID") != null) {
            value = env("LANGSMITH_ORGANIZATION_ID");
            source = "LANGSMITH_ORGANIZATION_ID";
        } else if (value == null) {
            value = s.string("organization_id");
            source = s.where("organization_id");
        }
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": organization id must be a UUID, got '" + value + "'");
        }
    }

    private static ClientConfig withWorkspace(ClientConfig config, String workspace) {
        if (workspace == null || workspace.isBlank()) {
            return config;
        }
        try {
            return config.withWorkspace(UUID.fromString(workspace.strip()), null);
        } catch (IllegalArgumentException notAnId) {
            return config.withWorkspace(null, workspace.strip());
        }
    }

    private static ClientConfig tune(ClientConfig config, Settings s) throws ConfigException {
        Long pool = s.number("max_connections");
        if (pool != null) {
            config = config.withMaxPoolSize(pool.intValue());
        }
        Long timeout = s.number("timeout_seconds");
        if (timeout != null) {
            config = config.withTimeouts(config.connectTimeout(), Duration.ofSeconds(timeout), Duration.ofSeconds(timeout));
        }
        return config;
    }

    /**
     * How long a GET keeps retrying a busy or unreachable server: {@value #RETRY_ENV} (seconds), else the profile's
     * {@code retry_seconds}; 0 means one attempt. A typo is an error, not the default.
     */
    private ClientConfig withRetry(ClientConfig config, Settings s) throws ConfigException {
        String fromEnv = env(RETRY_ENV);
        Long seconds;
        String where;
        if (fromEnv != null) {
            where = RETRY_ENV;
            try {
                seconds = Long.parseLong(fromEnv.strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(RETRY_ENV + ": must be a whole number of seconds");
            }
        } else {
            where = s.where("retry_seconds");
            seconds = s.typed("retry_seconds", Long.class, "a whole number");
        }
        if (seconds == null) {
            return config;
        }
        if (seconds < 0 || seconds > MAX_RETRY_SECONDS) {
            throw new ConfigException(where + ": must be between 0 and " + MAX_RETRY_SECONDS + " seconds");
        }
        return config.withRetryBudget(Duration.ofSeconds(seconds));
    }

    private Path expandHome(String path) {
        if (path.startsWith("~/")) {
            return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), path.substring(2));
        }
        return Path.of(path);
    }

    private String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    private static String first(String a, String b, String c, String d) {
        return a != null ? a : b != null ? b : c != null ? c : d;
    }

    /** Typed access to the chosen profile's values, with "file:line: key" locations for messages. */
    private record Settings(ProfileFile file, ProfileFile.Profile profile) {
        ProfileFile.Value value(String key) {
            return profile == null ? null : profile.get(key);
        }

        String where(String key) {
            ProfileFile.Value v = key == null ? null : value(key);
            int line = v != null ? v.line() : profile != null ? profile.line() : 0;
            String name = profile == null ? "" : "profiles." + profile.name() + (key == null ? "" : ".");
            return file.path() + ":" + line + ": " + name + (key == null ? "" : key);
        }

        String string(String key) throws ConfigException {
            return typed(key, String.class, "a \"string\"");
        }

        Boolean bool(String key) throws ConfigException {
            return typed(key, Boolean.class, "true or false");
        }

        Long number(String key) throws ConfigException {
            Long n = typed(key, Long.class, "a whole number");
            if (n != null && (n < 1 || n > 10_000)) {
                throw new ConfigException(where(key) + ": must be between 1 and 10000");
            }
            return n;
        }

        <T> T typed(String key, Class<T> type, String expected) throws ConfigException {
            ProfileFile.Value v = value(key);
            if (v == null) {
                return null;
            }
            if (!type.isInstance(v.value())) {
                throw new ConfigException(where(key) + ": must be " + expected);
            }
            return type.cast(v.value());
        }
    }
}
