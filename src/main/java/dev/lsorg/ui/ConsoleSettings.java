package dev.lsorg.ui;

import dev.lsorg.app.Refreshes;
import dev.lsorg.ui.render.Glyphs;
import dev.lsorg.ui.theme.ColorDepth;
import dev.lsorg.ui.theme.Theme;
import dev.lsorg.ui.theme.ThemeLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything the console needs to know before it starts, resolved from flags, environment and files.
 *
 * @param theme        the theme to start with (already brought down to the colour depth)
 * @param depth        the terminal's colour depth
 * @param themes       loads themes for {@code :theme}
 * @param glyphs       Unicode or ASCII symbols
 * @param keys         the key table, keymap applied
 * @param refreshEvery auto-refresh interval (what the pane on screen shows)
 * @param wholeEvery   interval of the whole-org reload (every workspace's members and keys)
 * @param history      command history read at start
 * @param historyFile  where new commands are appended
 * @param problems     start-up problems to show (bad theme, keymap clashes)
 */
public record ConsoleSettings(Theme theme, ColorDepth depth, ThemeLoader themes, Glyphs glyphs, KeyTable keys,
                              Duration refreshEvery, Duration wholeEvery, List<String> history, Path historyFile,
                              List<String> problems) {
    /** Settings with the default whole-org interval. */
    public ConsoleSettings(Theme theme, ColorDepth depth, ThemeLoader themes, Glyphs glyphs, KeyTable keys,
                           Duration refreshEvery, List<String> history, Path historyFile, List<String> problems) {
        this(theme, depth, themes, glyphs, keys, refreshEvery, Refreshes.DEFAULT_WHOLE, history, historyFile,
                problems);
    }
}
