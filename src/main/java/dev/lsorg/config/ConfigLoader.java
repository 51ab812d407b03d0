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
     * @param readOnly     true for {@code --read-only}, false for {@code --write}, null for neither
     * @param insecureHttp {@code --insecure-http}: plain http to a host other than this machine is allowed
     */
    public record Flags(String endpoint, String profile, Path apiKeyFile, String organizationId, String workspace,
                        Boolean readOnly, boolean insecureHttp) {
        /** Flags without {@code --insecure-http}. */
        public Flags(String endpoint, String profile, Path apiKeyFile, String organizationId, String workspace,
                     Boolean readOnly) {
            this(endpoint, profile, apiKeyFile, organizationId, workspace, readOnly, false);
        }

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
            return new ConfigLoader(shadowed(profile), configFile, runner).resolve(flags,
                    new ProfileSettings(file, profile));
        }
        return resolve(flags, new ProfileSettings(file, profile));
    }

    /** Whether the config file turns the console's mouse off ({@code mouse = false}). */
    public boolean mouseOff() throws ConfigException {
        return Boolean.FALSE.equals(ProfileFile.read(configFile).mouse());
    }

    /** The names of the config file's profiles, sorted; empty without a file. */
    public java.util.List<String> profileNames() throws ConfigException {
        return ProfileFile.read(configFile).profiles().keySet().stream().sorted().toList();
    }

    /**
     * The audit thresholds of the file's {@code [audit]} table by key ({@link ProfileFile#AUDIT_KEYS}); empty when
     * the file or the table is absent. They do not depend on the profile: an operator's thresholds are the same for
     * every org.
     */
    public Map<String, Integer> auditSettings() throws ConfigException {
        return ProfileFile.read(configFile).auditSettings();
    }

    private ClientConfig resolve(Flags flags, ProfileSettings s) throws ConfigException {
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
            String known = file.profiles().isEmpty() ? "it has no profiles" : "known: " + String.join(", ",
                    file.profiles().keySet().stream().map(ConfigException::shown).toList());
            if (flags.profile() == null && env(PROFILE_ENV) == null) {
                throw new ConfigException(file.where(file.defaultProfile().key()) + ": names no profile in the file ("
                        + known + ")");
            }
            throw new ConfigException("profile '" + ConfigException.shown(name) + "' is not in " + file.path() + " ("
                    + known + ")");
        }
        return p;
    }

    /**
     * The endpoint, normalised; refused when it carries a user name or password, or when it would send the key in
     * clear over plain http to another machine without {@code --insecure-http} or {@code insecure_http = true}.
     */
    private String checkEndpoint(String endpoint, Flags flags, ProfileSettings s) throws ConfigException {
        String source = flags.endpoint() != null ? "--endpoint"
                : env("LANGSMITH_ENDPOINT") != null ? "LANGSMITH_ENDPOINT" : s.where("endpoint");
        String normalized;
        try {
            normalized = ClientConfig.normalizeEndpoint(endpoint);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": " + e.getMessage());
        }
        boolean allowed = flags.insecureHttp() || Boolean.TRUE.equals(s.bool("insecure_http"));
        if (ClientConfig.sendsKeyInClear(normalized) && !allowed) {
            throw new ConfigException(source + ": plain http to a host other than this machine would send the API key"
                    + " unencrypted; use https, or pass --insecure-http (or set insecure_http = true in the profile)"
                    + " if you accept that");
        }
        return normalized;
    }

    private Secret readKey(Flags flags, ProfileSettings s) throws ConfigException {
        if (flags.apiKeyFile() != null) {
            return KeyReader.fromFile(flags.apiKeyFile(), "--api-key-file");
        }
        String envKey = env("LANGSMITH_API_KEY");
        if (envKey != null) {
            return Secret.of(envKey);
        }
        return profileKey(s);
    }

    private Secret profileKey(ProfileSettings s) throws ConfigException {
        int sources = (s.string("api_key_env") != null ? 1 : 0) + (s.string("api_key_file") != null ? 1 : 0)
                + (s.string("api_key_command") != null ? 1 : 0);
        if (sources > 1) {
            throw new ConfigException(s.where(null) + ": set only one of api_key_env, api_key_file, api_key_command");
        }
        if (s.string("api_key_env") != null) {
            return keyFromEnv(s);
        }
        if (s.string("api_key_file") != null) {
            if (Secret.looksLikeKey(s.string("api_key_file"))) {
                throw new ConfigException(s.where("api_key_file") + ": holds what looks like an API key, not a file"
                        + " name; keep the key in a file and name that file here");
            }
            return KeyReader.fromFile(expandHome(s.string("api_key_file")), s.where("api_key_file"));
        }
        if (s.string("api_key_command") != null) {
            return KeyReader.fromCommand(runner, s.string("api_key_command"), s.where("api_key_command"));
        }
        throw new ConfigException("no API key: set LANGSMITH_API_KEY, pass --api-key-file, or add a profile with"
                + " api_key_env, api_key_file or api_key_command to " + configFile);
    }

    /** The key in the variable {@code api_key_env} names; the name is repeated only when it looks like one. */
    private Secret keyFromEnv(ProfileSettings s) throws ConfigException {
        String name = s.string("api_key_env");
        if (!name.matches("[A-Z_][A-Z0-9_]{0,63}")) {
            throw new ConfigException(s.where("api_key_env") + ": must name an environment variable, like"
                    + " LANGSMITH_API_KEY (the key itself belongs in that variable, not in this file)");
        }
        String value = env(name);
        if (value == null) {
            throw new ConfigException(s.where("api_key_env") + ": environment variable " + name + " is not set");
        }
        return Secret.of(value);
    }

    private UUID orgId(Flags flags, ProfileSettings s) throws ConfigException {
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
            throw new ConfigException(source + ": organization id must be a UUID (like"
                    + " 2b0c6c1e-0000-4000-8000-000000000000)");
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

    private static ClientConfig tune(ClientConfig config, ProfileSettings s) throws ConfigException {
        Long pool = s.whole("max_connections", 1, 10_000, "");
        if (pool != null) {
            config = config.withMaxPoolSize(pool.intValue());
        }
        Long timeout = s.whole("timeout_seconds", 1, 10_000, "");
        if (timeout != null) {
            config = config.withTimeouts(config.connectTimeout(), Duration.ofSeconds(timeout), Duration.ofSeconds(timeout));
        }
        return config;
    }

    /**
     * How long a GET keeps retrying a busy or unreachable server: {@value #RETRY_ENV} (seconds), else the profile's
     * {@code retry_seconds}; 0 means one attempt. A typo is an error, not the default.
     */
    private ClientConfig withRetry(ClientConfig config, ProfileSettings s) throws ConfigException {
        String fromEnv = env(RETRY_ENV);
        Long seconds = fromEnv != null ? retryFromEnv(fromEnv)
                : s.whole("retry_seconds", 0, MAX_RETRY_SECONDS, " seconds");
        return seconds == null ? config : config.withRetryBudget(Duration.ofSeconds(seconds));
    }

    private static Long retryFromEnv(String value) throws ConfigException {
        String range = "a whole number of seconds from 0 to " + MAX_RETRY_SECONDS;
        if (!value.strip().matches("[0-9]{1,4}")) {
            throw new ConfigException(RETRY_ENV + ": must be " + range);
        }
        long seconds = Long.parseLong(value.strip());
        if (seconds > MAX_RETRY_SECONDS) {
            throw new ConfigException(RETRY_ENV + ": must be " + range);
        }
        return seconds;
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
}
