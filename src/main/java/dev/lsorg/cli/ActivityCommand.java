package dev.lsorg.cli;

import dev.lsorg.Main;
import dev.lsorg.api.ApiError;
import dev.lsorg.api.ApiException;
import dev.lsorg.api.AuditLogQuery;
import dev.lsorg.app.ActivityAccess;
import dev.lsorg.app.ActivitySpan;
import dev.lsorg.audit.ActivityReport;
import dev.lsorg.config.ConfigException;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lsorg activity}: the org's audit log of a time window, who changed what and when, as a table, as JSON with
 * names, or as NDJSON holding the OCSF records exactly as LangSmith sent them, for a SIEM. {@code --workspace}
 * (the global option) narrows it to one workspace.
 */
@Command(name = "activity", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Show the org's audit log: who changed what, and when (needs organization:manage).",
                "Exit codes: 0 ok, 2 usage or configuration, 3 API or network (or no readable audit log)."})
public final class ActivityCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "SPAN", description = "The window up to now: 90m, 24h, 7d, 2w"
            + " (default: 24h unless --start is given).")
    String since;

    @Option(names = "--start", paramLabel = "TIME", description = "Window start: ISO 8601 (2026-11-28T09:00:00Z) or a"
            + " date (UTC midnight).")
    String start;

    @Option(names = "--end", paramLabel = "TIME", description = "Window end (default: now).")
    String end;

    @Option(names = "--operation", paramLabel = "OP", split = ",",
            description = "Only these operations (repeat or comma-separate), e.g. delete_org_member.")
    List<String> operations = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|ndjson", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}); ndjson is one OCSF record per line, oldest"
                    + " first.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--max", paramLabel = "N", defaultValue = "10000",
            description = "Read at most N records, newest first (default: ${DEFAULT-VALUE}).")
    int max;

    private final CliContext ctx;

    /** The command in {@code ctx}, the process's surroundings (or a test's). */
    public ActivityCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return CommandIo.run(spec.commandLine().getErr(), this::activity);
    }

    private int activity() throws CommandFailure {
        ActivityReport.Format form = format();
        List<String> ops = operations();
        AuditLogQuery window = window(ops);
        PrintWriter err = spec.commandLine().getErr();
        try (OrgConnection connection = OrgConnection.open(main.global(), ctx.config(), ctx.clock(), err)) {
            boolean named = form != ActivityReport.Format.NDJSON;
            ActivityNamesLoader names = new ActivityNamesLoader(connection.client(), named);
            UUID workspace = names.workspace(main.global().workspace);
            AuditLogQuery query = new AuditLogQuery(window.start(), window.end(), ops, workspace);
            ActivityLog log = read(connection, query);
            ActivityReport report = new ActivityReport(log, names.names(log), names.orgName());
            CommandIo.write(output, spec.commandLine().getOut(), w -> report.write(form, w));
            if (log.truncated()) {
                err.println("lsorg: stopped at " + max + " records, the newest; narrow the window or raise --max");
                err.flush();
            }
            return ExitCodes.OK;
        } catch (ConfigException | IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
        }
    }

    private ActivityLog read(OrgConnection connection, AuditLogQuery query) throws CommandFailure {
        try {
            return LiveOrgFetcher.await(connection.client().auditLogs().list(query, max), "read the audit log");
        } catch (ApiException e) {
            String unavailable = ActivityAccess.unavailable(e);
            if (unavailable != null) {
                throw new CommandFailure(ExitCodes.API, "the org's audit log cannot be read: " + unavailable);
            }
            int code = e.error() instanceof ApiError.Validation ? ExitCodes.USAGE : ExitCodes.API;
            throw new CommandFailure(code, e.getMessage());
        }
    }

    private ActivityReport.Format format() throws CommandFailure {
        try {
            return ActivityReport.format(format);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, "--format: expected text, json or ndjson");
        }
    }

    // Names are checked for shape only: LangSmith adds operations, and the server says which it does not know.
    private List<String> operations() throws CommandFailure {
        for (String op : operations) {
            if (!op.trim().matches("[a-z][a-z_]{0,99}")) {
                throw new CommandFailure(ExitCodes.USAGE, "--operation: expected an operation name such as"
                        + " delete_org_member (lower case and underscores)");
            }
        }
        return operations.stream().map(String::trim).distinct().toList();
    }

    private AuditLogQuery window(List<String> ops) throws CommandFailure {
        if (since != null && start != null) {
            throw new CommandFailure(ExitCodes.USAGE, "--since and --start both set the window's start; give one");
        }
        if (max < 1) {
            throw new CommandFailure(ExitCodes.USAGE, "--max: must be at least 1");
        }
        Instant to = end == null ? ctx.clock().instant() : time("--end", end);
        Instant from = start != null ? time("--start", start) : to.minus(span());
        if (from.isAfter(to)) {
            throw new CommandFailure(ExitCodes.USAGE, "the window starts (" + from + ") after it ends (" + to + ")");
        }
        return new AuditLogQuery(from, to, ops, null);
    }

    private Duration span() throws CommandFailure {
        try {
            return ActivitySpan.parse(since == null ? "24h" : since);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, "--since: " + e.getMessage());
        }
    }

    private static Instant time(String flag, String text) throws CommandFailure {
        try {
            return text.trim().length() == 10 ? LocalDate.parse(text.trim()).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Json.parseInstant(text);
        } catch (DateTimeParseException e) {
            throw new CommandFailure(ExitCodes.USAGE, flag + ": expected an ISO 8601 time such as"
                    + " 2026-11-28T09:00:00Z, or a date such as 2026-11-28");
        }
    }
}
