package dev.lsorg.cli;

/** lsorg's process exit codes, the same for every command. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Findings (audit {@code --fail-on}) or differences (diff). */
    public static final int FINDINGS = 1;
    /** Bad usage or configuration. */
    public static final int USAGE = 2;
    /** The API or the network failed. */
    public static final int API = 3;

    private ExitCodes() {
    }
}
