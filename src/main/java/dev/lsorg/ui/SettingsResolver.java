package dev.lsorg.ui;

import dev.lsorg.app.Refreshes;
import dev.lsorg.ui.render.Glyphs;
import dev.lsorg.ui.theme.ColorDepth;
import dev.lsorg.ui.theme.Theme;
import dev.lsorg.ui.theme.ThemeException;
import dev.lsorg.ui.theme.ThemeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves the console's settings from flags, environment and files: theme ({@code --theme}, {@code LSORG_THEME},
 * forced to mono by {@code NO_COLOR} or {@code --no-color}), colour depth, glyphs, keymap, refresh intervals
 * ({@code LSORG_REFRESH_SECONDS} for the pane on screen, {@code LSORG_WHOLE_REFRESH_SECONDS} for the whole org) and
 * history. Problems never stop the console; they are shown at start.
 */
public final class SettingsResolver {
    private SettingsResolver() {
    }

    /** The settings for these flags and this environment. */
    public static ConsoleSettings resolve(String themeFlag, boolean noColor, boolean ascii, Map<String, String> env,
                                          ConsolePaths paths) {
        List<String> problems = new ArrayList<>();
        ThemeLoader loader = new ThemeLoader(paths.themesDir());
        ColorDepth depth = ColorDepth.detect(env);
        Theme theme = theme(loader, themeName(themeFlag, noColor, env), problems).adapt(depth);
        KeyTable keys = KeyTable.defaults().withKeymap(paths.keymap(), problems);
        boolean asciiGlyphs = ascii || "1".equals(env.get("LSORG_ASCII")) || asciiTerminal(env);
        Duration every = seconds(env, "LSORG_REFRESH_SECONDS", Duration.ofSeconds(30), 5, problems);
        Duration whole = seconds(env, "LSORG_WHOLE_REFRESH_SECONDS", Refreshes.DEFAULT_WHOLE, 60, problems);
        return new ConsoleSettings(theme, depth, loader, asciiGlyphs ? Glyphs.ASCII : Glyphs.UNICODE, keys,
                every, whole.compareTo(every) < 0 ? every : whole, history(paths), paths.history(),
                List.copyOf(problems));
    }

    /**
     * Whether {@code TERM} names a terminal whose font lacks box-drawing, arrows and braille (a VT100, the Linux
     * console): it gets the ASCII glyphs (and, having no "256" in its name, 16 colours).
     */
    static boolean asciiTerminal(Map<String, String> env) {
        String term = env.getOrDefault("TERM", "").toLowerCase(java.util.Locale.ROOT);
        return term.startsWith("vt1") || term.startsWith("vt2") || term.equals("linux");
    }

    /**
     * The settings of a console served over SSH: the host's theme name and refresh interval (from {@code hostEnv}),
     * colour depth and {@code NO_COLOR} from the session's environment ({@code TERM}, {@code NO_COLOR}), bundled
     * themes only, the default keys and no history: a session reads no file of the host's user.
     */
    public static ConsoleSettings served(String themeFlag, boolean ascii, Map<String, String> hostEnv,
                                         Map<String, String> sessionEnv) {
        List<String> problems = new ArrayList<>();
        ThemeLoader loader = ThemeLoader.bundledOnly();
        ColorDepth depth = ColorDepth.detect(sessionEnv);
        Theme theme = theme(loader, themeName(themeFlag, false, sessionEnv), problems).adapt(depth);
        Duration every = seconds(hostEnv, "LSORG_REFRESH_SECONDS", Duration.ofSeconds(30), 5, new ArrayList<>());
        Duration whole = seconds(hostEnv, "LSORG_WHOLE_REFRESH_SECONDS", Refreshes.DEFAULT_WHOLE, 60,
                new ArrayList<>());
        return new ConsoleSettings(theme, depth, loader, ascii || asciiTerminal(sessionEnv) ? Glyphs.ASCII
                : Glyphs.UNICODE, KeyTable.defaults(), every, whole.compareTo(every) < 0 ? every : whole, List.of(),
                null, List.copyOf(problems));
    }

    /** The theme asked for: mono when colour is off, else the flag, else {@code LSORG_THEME}, else dark. */
    public static String themeName(String flag, boolean noColor, Map<String, String> env) {
        String noColorEnv = env.get("NO_COLOR");
        if (noColor || (noColorEnv != null && !noColorEnv.isEmpty())) {
            return "mono";
        }
        if (flag != null && !flag.isBlank()) {
            return flag;
        }
        String fromEnv = env.get("LSORG_THEME");
        return fromEnv == null || fromEnv.isBlank() ? ThemeLoader.DEFAULT : fromEnv;
    }

    private static Theme theme(ThemeLoader loader, String name, List<String> problems) {
        try {
            return loader.load(name);
        } catch (ThemeException e) {
            problems.add(e.getMessage() + "; using the " + ThemeLoader.DEFAULT + " theme");
            try {
                return loader.load(ThemeLoader.DEFAULT);
            } catch (ThemeException bundledBroken) {
                throw new IllegalStateException("the bundled default theme is broken", bundledBroken);
            }
        }
    }

    /** An interval in whole seconds from {@code name}, at least {@code min}; the default when unset or unreadable. */
    private static Duration seconds(Map<String, String> env, String name, Duration fallback, int min,
                                    List<String> problems) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Duration.ofSeconds(Math.max(min, Integer.parseInt(v.trim())));
        } catch (NumberFormatException e) {
            problems.add(name + "='" + v + "' is not a number of seconds; using " + fallback.toSeconds());
            return fallback;
        }
    }

    private static List<String> history(ConsolePaths paths) {
        try {
            List<String> lines = Files.readAllLines(paths.history(), StandardCharsets.UTF_8);
            return lines.size() > 500 ? lines.subList(lines.size() - 500, lines.size()) : lines;
        } catch (IOException e) {
            return List.of();
        }
    }
}
