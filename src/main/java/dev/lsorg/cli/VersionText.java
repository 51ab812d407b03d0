package dev.lsorg.cli;

import dev.lsorg.ui.theme.ColorDepth;
import java.util.Map;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code lsorg --version} prints: the version, the git commit it was built from, the Java runtime it runs on,
 * and the terminal as lsorg sees it (what a bug report needs first).
 */
public final class VersionText implements IVersionProvider {
    private final CliContext ctx;

    /** The text for the process in {@code ctx}. */
    public VersionText(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "lsorg " + BuildInfo.version(),
            "commit    " + BuildInfo.commit(),
            "java      " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor")
                    + ", " + System.getProperty("java.home") + ")",
            "terminal  " + terminal(ctx.env(), ctx.stdoutTty()),
        };
    }

    /** The terminal line: TERM, colour depth, and whether stdout is a terminal at all. */
    static String terminal(Map<String, String> env, boolean stdoutTty) {
        String term = env.getOrDefault("TERM", "");
        String name = term.isBlank() ? "TERM unset" : "TERM=" + term;
        if (!stdoutTty) {
            return "none: stdout is not a terminal (" + name + ")";
        }
        String colours = switch (ColorDepth.detect(env)) {
            case TRUE_COLOR -> "24-bit colour";
            case INDEXED_256 -> "256 colours";
            case ANSI_16 -> "16 colours";
        };
        return name + ", " + colours;
    }
}
