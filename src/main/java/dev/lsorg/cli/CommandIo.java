package dev.lsorg.cli;

import dev.lsorg.api.ApiException;
import dev.lsorg.api.LoadProgress;
import dev.lsorg.app.mutation.StatePaths;
import dev.lsorg.config.ConfigException;
import dev.lsorg.model.OrgData;
import dev.lsorg.text.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/**
 * The input and output steps the audit, snapshot and diff commands share: loading the org with a progress line and
 * exit codes for its failures, and writing a result to stdout or to a file.
 */
final class CommandIo {
    private CommandIo() {
    }

    /** Loads the org; configuration problems exit with 2, API and network problems with 3. */
    static OrgData fetch(CliContext ctx, GlobalOptions global, PrintWriter err) throws CommandFailure {
        return loading(ctx, err, progress -> ctx.orgs().fetch(global, progress, err));
    }

    /** Loads the org and its activity of {@code window} for an audit, with the exit codes of {@link #fetch}. */
    static AuditInput fetchForAudit(CliContext ctx, GlobalOptions global, PrintWriter err, java.time.Duration window)
            throws CommandFailure {
        return loading(ctx, err, progress -> ctx.orgs().fetchForAudit(global, progress, err, window));
    }

    /** One load from the org fetcher. */
    @FunctionalInterface
    private interface Load<T> {
        T run(LoadProgress progress) throws ConfigException;
    }

    /** Runs {@code load} with a progress line on a terminal, mapping its failures to exit codes 2 and 3. */
    private static <T> T loading(CliContext ctx, PrintWriter err, Load<T> load) throws CommandFailure {
        LoadProgress progress = ProgressLine.forTerminal(ctx.stderrTty(), err);
        try {
            return load.run(progress);
        } catch (ConfigException | IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
        } catch (ApiException e) {
            throw new CommandFailure(ExitCodes.API, e.getMessage());
        } finally {
            ProgressLine.finish(progress);
        }
    }

    /**
     * The journal in lsorg's state folder, which is made owner-only first (an older lsorg created it 0755); if that
     * fails the journal itself still is created 0600 and says so when it cannot be written.
     */
    static Path defaultJournal(CliContext ctx) {
        try {
            StatePaths.privateStateDir(ctx.env());
        } catch (IOException e) {
            // best effort: Journal.append reports a folder it cannot write to
        }
        return StatePaths.journal(ctx.env());
    }

    /** What writes one command's result. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes to stdout, or to {@code file} through a temporary file renamed into place, so a cron job never leaves
     * half a report behind.
     */
    static void write(Path file, PrintWriter stdout, Body body) throws CommandFailure {
        try {
            if (file == null) {
                body.writeTo(stdout);
                stdout.flush();
            } else {
                writeFile(file, body);
            }
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.USAGE, "cannot write " + (file == null ? "stdout" : file) + ": "
                    + why(e));
        }
    }

    private static void writeFile(Path file, Body body) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.writeTo(w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The reason in words: Java's file exceptions carry only the path as their message. */
    static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Runs a command body, printing a failure's message as {@code lsorg: ...} and returning its exit code. */
    static int run(PrintWriter err, Callable<Integer> body) {
        try {
            return body.call();
        } catch (CommandFailure f) {
            err.println("lsorg: " + Sanitizer.message(f.getMessage()));
            err.flush();
            return f.exitCode();
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }
}
