package dev.lsorg.cli;

import dev.lsorg.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs lsorg in-process with captured streams and a given {@link CliContext} for the audit, snapshot and diff commands. */
final class CommandRunner {
    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    private CommandRunner() {
    }

    static Result run(CliContext ctx, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), factory(ctx));
        return new Result(code, out.toString(), err.toString());
    }

    static CommandLine.IFactory factory(CliContext ctx) {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == AuditCommand.class) {
                    return cls.cast(new AuditCommand(ctx));
                }
                if (cls == SnapshotCommand.class) {
                    return cls.cast(new SnapshotCommand(ctx));
                }
                if (cls == DiffCommand.class) {
                    return cls.cast(new DiffCommand(ctx));
                }
                return fallback.create(cls);
            }
        };
    }
}
