package dev.lsorg.ui;

import dev.lsorg.app.mutation.StatePaths;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the console keeps its files, following the XDG base directories: configuration (themes, keymap) under
 * {@code $XDG_CONFIG_HOME/lsorg}, state (log, history, journal) under {@code $XDG_STATE_HOME/lsorg}.
 *
 * @param configDir the config folder
 * @param stateDir  the state folder
 */
public record ConsolePaths(Path configDir, Path stateDir) {
    /** The paths for this environment ({@code HOME} and the XDG variables). */
    public static ConsolePaths of(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        // One rule for the state folder, shared with the shell and the journal, so they never disagree.
        return new ConsolePaths(dir(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("lsorg"),
                StatePaths.stateDir(env));
    }

    private static Path dir(Map<String, String> env, String var, Path fallback) {
        String v = env.get(var);
        // The XDG spec says relative values are invalid and must be ignored.
        return v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : fallback;
    }

    /** User themes ({@code NAME.theme}). */
    public Path themesDir() {
        return configDir.resolve("themes");
    }

    /** The keymap file ({@code command = key key}). */
    public Path keymap() {
        return configDir.resolve("keys.conf");
    }

    /** The console's log (errors and stack traces never go to the terminal). */
    public Path log() {
        return stateDir.resolve("lsorg.log");
    }

    /** Command-line history. */
    public Path history() {
        return stateDir.resolve("history");
    }

    /** The journal of confirmed changes (one JSON line each). */
    public Path journal() {
        return stateDir.resolve("journal.jsonl");
    }
}
