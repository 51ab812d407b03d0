package dev.lsorg.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.lsorg.Main;
import dev.lsorg.audit.DiffReport;
import dev.lsorg.audit.OrgSnapshot;
import dev.lsorg.audit.SnapshotBuilder;
import dev.lsorg.audit.SnapshotFiles;
import dev.lsorg.text.Sanitizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lsorg diff OLD [NEW]}: what changed between two snapshots, or between a snapshot and the live org; exits
 * with 1 when something changed, like {@code diff}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, description = {"Show what changed between two snapshots, or between OLD and the live org.",
        "Exit codes: 0 no changes, 1 changes, 2 usage or configuration, 3 API or network."})
public final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "Snapshot file written by 'lsorg snapshot'.")
    Path before;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", description = "Newer snapshot file (default: the live org).")
    Path after;

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            converter = Converters.DiffFormat.class, description = "Output format (default: ${DEFAULT-VALUE}).")
    DiffReport.Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the diff to FILE instead of stdout.")
    Path output;

    private final CliContext ctx;


    /** The command in {@code ctx}, the process's surroundings (or a test's). */
    public DiffCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return CommandIo.run(spec.commandLine().getErr(), this::diff);
    }

    private int diff() throws CommandFailure {
        OrgSnapshot old = read(before);
        OrgSnapshot now = after != null ? read(after)
                : SnapshotBuilder.of(CommandIo.fetch(ctx, main.global(), spec.commandLine().getErr()));
        String nowLabel = after != null ? after.toString()
                : "live org " + (now.organization().displayName() == null ? "" : now.organization().displayName());
        warnIfOtherOrg(old, now);
        DiffReport report = DiffReport.of(before.toString(), old, nowLabel, now);
        CommandIo.write(output, spec.commandLine().getOut(), w -> report.write(format, w));
        return report.changes().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static OrgSnapshot read(Path file) throws CommandFailure {
        try {
            return SnapshotFiles.read(file);
        } catch (JsonProcessingException e) {
            throw new CommandFailure(ExitCodes.USAGE, "cannot read snapshot " + file + position(e.getLocation()) + ": "
                    + (e instanceof StreamReadException ? "not valid JSON" : "not an lsorg snapshot (a value of the"
                    + " wrong kind)"));
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.USAGE, "cannot read snapshot " + file + ": " + CommandIo.why(e));
        }
    }

    /**
     * {@code :line:column} of a JSON problem. Jackson's own message is not shown: it spans lines and quotes the
     * file's text, which is not the user's to see again in an error.
     */
    private static String position(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + Math.max(1, at.getColumnNr());
    }

    // Comparing two different orgs is allowed (a staging org against production) but is rarely what was meant.
    private void warnIfOtherOrg(OrgSnapshot old, OrgSnapshot now) {
        String a = old.organization() == null ? null : old.organization().id();
        String b = now.organization() == null ? null : now.organization().id();
        if (a != null && b != null && !a.equals(b)) {
            spec.commandLine().getErr().println("lsorg: note: " + before + " is org " + Sanitizer.line(a)
                    + ", the other side is org " + Sanitizer.line(b));
            spec.commandLine().getErr().flush();
        }
    }
}
