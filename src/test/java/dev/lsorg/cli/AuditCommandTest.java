package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.api.ApiError;
import dev.lsorg.api.ApiException;
import dev.lsorg.api.LoadProgress;
import dev.lsorg.audit.OrgFixtures;
import dev.lsorg.audit.ReportJson;
import dev.lsorg.audit.RuleCatalog;
import dev.lsorg.config.ConfigException;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.KeyReader;
import dev.lsorg.model.OrgData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    static final Clock CLOCK = Clock.fixed(OrgFixtures.NOW, ZoneOffset.UTC);
    /** Configuration for commands that never read it here: the org comes from the fake fetcher. */
    static final ConfigLoader NO_CONFIG = new ConfigLoader(Map.of(), Path.of("/nonexistent/lsorg/config.toml"),
            KeyReader.shell());

    static CliContext ctx(OrgData data, boolean tty, Map<String, String> env) {
        return new CliContext(env, tty, tty, CLOCK, NO_CONFIG, (g, progress) -> {
            progress.onProgress(1, 2, "workspaces");
            progress.onProgress(2, 2, "keys");
            return data;
        });
    }

    static CliContext pipe(OrgData data) {
        return ctx(data, false, Map.of());
    }

    static OrgData withDisabledAdmin() {
        OrgFixtures f = OrgFixtures.clean();
        f.member("old@example.com", OrgFixtures.ORG_ADMIN, true);
        return f.build();
    }

    @Test
    void jsonReportNamesToolVersionAndFindings() throws Exception {
        CommandRunner.Result r = CommandRunner.run(pipe(withDisabledAdmin()), "audit", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        var json = ReportJson.mapper().readTree(r.out());
        // the version the build recorded (pom.xml), as lsorg --version prints it
        assertEquals(BuildInfo.version(), json.get("tool_version").asText());
        assertTrue(BuildInfo.version().matches("\\d+\\.\\d+\\.\\d+.*"), BuildInfo.version());
        assertEquals("admins.disabled", json.at("/findings/0/rule").asText());
        assertEquals(OrgFixtures.NOW.toString(), json.get("generated_at").asText());
    }

    @Test
    void failOnSetsTheExitCodeBySeverity() {
        CommandRunner.Result high = CommandRunner.run(pipe(withDisabledAdmin()), "audit", "--fail-on", "high");
        assertEquals(1, high.exitCode());
        assertEquals("lsorg: 1 finding at high or worse\n", high.err());
        assertEquals(0, CommandRunner.run(pipe(OrgFixtures.clean().build()), "audit", "--fail-on", "low").exitCode());
        OrgData medium = OrgFixtures.clean().set("public_sharing_disabled", false).build();
        assertEquals(0, CommandRunner.run(pipe(medium), "audit", "--fail-on", "high").exitCode());
        assertEquals(1, CommandRunner.run(pipe(medium), "audit", "--fail-on", "medium").exitCode());
        assertEquals(1, CommandRunner.run(pipe(medium), "audit", "--fail-on", "LOW").exitCode());
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        OrgData data = withDisabledAdmin();
        assertTrue(CommandRunner.run(ctx(data, true, Map.of()), "audit").out().contains("\u001b[1;31mHIGH"));
        assertFalse(CommandRunner.run(ctx(data, true, Map.of("NO_COLOR", "1")), "audit").out().contains("\u001b["));
        assertFalse(CommandRunner.run(ctx(data, true, Map.of()), "--no-color", "audit").out().contains("\u001b["));
        assertFalse(CommandRunner.run(pipe(data), "audit").out().contains("\u001b["));
    }

    @Test
    void progressLineOnlyOnATerminalAndErasedAfterwards() {
        String tty = CommandRunner.run(ctx(withDisabledAdmin(), true, Map.of()), "audit").err();
        assertTrue(tty.contains("loading org: 2/2 keys"), tty);
        assertTrue(tty.endsWith("\r\u001b[K"), tty);
        assertEquals("", CommandRunner.run(pipe(withDisabledAdmin()), "audit").err());
    }

    @Test
    void outputFileGetsThePlainReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.md");
        CommandRunner.Result r = CommandRunner.run(ctx(withDisabledAdmin(), true, Map.of()), "audit", "--format",
                "markdown", "--output", file.toString());
        assertEquals(0, r.exitCode());
        assertEquals("", r.out());
        String md = Files.readString(file);
        assertTrue(md.startsWith("# lsorg audit: Acme"), md);
        assertFalse(md.contains("\u001b["));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void badUsageAndConfigurationExitWith2() {
        assertEquals(2, CommandRunner.run(pipe(withDisabledAdmin()), "audit", "--format", "yaml").exitCode());
        assertEquals(2, CommandRunner.run(pipe(withDisabledAdmin()), "audit", "--fail-on", "info").exitCode());
        CommandRunner.Result negative = CommandRunner.run(pipe(withDisabledAdmin()), "audit", "--invite-days", "-1");
        assertEquals(2, negative.exitCode());
        assertTrue(negative.err().contains("pending invite days must not be negative"), negative.err());
        CliContext noConfig = new CliContext(Map.of(), false, false, CLOCK, NO_CONFIG, (g, p) -> {
            throw new ConfigException("no API key: set LANGSMITH_API_KEY");
        });
        CommandRunner.Result r = CommandRunner.run(noConfig, "audit");
        assertEquals(2, r.exitCode());
        assertEquals("lsorg: no API key: set LANGSMITH_API_KEY\n", r.err());
    }

    /** The org of {@code data}, with the audit thresholds of the config file {@code config}. */
    static CliContext withConfig(OrgData data, Path config) {
        ConfigLoader loader = new ConfigLoader(Map.of(), config, KeyReader.shell());
        return new CliContext(Map.of(), false, false, CLOCK, loader, new OrgFetcher() {
            @Override
            public OrgData fetch(GlobalOptions global, LoadProgress progress) {
                return data;
            }

            @Override
            public Map<String, Integer> auditSettings() throws ConfigException {
                return loader.auditSettings();
            }
        });
    }

    @Test
    void theConfigFileSetsThresholdsAndFlagsOverrideIt(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.toml");
        // The clean org has 2 org admins and 2 of its plan's 10 workspaces.
        Files.writeString(config, "[audit]\nmax_org_admins = 1\nplan_limit_percent = 20\n");
        OrgData data = OrgFixtures.clean().build();
        assertEquals(List.of("admins.summary"), rules(audit(withConfig(data, dir.resolve("absent.toml")))));

        var fromFile = audit(withConfig(data, config));
        assertEquals(1, fromFile.at("/thresholds/max_org_admins").asInt());
        assertEquals(20, fromFile.at("/thresholds/plan_limit_percent").asInt());
        assertEquals(14, fromFile.at("/thresholds/pending_invite_days").asInt(), "keys the file leaves out keep their default");
        assertEquals(List.of("admins.summary", "admins.too-many", "plan.workspaces-near-limit"), rules(fromFile));

        var flagged = audit(withConfig(data, config), "--max-org-admins", "3");
        assertEquals(3, flagged.at("/thresholds/max_org_admins").asInt());
        assertEquals(20, flagged.at("/thresholds/plan_limit_percent").asInt());
        assertEquals(List.of("admins.summary", "plan.workspaces-near-limit"), rules(flagged));
    }

    private static com.fasterxml.jackson.databind.JsonNode audit(CliContext ctx, String... flags) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("audit", "--format", "json"));
        args.addAll(List.of(flags));
        CommandRunner.Result r = CommandRunner.run(ctx, args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return ReportJson.mapper().readTree(r.out());
    }

    @Test
    void aBrokenAuditTableExitsWith2AndSaysWhere(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.toml");
        Files.writeString(config, "[audit]\nplan_limit_percent = 180\n");
        CommandRunner.Result r = CommandRunner.run(withConfig(withDisabledAdmin(), config), "audit");
        assertEquals(2, r.exitCode());
        assertEquals("lsorg: " + config + ":2: audit.plan_limit_percent: must be a whole number from 1 to 100\n",
                r.err());
        assertEquals("", r.out());
    }

    private static List<String> rules(com.fasterxml.jackson.databind.JsonNode report) {
        List<String> out = new java.util.ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("rule").asText()));
        return out.stream().sorted().toList();
    }

    @Test
    void apiFailureExitsWith3() {
        CliContext down = new CliContext(Map.of(), false, false, CLOCK, NO_CONFIG, (g, p) -> {
            throw new ApiException(new ApiError.Network("connection refused", true), "GET /api/v1/workspaces");
        });
        CommandRunner.Result r = CommandRunner.run(down, "audit");
        assertEquals(3, r.exitCode());
        assertTrue(r.err().startsWith("lsorg: GET /api/v1/workspaces: "), r.err());
    }

    @Test
    void listRulesShowsEveryRule() {
        CommandRunner.Result r = CommandRunner.run(pipe(withDisabledAdmin()), "audit", "--list-rules");
        assertEquals(RuleCatalog.all().size(), r.out().lines().count());
        RuleCatalog.all().forEach(rule -> assertTrue(r.out().contains(rule.id())));
    }
}
