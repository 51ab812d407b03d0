package dev.lsorg.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    static final String ORG_A = "11111111-1111-1111-1111-111111111111";
    static final String ORG_B = "22222222-2222-2222-2222-222222222222";
    static final String ORG_C = "33333333-3333-3333-3333-333333333333";

    @TempDir
    Path dir;

    Map<String, String> env = new HashMap<>();

    ConfigLoader loader(String toml) throws IOException {
        Path file = dir.resolve("config.toml");
        if (toml != null) {
            Files.writeString(file, toml);
        }
        return new ConfigLoader(env, file, cmd -> cmd.equals("echo-key") ? "lsv2_sk_fromcommand0000000000\n" : "");
    }

    @Test
    void environmentAloneIsEnough() throws Exception {
        env.put("LANGSMITH_API_KEY", "lsv2_sk_envkey1234567890abcd");
        ClientConfig c = loader(null).load(ConfigLoader.Flags.none());
        assertEquals("https://api.smith.langchain.com", c.endpoint());
        assertEquals("https://api.smith.langchain.com/api/v1", c.apiBase());
        assertEquals("lsv2_sk_envkey1234567890abcd", c.apiKey().reveal());
        assertNull(c.organizationId());
        assertFalse(c.readOnly());
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsProfile() throws Exception {
        String toml = """
                [profiles.default]
                endpoint = "https://profile.example/api/v1"
                organization_id = "%s"
                workspace_id = "ops"
                api_key_env = "PROFILE_KEY"
                """.formatted(ORG_C);
        env.put("PROFILE_KEY", "lsv2_sk_profilekey0000000000");
        ConfigLoader l = loader(toml);
        ClientConfig fromProfile = l.load(ConfigLoader.Flags.none());
        assertEquals("https://profile.example", fromProfile.endpoint());
        assertEquals(UUID.fromString(ORG_C), fromProfile.organizationId());
        assertEquals("ops", fromProfile.workspaceName());
        assertEquals("lsv2_sk_profilekey0000000000", fromProfile.apiKey().reveal());

        env.put("LANGSMITH_ENDPOINT", "https://env.example/api");
        env.put("LANGSMITH_ORGANIZATION_ID", ORG_B);
        env.put("LANGSMITH_API_KEY", "lsv2_sk_envkey0000000000000");
        env.put("LANGSMITH_WORKSPACE_ID", ORG_A);
        l = loader(toml);
        ClientConfig fromEnv = l.load(ConfigLoader.Flags.none());
        assertEquals("https://env.example", fromEnv.endpoint());
        assertEquals(UUID.fromString(ORG_B), fromEnv.organizationId());
        assertEquals(UUID.fromString(ORG_A), fromEnv.workspaceId());
        assertEquals("lsv2_sk_envkey0000000000000", fromEnv.apiKey().reveal());

        Path keyFile = privateKeyFile("lsv2_pt_flagkey000000000000");
        ClientConfig fromFlags = l.load(new ConfigLoader.Flags("http://127.0.0.1:9/", null, keyFile, ORG_A, "ws", true));
        assertEquals("http://127.0.0.1:9", fromFlags.endpoint());
        assertEquals(UUID.fromString(ORG_A), fromFlags.organizationId());
        assertEquals("lsv2_pt_flagkey000000000000", fromFlags.apiKey().reveal());
        assertEquals("ws", fromFlags.workspaceName());
        assertTrue(fromFlags.readOnly());
    }

    @Test
    void profilesAreChosenByFlagThenEnvironmentThenDefault() throws Exception {
        String toml = """
                default_profile = "b"  # the usual org
                [profiles.a]
                organization_id = "%s"
                api_key_command = "echo-key"
                read_only = true
                [profiles.b]
                organization_id = "%s"
                api_key_command = "echo-key"
                max_connections = 4
                """.formatted(ORG_A, ORG_B);
        ConfigLoader l = loader(toml);
        ClientConfig byDefault = l.load(ConfigLoader.Flags.none());
        assertEquals("b", byDefault.profile());
        assertEquals(4, byDefault.maxPoolSize());
        assertEquals("lsv2_sk_fromcommand0000000000", byDefault.apiKey().reveal());
        env.put(ConfigLoader.PROFILE_ENV, "a");
        l = loader(toml);
        assertEquals(UUID.fromString(ORG_A), l.load(ConfigLoader.Flags.none()).organizationId());
        ClientConfig byFlag = l.load(new ConfigLoader.Flags(null, "b", null, null, null, null));
        assertEquals(UUID.fromString(ORG_B), byFlag.organizationId());
        ClientConfig writeFlag = l.load(new ConfigLoader.Flags(null, "a", null, null, null, false));
        assertFalse(writeFlag.readOnly(), "--write overrides the profile's read_only");
        assertTrue(l.load(new ConfigLoader.Flags(null, "a", null, null, null, null)).readOnly());
    }

    @Test
    void aProfileNamedOnTheCommandLineBeatsTheEnvironment() throws Exception {
        String toml = """
                [profiles.b]
                endpoint = "https://b.example"
                organization_id = "%s"
                api_key_command = "echo-key"
                """.formatted(ORG_B);
        env.put("LANGSMITH_API_KEY", "lsv2_sk_envkey_for_org_a_00000");
        env.put("LANGSMITH_ORGANIZATION_ID", ORG_A);
        env.put("LANGSMITH_ENDPOINT", "https://a.example");
        env.put("LANGSMITH_WORKSPACE_ID", ORG_C);
        ClientConfig c = loader(toml).load(new ConfigLoader.Flags(null, "b", null, null, null, null));
        assertEquals("lsv2_sk_fromcommand0000000000", c.apiKey().reveal(), "never org A's key with org B's profile");
        assertEquals(UUID.fromString(ORG_B), c.organizationId());
        assertEquals("https://b.example", c.endpoint());
        assertEquals(UUID.fromString(ORG_C), c.workspaceId(), "what the profile leaves open still comes from the environment");
        ClientConfig flags = loader(toml).load(new ConfigLoader.Flags("https://flag.example", "b", null, ORG_C, null, null));
        assertEquals("https://flag.example", flags.endpoint());
        assertEquals(UUID.fromString(ORG_C), flags.organizationId());
    }

    @Test
    void unknownProfileIsNamed() throws Exception {
        ConfigLoader l = loader("[profiles.prod]\napi_key_command = \"echo-key\"\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> l.load(new ConfigLoader.Flags(null, "staging", null, null, null, null)));
        assertTrue(e.getMessage().contains("profile 'staging' is not in"), e.getMessage());
        assertTrue(e.getMessage().contains("known: prod"), e.getMessage());
    }

    @Test
    void keyFileReadableByOthersIsRefusedWithTheReason() throws Exception {
        Path keyFile = dir.resolve("key");
        Files.writeString(keyFile, "lsv2_sk_secretsecretsecret0000\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader(null).load(new ConfigLoader.Flags(null, null, keyFile, null, null, null)));
        assertTrue(e.getMessage().contains("readable by other users"), e.getMessage());
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        assertFalse(e.getMessage().contains("secretsecret"), "never the key itself");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        assertEquals("lsv2_sk_secretsecretsecret0000",
                loader(null).load(new ConfigLoader.Flags(null, null, keyFile, null, null, null)).apiKey().reveal());
    }

    @Test
    void profileKeyFileIsCheckedToo() throws Exception {
        Path keyFile = dir.resolve("group-key");
        Files.writeString(keyFile, "lsv2_sk_secretsecretsecret0000\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r-----"));
        ConfigLoader l = loader("[profiles.default]\napi_key_file = \"" + keyFile + "\"\n");
        ConfigException e = assertThrows(ConfigException.class, () -> l.load(ConfigLoader.Flags.none()));
        assertTrue(e.getMessage().contains("config.toml:2: profiles.default.api_key_file"), e.getMessage());
        assertTrue(e.getMessage().contains("rw-r-----"), e.getMessage());
    }

    @Test
    void brokenFilesPointAtFileLineAndKey() throws Exception {
        assertBroken("[profiles.a]\nendpiont = \"x\"\n", "config.toml:2: profiles.a.endpiont: unknown key");
        assertBroken("[profiles.a]\nread_only = maybe\n", "config.toml:2:13: not valid TOML (unknown token)");
        assertBroken("[profiles.a]\nread_only = \"yes\"\napi_key_command = \"echo-key\"\n",
                "config.toml:2: profiles.a.read_only: must be true or false");
        assertBroken("[profile.a]\n", "config.toml:1: profile: unknown key (known: audit, default_profile, mouse, profiles)");
        assertBroken("[profiles.a]\njust words\n", "config.toml:2:5: not valid TOML (unknown token)");
        assertBroken("[profiles.a]\napi_key_command = \"echo-key\"\norganization_id = \"nope\"\n",
                "config.toml:3: profiles.a.organization_id: organization id must be a UUID");
        assertBroken("[profiles.a]\napi_key_env = \"NOT_SET_ANYWHERE\"\n",
                "config.toml:2: profiles.a.api_key_env: environment variable NOT_SET_ANYWHERE is not set");
        assertBroken("[profiles.a]\napi_key_env = \"A\"\napi_key_command = \"echo-key\"\n",
                "set only one of api_key_env, api_key_file, api_key_command");
        assertBroken("[profiles.a]\napi_key_command = \"fails\"\n", "api_key_command printed nothing");
    }

    @Test
    void anAuditTableSetsThresholdsWhateverTheProfile() throws Exception {
        ConfigLoader l = loader("default_profile = \"a\"\n[audit]\ninvite_days = 30 # a month\n"
                + "plan_limit_percent = 90\n\n[profiles.a]\napi_key_command = \"echo-key\"\n");
        assertEquals(Map.of("invite_days", 30, "plan_limit_percent", 90), l.auditSettings());
        assertEquals("lsv2_sk_fromcommand0000000000", l.load(ConfigLoader.Flags.none()).apiKey().reveal());
        ProfileFile f = ProfileFile.parse(Path.of("c.toml"), String.join("\n", "[profiles.x]", "read_only = true",
                "[audit]", "max_org_admins = 0", "[profiles.y]", "read_only = false"));
        assertEquals(Map.of("max_org_admins", 0), f.auditSettings());
        assertEquals(4, f.line(f.audit().get("max_org_admins").key()));
        assertEquals(List.of("x", "y"), List.copyOf(f.profiles().keySet()));
        assertEquals(Map.of(), loader("[profiles.a]\nread_only = true\n").auditSettings());
        assertEquals(Map.of(), new ConfigLoader(env, dir.resolve("absent.toml"), cmd -> "").auditSettings());
    }

    @Test
    void brokenAuditTablesPointAtFileLineAndKey() throws Exception {
        assertBrokenAudit("[audit]\ninvite_dayz = 3\n", "config.toml:2: audit.invite_dayz: unknown key (known: "
                + "activity_days, invite_days, max_keys_per_workspace, max_org_admins, max_removals, "
                + "never_used_grace_days, plan_limit_percent, removal_window_minutes, unused_key_days)");
        assertBrokenAudit("[audit]\n\ninvite_days = \"14\"\n",
                "config.toml:3: audit.invite_days: must be a whole number from 0 to 36500");
        assertBrokenAudit("[audit]\nmax_org_admins = -1\n", "config.toml:2: audit.max_org_admins: must be a whole number from 0");
        assertBrokenAudit("[audit]\nplan_limit_percent = 0\n",
                "config.toml:2: audit.plan_limit_percent: must be a whole number from 1 to 100");
        assertBrokenAudit("[audit]\nplan_limit_percent = 101\n", "from 1 to 100");
        assertBrokenAudit("[audit]\nunused_key_days = 30\nunused_key_days = 60\n",
                "config.toml:3: not valid TOML (duplicate key)");
        assertBrokenAudit("[audit]\n[profiles.a]\n[audit]\n", "config.toml:3:7: not valid TOML (table redefined)");
        assertBrokenAudit("[auditing]\n",
                "config.toml:1: auditing: unknown key (known: audit, default_profile, mouse, profiles)");
        assertBroken("[audit]\nread_only = true\n", "config.toml:2: audit.read_only: unknown key");
    }

    private void assertBrokenAudit(String toml, String expected) throws IOException {
        ConfigLoader l = loader(toml);
        ConfigException e = assertThrows(ConfigException.class, l::auditSettings);
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void missingKeySaysWhereToPutOne() throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> loader(null).load(ConfigLoader.Flags.none()));
        assertTrue(e.getMessage().startsWith("no API key: set LANGSMITH_API_KEY"), e.getMessage());
    }

    @Test
    void badEndpointAndOrgNameTheirSource() throws Exception {
        env.put("LANGSMITH_API_KEY", "lsv2_sk_envkey1234567890abcd");
        env.put("LANGSMITH_ENDPOINT", "ftp://nowhere");
        ConfigException e = assertThrows(ConfigException.class, () -> loader(null).load(ConfigLoader.Flags.none()));
        assertTrue(e.getMessage().startsWith("LANGSMITH_ENDPOINT: endpoint must be an http(s) URL"), e.getMessage());
        env.remove("LANGSMITH_ENDPOINT");
        e = assertThrows(ConfigException.class,
                () -> loader(null).load(new ConfigLoader.Flags(null, null, null, "org-1", null, null)));
        assertTrue(e.getMessage().startsWith("--org: organization id must be a UUID"), e.getMessage());
    }

    @Test
    void xdgConfigHomeDecidesTheFile() {
        assertEquals(Path.of("/x/lsorg/config.toml"), ConfigLoader.defaultConfigFile(Map.of("XDG_CONFIG_HOME", "/x")));
        assertEquals(Path.of("/home/u/.config/lsorg/config.toml"), ConfigLoader.defaultConfigFile(Map.of("HOME", "/home/u")));
    }

    @Test
    void profileFileParsesCommentsQuotesAndEscapes() throws Exception {
        ProfileFile f = ProfileFile.parse(Path.of("c.toml"), String.join("\n",
                "# comment", "[profiles.\"x\"]", "api_key_command = \"pass show 'a#b' \\\"q\\\"\" # trailing",
                "endpoint = 'https://h/#/api'"));
        assertEquals("pass show 'a#b' \"q\"", f.profiles().get("x").get("api_key_command").value());
        assertEquals("https://h/#/api", f.profiles().get("x").get("endpoint").value());
        assertEquals(3, f.line(f.profiles().get("x").get("api_key_command").key()));
    }

    @Test
    void userInfoInTheEndpointIsRefusedFromEverySourceWithoutThePassword() throws Exception {
        env.put("LANGSMITH_API_KEY", "lsv2_sk_envkey1234567890abcd");
        ConfigException flag = assertThrows(ConfigException.class, () -> loader(null).load(
                new ConfigLoader.Flags("http://ops:hunter2pw@127.0.0.1:9", null, null, null, null, null)));
        assertTrue(flag.getMessage().startsWith("--endpoint: endpoint must not contain a user name or password"),
                flag.getMessage());
        env.put("LANGSMITH_ENDPOINT", "https://ops:hunter2pw@langsmith.example");
        ConfigException fromEnv = assertThrows(ConfigException.class,
                () -> loader(null).load(ConfigLoader.Flags.none()));
        assertTrue(fromEnv.getMessage().startsWith("LANGSMITH_ENDPOINT: endpoint must not contain"),
                fromEnv.getMessage());
        env.remove("LANGSMITH_ENDPOINT");
        ConfigException fromFile = assertThrows(ConfigException.class, () -> loader(
                "[profiles.default]\n\nendpoint = \"https://ops:hunter2pw@langsmith.example\"\n")
                .load(ConfigLoader.Flags.none()));
        assertTrue(fromFile.getMessage().contains(
                "config.toml:3: profiles.default.endpoint: endpoint must not contain"), fromFile.getMessage());
        for (ConfigException e : List.of(flag, fromEnv, fromFile)) {
            assertFalse(e.getMessage().contains("hunter2pw"), e.getMessage());
        }
    }

    @Test
    void plainHttpToAnotherMachineNeedsInsecureHttp() throws Exception {
        env.put("LANGSMITH_API_KEY", "lsv2_sk_envkey1234567890abcd");
        env.put("LANGSMITH_ENDPOINT", "http://langsmith.internal:8080");
        ConfigException e = assertThrows(ConfigException.class, () -> loader(null).load(ConfigLoader.Flags.none()));
        assertTrue(e.getMessage().startsWith("LANGSMITH_ENDPOINT: plain http to a host other than this machine would"
                + " send the API key unencrypted; use https, or pass --insecure-http"), e.getMessage());
        ClientConfig flagged = loader(null).load(new ConfigLoader.Flags(null, null, null, null, null, null, true));
        assertTrue(flagged.sendsKeyInClear());
        ClientConfig profiled = loader("[profiles.default]\ninsecure_http = true\n").load(ConfigLoader.Flags.none());
        assertEquals("http://langsmith.internal:8080", profiled.endpoint());
        assertBroken("[profiles.a]\napi_key_command = \"echo-key\"\ninsecure_http = \"yes\"\n",
                "config.toml:3: profiles.a.insecure_http: must be true or false");
        env.put("LANGSMITH_ENDPOINT", "http://127.0.0.1:1984");
        assertFalse(loader(null).load(ConfigLoader.Flags.none()).sendsKeyInClear(), "loopback needs no flag");
    }

    /** A key pasted in the wrong place of the file is never repeated in the message about it. */
    @Test
    void aKeyInTheWrongPlaceIsNeverRepeated() throws Exception {
        String key = "lsv2_sk_0123456789abcdef0123456789abcdef_9f2c";
        String[][] cases = {
            {"[profiles.a]\napi_key_env = \"KEY\"\n",
                "config.toml:2: profiles.a.api_key_env: must name an environment"},
            {"[profiles.a]\napi_key_file = \"KEY\"\n", "config.toml:2: profiles.a.api_key_file: holds what looks like"},
            {"[profiles.a]\napi_key_command = \"echo-key\"\norganization_id = \"KEY\"\n",
                "config.toml:3: profiles.a.organization_id: organization id must be a UUID"},
            {"[profiles.a]\napi_key_command = \"echo-key\"\nread_only = \"KEY\"\n",
                "config.toml:3: profiles.a.read_only: must be true or false"},
            {"[profiles.a]\napi_key_command = \"echo-key\"\nmax_connections = \"KEY\"\n",
                "config.toml:3: profiles.a.max_connections: must be a whole"},
            {"[profiles.a]\nKEY = \"x\"\n", "config.toml:2: profiles.a.?: unknown key"},
            {"[profiles.a]\napi_key = KEY\n", "config.toml:2:11: not valid TOML (unknown token)"},
            {"[profiles.a]\nendpoint = \"KEY\n", "config.toml:2:"},
            {"[profiles.a]\napi_key_command = \"echo-key\"\nendpoint = \"KEY\"\n",
                "config.toml:3: profiles.a.endpoint: endpoint must be an http(s)"},
            {"KEY\n", "config.toml:1:"},
            {"[profiles.KEY]\n", "profile 'a' is not in"},
            {"[audit]\ninvite_days = \"KEY\"\n", "config.toml:2: audit.invite_days: must be a whole number"},
        };
        for (String[] c : cases) {
            ConfigLoader l = loader(c[0].replace("KEY", key));
            ConfigException e = assertThrows(ConfigException.class,
                    () -> l.load(new ConfigLoader.Flags(null, "a", null, null, null, null)), c[0]);
            assertTrue(e.getMessage().contains(c[1]), "expected '" + c[1] + "' in: " + e.getMessage());
            assertFalse(e.getMessage().contains("0123456789abcdef"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
        ConfigException byDefault = assertThrows(ConfigException.class, () -> loader("default_profile = \"" + key
                + "\"\n[profiles.a]\n").load(ConfigLoader.Flags.none()));
        assertTrue(byDefault.getMessage().contains("config.toml:1: default_profile: names no profile in the file"
                + " (known: a)"), byDefault.getMessage());
        assertFalse(byDefault.getMessage().contains("0123456789abcdef"), byDefault.getMessage());
    }

    private void assertBroken(String toml, String expected) throws IOException {
        ConfigLoader l = loader(toml);
        ConfigException e = assertThrows(ConfigException.class,
                () -> l.load(new ConfigLoader.Flags(null, "a", null, null, null, null)));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    private Path privateKeyFile(String key) throws IOException {
        Path f = dir.resolve("flag-key");
        Files.writeString(f, key + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    /** Issue 14, item 10: mouse = false at the top of the file leaves the mouse to the terminal. */
    @Test
    void mouseFalseTurnsTheConsolesMouseOff() throws Exception {
        assertFalse(loader("").mouseOff());
        assertTrue(loader("mouse = false\n").mouseOff());
        assertFalse(loader("mouse = true\n").mouseOff());
        ConfigException e = assertThrows(ConfigException.class, () -> loader("mouse = \"no\"\n").mouseOff());
        assertTrue(e.getMessage().endsWith("mouse: must be true or false (whether the console reads the mouse)"),
                e.getMessage());
    }
}
