package dev.lsorg.cli;

import dev.lsorg.Main;
import dev.lsorg.audit.AuditReport;
import dev.lsorg.audit.Auditor;
import dev.lsorg.audit.ReportFormat;
import dev.lsorg.audit.RuleCatalog;
import dev.lsorg.audit.Severity;
import dev.lsorg.audit.Thresholds;
import dev.lsorg.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lsorg audit}: loads the whole org and reports findings (severity, rule id, object, evidence, fix) as text,
 * JSON, CSV or Markdown; {@code --fail-on} turns findings into exit code 1 for cron and CI.
 */
@Command(name = "audit", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Check the org for risky admins, members, invites, keys, settings and recent activity.",
                "Thresholds: the flags below, else the [audit] table of the config file, else the defaults.",
                "Exit codes: 0 ok, 1 a finding at or above --fail-on, 2 usage or configuration, 3 API or network."})
public final class AuditCommand implements Callable<Integer> {
    private static final Thresholds DEFAULTS = Thresholds.defaults();

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json|csv|markdown", defaultValue = "text",
            converter = Converters.Format.class, description = "Output format (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "high|medium|low", converter = Converters.Level.class,
            description = "Exit with 1 when a finding of this severity or worse exists.")
    Severity failOn;

    @Option(names = "--list-rules", description = "List the rules with their ids and severities, and exit.")
    boolean listRules;

    @Option(names = "--max-org-admins", paramLabel = "N", description = "More org admins than N is a finding (default: ${DEFAULT-VALUE}).")
    int maxOrgAdmins = DEFAULTS.maxOrgAdmins();

    @Option(names = "--invite-days", paramLabel = "N", description = "Invites pending more than N days are stale (default: ${DEFAULT-VALUE}).")
    int inviteDays = DEFAULTS.pendingInviteDays();

    @Option(names = "--unused-key-days", paramLabel = "N", description = "Keys unused for more than N days are stale (default: ${DEFAULT-VALUE}).")
    int unusedKeyDays = DEFAULTS.unusedKeyDays();

    @Option(names = "--never-used-grace-days", paramLabel = "N",
            description = "Ignore never-used keys younger than N days (default: ${DEFAULT-VALUE}).")
    int neverUsedGraceDays = DEFAULTS.neverUsedGraceDays();

    @Option(names = "--max-keys-per-workspace", paramLabel = "N",
            description = "More service keys than N in one workspace is a finding (default: ${DEFAULT-VALUE}).")
    int maxKeysPerWorkspace = DEFAULTS.maxKeysPerWorkspace();

    @Option(names = "--plan-limit-percent", paramLabel = "P",
            description = "Members or workspaces at P%% of the plan's limit or more are near it (default: ${DEFAULT-VALUE}).")
    int planLimitPercent = DEFAULTS.planLimitPercent();

    @Option(names = "--activity-days", paramLabel = "N",
            description = "Days of the org's audit log the activity rules read, 1-400 (default: ${DEFAULT-VALUE}).")
    int activityDays = DEFAULTS.activityDays();

    @Option(names = "--max-removals", paramLabel = "N",
            description = "More removals by one actor than N within --removal-window-minutes is a finding"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxRemovals = DEFAULTS.maxRemovals();

    @Option(names = "--removal-window-minutes", paramLabel = "M",
            description = "The short window of --max-removals, in minutes (default: ${DEFAULT-VALUE}).")
    int removalWindowMinutes = DEFAULTS.removalWindowMinutes();

    private final CliContext ctx;


    /** The command in {@code ctx}, the process's surroundings (or a test's). */
    public AuditCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return CommandIo.run(spec.commandLine().getErr(), this::audit);
    }

    private int audit() throws CommandFailure {
        PrintWriter out = spec.commandLine().getOut();
        if (listRules) {
            RuleCatalog.all().forEach(r -> out.printf("%-6s  %-38s  %s%n", r.severity().label(), r.id(), r.title()));
            out.flush();
            return ExitCodes.OK;
        }
        Thresholds thresholds = thresholds();
        AuditInput input = CommandIo.fetchForAudit(ctx, main.global(), spec.commandLine().getErr(),
                Duration.ofDays(thresholds.activityDays()));
        AuditReport report = new Auditor(RuleCatalog.all(), thresholds, ctx.clock(), Versions.of(spec))
                .audit(input.org(), input.activity());
        boolean color = output == null && ctx.colorOnStdout(main.global());
        CommandIo.write(output, out, w -> format.writer(color).write(report, w));
        return exitCode(report);
    }

    // Says why on stderr: with --output or a redirect, the exit code alone leaves a cron log guessing.
    private int exitCode(AuditReport report) {
        if (failOn == null || !report.hasFindingAtLeast(failOn)) {
            return ExitCodes.OK;
        }
        long count = report.findings().stream().filter(f -> f.severity().atLeast(failOn)).count();
        PrintWriter err = spec.commandLine().getErr();
        err.println("lsorg: " + count + " finding" + (count == 1 ? "" : "s") + " at " + failOn.label() + " or worse");
        err.flush();
        return ExitCodes.FINDINGS;
    }

    /** Each threshold from its flag when given, else from the config file's {@code [audit]} table, else the default. */
    private Thresholds thresholds() throws CommandFailure {
        Map<String, Integer> file = fileSettings();
        try {
            return new Thresholds(pick("--max-org-admins", maxOrgAdmins, file, "max_org_admins"),
                    pick("--invite-days", inviteDays, file, "invite_days"),
                    pick("--unused-key-days", unusedKeyDays, file, "unused_key_days"),
                    pick("--never-used-grace-days", neverUsedGraceDays, file, "never_used_grace_days"),
                    pick("--max-keys-per-workspace", maxKeysPerWorkspace, file, "max_keys_per_workspace"),
                    pick("--plan-limit-percent", planLimitPercent, file, "plan_limit_percent"),
                    pick("--activity-days", activityDays, file, "activity_days"),
                    pick("--max-removals", maxRemovals, file, "max_removals"),
                    pick("--removal-window-minutes", removalWindowMinutes, file, "removal_window_minutes"));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
        }
    }

    // A flag left out still holds its default, so only the parse result can tell "not given" from "given as 3".
    private int pick(String flag, int flagValue, Map<String, Integer> file, String key) {
        boolean given = spec.commandLine().getParseResult().hasMatchedOption(flag);
        return given || !file.containsKey(key) ? flagValue : file.get(key);
    }

    private Map<String, Integer> fileSettings() throws CommandFailure {
        try {
            return ctx.orgs().auditSettings();
        } catch (ConfigException e) {
            throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
        }
    }
}
