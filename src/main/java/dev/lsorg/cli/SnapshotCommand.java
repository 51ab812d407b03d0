package dev.lsorg.cli;

import dev.lsorg.Main;
import dev.lsorg.audit.OrgSnapshot;
import dev.lsorg.audit.SnapshotBuilder;
import dev.lsorg.audit.SnapshotFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lsorg snapshot}: writes the whole org as stable, sorted, secret-free JSON, for {@code lsorg diff} and for
 * keeping in git.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true, description = {"Write the whole org (workspaces, members, invites, roles, keys, settings) "
        + "as stable, sorted JSON without secrets.", "Exit codes: 0 ok, 2 usage or configuration, 3 API or network."})
public final class SnapshotCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the snapshot to FILE instead of stdout.")
    Path output;

    private final CliContext ctx;


    /** The command in {@code ctx}, the process's surroundings (or a test's). */
    public SnapshotCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return CommandIo.run(spec.commandLine().getErr(), () -> {
            OrgSnapshot snapshot = SnapshotBuilder.of(CommandIo.fetch(ctx, main.global(), spec.commandLine().getErr()));
            CommandIo.write(output, spec.commandLine().getOut(), w -> SnapshotFiles.write(snapshot, w));
            return ExitCodes.OK;
        });
    }
}
