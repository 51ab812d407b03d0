package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.audit.AuditRule;
import dev.lsorg.audit.ReportJson;
import dev.lsorg.audit.RuleCatalog;
import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.config.KeyReader;
import dev.lsorg.config.Secret;
import dev.lsorg.emulator.Emulator;
import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestVertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit, snapshot and diff commands against the emulator's {@code demo} org, through the real client. */
class DemoOrgCommandsTest {
    static final Pattern FULL_KEY = Pattern.compile("lsv2_(sk|pt)_[A-Za-z0-9]{12,}");

    static Emulator emulator;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        emulator = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned()));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** Commands reading {@code emu} through the environment, as a user with LANGSMITH_* variables would. */
    CliContext context(Emulator emu) {
        return context(emu, dir.resolve("no-config.toml"));
    }

    /** The same, with {@code config} as the config file. */
    CliContext context(Emulator emu, Path config) {
        Map<String, String> env = Map.of("LANGSMITH_ENDPOINT", emu.endpoint(),
                "LANGSMITH_API_KEY", emu.keys().orgAdminKey(),
                "LANGSMITH_ORGANIZATION_ID", emu.organizationId().toString());
        ConfigLoader loader = new ConfigLoader(env, config, KeyReader.shell());
        return CliContext.live(env, false, emu.clock(), loader);
    }

    @Test
    void auditOfTheDemoOrgShowsEveryRule() throws Exception {
        CommandRunner.Result r = CommandRunner.run(context(emulator), "audit", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = ReportJson.mapper().readTree(r.out());
        assertEquals(List.of(), List.copyOf(dev.lsorg.audit.SchemaCheckAccess.errors(json)));
        Set<String> fired = StreamSupport.stream(json.get("findings").spliterator(), false)
                .map(f -> f.get("rule").asText()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        // The demo's audit log starts empty (it records what happens): the activity rules are tested on it elsewhere.
        RuleCatalog.all().stream().map(AuditRule::id).filter(id -> !id.startsWith("activity."))
                .filter(id -> !fired.contains(id)).forEach(missing::add);
        assertEquals(List.of(), missing);
        assertEquals(true, json.at("/activity/read").asBoolean(), "the demo's audit log is read");
        assertEquals(emulator.organizationName(), json.at("/org/name").asText());
        assertTrue(objects(json, "workspaces.no-admin").contains("Support Bots"));
        assertTrue(objects(json, "workspaces.empty").contains("Sandbox"));
        assertTrue(objects(json, "keys.too-many-in-workspace").contains("Data Platform"));
        assertTrue(objects(json, "invites.admin-role").stream().anyMatch(n -> n.startsWith("it.lead@")));
        assertEquals(List.of("old laptop ("), objects(json, "keys.pat-of-disabled-member").stream()
                .map(n -> n.substring(0, n.indexOf('(') + 1)).toList());
        // The disabled org admin is still listed as Admin of Staging.
        assertEquals(objects(json, "admins.disabled"), objects(json, "members.workspace-admin-not-in-org"));
        assertEquals("6 of 7 workspaces used: 85%, threshold 80%",
                evidence(json, "plan.workspaces-near-limit"));
        assertFalse(FULL_KEY.matcher(r.out()).find(), "no full key in the report");
    }

    /** The config file's {@code [audit]} table reaches the audit of a live org: 6 of 7 workspaces is under 90%. */
    @Test
    void theConfigFilesAuditTableAppliesToALiveOrg() throws Exception {
        Path config = dir.resolve("config.toml");
        Files.writeString(config, "[audit]\nplan_limit_percent = 90\n");
        CommandRunner.Result r = CommandRunner.run(context(emulator, config), "audit", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = ReportJson.mapper().readTree(r.out());
        assertEquals(90, json.at("/thresholds/plan_limit_percent").asInt());
        assertEquals(List.of(), objects(json, "plan.workspaces-near-limit"));
        assertEquals(1, objects(json, "plan.members-near-limit").size(), "43 of 45 seats is still over 90%");
    }

    @Test
    void demoFlagAuditFailsOnHighAndPrintsATicketReadyReport() {
        CommandRunner.Result r = CommandRunner.run(context(emulator), "--demo", "audit", "--fail-on", "high");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("lsorg audit of Acme Robotics (org "), r.out());
        assertTrue(r.out().contains("\nHIGH    admins.disabled "), r.out());
        assertFalse(FULL_KEY.matcher(r.out()).find());
    }

    @Test
    void demoSeedHostileStartsTheHostileOrgAndItsNamesArriveInert() {
        CommandRunner.Result r = CommandRunner.run(CommandRunner.isolated(dir), "--demo-seed", "hostile", "shell",
                "-c", "ls keys");
        assertEquals(0, r.exitCode(), r.err());
        // cut to fit 80 columns (the output is no terminal) after the escape is made visible, so still inert
        assertTrue(r.out().contains("\naudit ^[]0…  lsv2_sk_"), r.out());
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007"), r.out());
        CommandRunner.Result csv = CommandRunner.run(CommandRunner.isolated(dir), "--demo-seed", "hostile", "shell",
                "-c", "ls keys --format csv");
        assertTrue(csv.out().contains("audit ^[]0;PWNED TITLE^G"), csv.out());
        CommandRunner.Result bad = CommandRunner.run(CommandRunner.isolated(dir), "--demo-seed", "nope", "whoami");
        assertEquals(2, bad.exitCode());
        assertEquals("lsorg: --demo-seed: no seed called 'nope' (choose demo, large, hostile)\n", bad.err());
    }

    @Test
    void snapshotTwiceThenAChangeThroughTheClientDiffsToExactlyThatChange() throws Exception {
        try (Emulator emu = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned()));
             LangSmithClient client = LangSmithClient.create(TestVertx.shared(), ClientConfig.of(emu.endpoint(),
                     Secret.of(emu.keys().orgAdminKey())).withOrganizationId(emu.organizationId()), emu.clock())) {
            CliContext ctx = context(emu);
            Path a = snapshot(ctx, "a.json");
            Path b = snapshot(ctx, "b.json");
            CommandRunner.Result same = CommandRunner.run(ctx, "diff", a.toString(), b.toString());
            assertEquals(0, same.exitCode(), same.out() + same.err());
            assertFalse(FULL_KEY.matcher(Files.readString(a)).find(), "no full key in the snapshot");
            assertEquals(List.of(), List.copyOf(dev.lsorg.audit.SchemaCheckAccess.snapshotErrors(
                    ReportJson.mapper().readTree(Files.readString(a)))));

            TenantForUser research = get(client.workspaces().list(false)).stream()
                    .filter(w -> w.displayName().equals("Research")).findFirst().orElseThrow();
            get(client.workspaces().rename(research.id(), "Research Lab"));

            CommandRunner.Result live = CommandRunner.run(ctx, "diff", b.toString());
            assertEquals(1, live.exitCode(), live.err());
            assertTrue(live.out().endsWith("\n1 change\n\n~ workspace.renamed  workspace  Research Lab  "
                    + "display_name: Research -> Research Lab\n"), live.out());
            Path c = snapshot(ctx, "c.json");
            CommandRunner.Result files = CommandRunner.run(ctx, "diff", b.toString(), c.toString(), "--format", "json");
            JsonNode json = ReportJson.mapper().readTree(files.out());
            assertEquals(1, json.get("count").asInt(), files.out());
            assertEquals(List.of(), List.copyOf(dev.lsorg.audit.SchemaCheckAccess.diffErrors(json)));
            assertEquals(research.id().toString(), json.at("/changes/0/object/id").asText());

            get(client.orgMembers().invite(new dev.lsorg.model.PendingIdentityCreate("new.analyst@example.org", null,
                    "ORGANIZATION_USER", List.of(research.id()), null, "WORKSPACE_VIEWER", null)));
            CommandRunner.Result invited = CommandRunner.run(ctx, "diff", c.toString());
            assertEquals(1, invited.exitCode(), invited.err());
            assertTrue(invited.out().endsWith("\n1 change\n\n+ invite.sent  invite  new.analyst@example.org  "
                    + "org_role: ORGANIZATION_USER\n"), invited.out());
        }
    }

    @Test
    void aNewUsersDemoSnapshotDiffsCleanAgainstTheNextDemoRun() {
        Path file = dir.resolve("demo.json");
        CommandRunner.Result snap = CommandRunner.run(context(emulator), "--demo", "snapshot", "--output", file.toString());
        assertEquals(0, snap.exitCode(), snap.err());
        CommandRunner.Result diff = CommandRunner.run(context(emulator), "--demo", "diff", file.toString());
        assertEquals(0, diff.exitCode(), diff.out());
        assertTrue(diff.out().endsWith(" -> live org Acme Robotics\nno changes\n"), diff.out());
    }

    private Path snapshot(CliContext ctx, String name) {
        Path file = dir.resolve(name);
        CommandRunner.Result r = CommandRunner.run(ctx, "snapshot", "--output", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        return file;
    }

    private static List<String> objects(JsonNode report, String rule) {
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> f.get("rule").asText().equals(rule)).map(f -> f.at("/object/name").asText()).toList();
    }

    private static String evidence(JsonNode report, String rule) {
        return StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> f.get("rule").asText().equals(rule)).map(f -> f.get("evidence").asText())
                .findFirst().orElseThrow();
    }

    private static <T> T get(io.vertx.core.Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
