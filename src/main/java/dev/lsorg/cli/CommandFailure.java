package dev.lsorg.cli;

/** Stops a command with an exit code and a one-line message for stderr (never a secret). */
public final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    /** A failure exiting with {@code exitCode} (see {@link ExitCodes}). */
    public CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** The process exit code. */
    public int exitCode() {
        return exitCode;
    }
}
