package dev.lsorg.app.mutation;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where lsorg keeps state that outlives a session (the journal, the shell history), following the XDG base
 * directory spec: {@code $XDG_STATE_HOME/lsorg}, else {@code ~/.local/state/lsorg}.
 */
public final class StatePaths {
    private StatePaths() {
    }

    /** lsorg's state directory for the given environment. */
    public static Path stateDir(Map<String, String> env) {
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "lsorg");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "state", "lsorg");
    }

    /**
     * lsorg's state directory, created owner-only (0700) or narrowed to it; every file lsorg keeps there is 0600
     * (see {@link StateFiles}).
     */
    public static Path privateStateDir(Map<String, String> env) throws java.io.IOException {
        return StateFiles.privateDir(stateDir(env));
    }

    /** The journal of changes, one JSON object per line. */
    public static Path journal(Map<String, String> env) {
        return stateDir(env).resolve("journal.jsonl");
    }

    /** The shell's line history. */
    public static Path shellHistory(Map<String, String> env) {
        return stateDir(env).resolve("shell_history");
    }
}
