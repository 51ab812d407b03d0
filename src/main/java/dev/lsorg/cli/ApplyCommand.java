package dev.lsorg.cli;

import dev.lsorg.Main;
import dev.lsorg.api.ApiException;
import dev.lsorg.app.bulk.BulkApply;
import dev.lsorg.app.bulk.BulkCsv;
import dev.lsorg.app.bulk.BulkPlan;
import dev.lsorg.app.bulk.BulkPlanner;
import dev.lsorg.app.mutation.Journal;
import dev.lsorg.app.mutation.JournalContext;
import dev.lsorg.app.mutation.JournalEntry;
import dev.lsorg.app.mutation.Orphans;
import dev.lsorg.app.mutation.ReconcilePolicy;
import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.MutationRunner;
import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.config.ConfigException;
import dev.lsorg.model.OrgData;
import dev.lsorg.shell.ShellSession;
import dev.lsorg.text.Sanitizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lsorg apply FILE.csv}: bulk membership changes from a CSV (email, org role, workspace, workspace role,
 * action). Shows the plan (changes, rows already as asked, rows that cannot be applied), asks once, applies step by
 * step past failures and sums up. Idempotent: a second run of the same file changes nothing.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, description = "Apply membership changes from a CSV file (email,org role,workspace,"
        + "workspace role,action), after showing the plan.")
public final class ApplyCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "Rows: email, org role, workspace, workspace role, action"
            + " (blank = make it so, or remove).")
    Path file;

    @Option(names = {"-y", "--yes"}, description = "Apply without asking when the plan removes no one.")
    boolean yes;

    @Option(names = "--journal", paramLabel = "FILE", description = "Journal of changes (default: $XDG_STATE_HOME/lsorg/journal.jsonl).")
    Path journalFile;

    private final CliContext ctx;


    /** The command in {@code ctx}, the process's surroundings (or a test's). */
    public ApplyCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OrgConnection connection = OrgConnection.open(main.global(), ctx.config(), ctx.clock(), err)) {
            return apply(connection, Files.readString(file, StandardCharsets.UTF_8), out, err);
        } catch (IOException e) {
            err.println("lsorg: cannot read " + file + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ConfigException e) {
            err.println("lsorg: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ApiException e) {
            err.println("lsorg: " + Sanitizer.message(e.error().message()));
            return ExitCodes.API;
        }
    }

    private int apply(OrgConnection connection, String csv, PrintWriter out, PrintWriter err) {
        earlierRuns(connection, err);
        OrgData org = ShellSession.await(connection.client().loadOrg(null));
        MutationFactory factory = new MutationFactory(connection.client(), org, connection.client().config().readOnly(),
                ctx.clock());
        BulkCsv.Parsed parsed = BulkCsv.parse(csv);
        BulkPlan plan = new BulkPlanner(factory).plan(parsed.rows(), parsed.problems());
        new PlanPrinter(out).print(plan);
        if (plan.empty()) {
            out.println("Nothing to change.");
            return plan.invalid().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
        }
        String answer = answer(plan, out);
        if (!plan.confirmedBy(answer)) {
            out.println("Cancelled; nothing was sent.");
            return ExitCodes.FINDINGS;
        }
        BulkApply.Summary summary = ShellSession.await(BulkApply.run(plan, answer, runner(connection,
                factory.index()), new PlanPrinter(out)::progress));
        (summary.ok() ? out : err).println("Summary: " + Sanitizer.message(summary.toString()));
        return summary.failed() > 0 ? ExitCodes.API : summary.invalid() > 0 ? ExitCodes.USAGE : ExitCodes.OK;
    }

    /** Says what became of changes an earlier run left without an outcome, before planning from the org. */
    private void earlierRuns(OrgConnection connection, PrintWriter err) {
        var client = connection.client();
        Orphans orphans = new Orphans(client, journal(), ctx.clock(), ReconcilePolicy.of(client.config()));
        List<JournalEntry> open = ShellSession.await(orphans.find());
        if (!open.isEmpty()) {
            err.println(Orphans.heading(open));
            ShellSession.await(orphans.reconcile(open)).forEach(r -> err.println("checked: " + r.message()));
            err.flush();
        }
    }

    private Journal journal() {
        return new Journal(journalFile != null ? journalFile : CommandIo.defaultJournal(ctx));
    }

    /** The person's answer to the plan ({@code --yes} answers a plan that removes no one). */
    private String answer(BulkPlan plan, PrintWriter out) {
        if (yes && !plan.destructive()) {
            return "yes";
        }
        String question = plan.destructive() ? "This plan removes access and cannot be undone. Type 'apply' to"
                + " confirm: " : "Apply these " + plan.steps().size() + " changes? [y/N] ";
        out.print(question);
        out.flush();
        return readLine();
    }

    private MutationRunner runner(OrgConnection connection, OrgIndex index) {
        Journal journal = journal();
        JournalContext context = new JournalContext(connection.client().config().profile(),
                index.orgName() + " (" + index.org().info().id() + ")");
        return new MutationRunner(connection.client(), journal, context, main.global().dryRun, ctx.clock());
    }

    private static String readLine() {
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
