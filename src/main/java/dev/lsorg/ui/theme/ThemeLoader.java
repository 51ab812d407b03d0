package dev.lsorg.ui.theme;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.lsorg.config.ConfigException;
import dev.lsorg.config.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads themes: by name from the user's themes folder, then from the ones bundled in the jar, or from a file path.
 * A theme file has one line per slot, {@code slot = FG on BG[, bold][, reverse][, underline]}, where a colour is
 * {@code default}, an ANSI name ({@code red}, {@code bright-blue}), {@code #rrggbb} or a 256-colour index.
 */
public final class ThemeLoader {
    /** The theme used when none is chosen or the chosen one is broken. */
    public static final String DEFAULT = "dark";
    /** The themes shipped in the jar. */
    public static final List<String> BUNDLED = List.of("dark", "light", "high-contrast", "mono");
    private static final String EXT = ".theme";
    // A theme is a few dozen lines; anything larger is the wrong file and is not read.
    private static final int MAX_BYTES = 64 * 1024;
    private final Path userDir;

    /** A loader that looks in {@code userDir} (may not exist) before the bundled themes. */
    public ThemeLoader(Path userDir) {
        this.userDir = userDir;
    }

    /**
     * A loader of the bundled themes only, by name: a console served over SSH reads no theme file of the host, so
     * nothing its user types becomes a host path.
     */
    public static ThemeLoader bundledOnly() {
        return new ThemeLoader(null);
    }

    /** Loads a theme by name or path. */
    public Theme load(String nameOrPath) throws ThemeException {
        if (userDir == null && !BUNDLED.contains(nameOrPath)) {
            throw new ThemeException("theme '" + nameOrPath + "' not found; this server offers " + String.join(", ",
                    BUNDLED));
        }
        if (userDir != null && (nameOrPath.contains("/") || nameOrPath.endsWith(EXT))) {
            return loadFile(Path.of(nameOrPath));
        }
        Path user = userDir == null ? null : userDir.resolve(nameOrPath + EXT);
        if (user != null && Files.isRegularFile(user)) {
            return loadFile(user);
        }
        try (InputStream in = ThemeLoader.class.getResourceAsStream("/themes/" + nameOrPath + EXT)) {
            if (in == null) {
                throw new ThemeException("theme '" + nameOrPath + "' not found (have: " + String.join(", ", names())
                        + ")");
            }
            return parse(nameOrPath, "themes/" + nameOrPath + EXT, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ThemeException("theme '" + nameOrPath + "': " + e.getMessage());
        }
    }

    /** The bundled theme names plus the user's, for {@code :theme} completion. */
    public List<String> names() {
        Set<String> out = new TreeSet<>(BUNDLED);
        if (userDir == null) {
            return new ArrayList<>(out);
        }
        try (var files = Files.list(userDir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(EXT))
                    .forEach(n -> out.add(n.substring(0, n.length() - EXT.length())));
        } catch (IOException e) {
            // no user themes folder: the bundled themes are all there is
        }
        return new ArrayList<>(out);
    }

    private static Theme loadFile(Path file) throws ThemeException {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.theme$", "");
            return parse(name, file.toString(), TextFiles.read(file, MAX_BYTES, "a theme"));
        } catch (ConfigException e) {
            throw new ThemeException(e.getMessage());
        }
    }

    /** Parses theme text; {@code file} names the source in error messages. */
    public static Theme parse(String name, String file, String text) throws ThemeException {
        Map<Slot, Style> styles = new EnumMap<>(Slot.class);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                parseLine(styles, file, i + 1, line);
            }
        }
        Style base = styles.getOrDefault(Slot.BASE, Style.PLAIN);
        for (Slot s : Slot.values()) {
            styles.putIfAbsent(s, base);
        }
        return new Theme(name, Map.copyOf(styles));
    }

    /**
     * One {@code slot = FG on BG[, modifier]} line. A problem names the file, the line and (for a known slot) the
     * slot, and says what was expected, never what the line holds: a file named by mistake may be a key file.
     */
    private static void parseLine(Map<Slot, Style> styles, String file, int line, String text) throws ThemeException {
        int eq = text.indexOf('=');
        String where = file + ":" + line + ": ";
        if (eq < 0) {
            throw new ThemeException(where + "expected 'slot = FG on BG'");
        }
        Slot slot = Slot.ofKey(text.substring(0, eq).strip());
        if (slot == null) {
            throw new ThemeException(where + "unknown slot (known: " + knownSlots() + ")");
        }
        try {
            styles.put(slot, style(text.substring(eq + 1).strip()));
        } catch (IllegalArgumentException e) {
            throw new ThemeException(where + "slot '" + slot.key() + "': " + e.getMessage());
        }
    }

    private static String knownSlots() {
        return String.join(", ", java.util.Arrays.stream(Slot.values()).map(Slot::key).toList());
    }

    static Style style(String value) {
        String[] parts = value.split(",");
        String[] colors = parts[0].strip().split("\\s+on\\s+");
        if (colors.length != 2) {
            throw new IllegalArgumentException("expected 'FG on BG'");
        }
        EnumSet<SGR> mods = EnumSet.noneOf(SGR.class);
        for (int i = 1; i < parts.length; i++) {
            mods.add(modifier(parts[i].strip()));
        }
        return new Style(color(colors[0].strip()), color(colors[1].strip()), Set.copyOf(mods));
    }

    private static SGR modifier(String m) {
        switch (m.toLowerCase(Locale.ROOT)) {
            case "bold": return SGR.BOLD;
            case "reverse": return SGR.REVERSE;
            case "underline": return SGR.UNDERLINE;
            default: throw new IllegalArgumentException("unknown modifier (expected bold, reverse or underline)");
        }
    }

    static TextColor color(String c) {
        String s = c.toLowerCase(Locale.ROOT);
        if (s.matches("#[0-9a-f]{6}")) {
            return new TextColor.RGB(Integer.parseInt(s.substring(1, 3), 16), Integer.parseInt(s.substring(3, 5), 16),
                    Integer.parseInt(s.substring(5, 7), 16));
        }
        if (s.matches("\\d{1,3}") && Integer.parseInt(s) < 256) {
            int i = Integer.parseInt(s);
            // 0-15 are the terminal's own palette; Lanterna's enum has DEFAULT between normal and bright.
            return i < 16 ? TextColor.ANSI.values()[i < 8 ? i : i + 1] : new TextColor.Indexed(i);
        }
        String ansi = s.startsWith("bright-") ? s.substring(7) + "_bright" : s;
        try {
            return TextColor.ANSI.valueOf(ansi.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown colour (expected default, red, bright-red, #rrggbb or 0-255)");
        }
    }
}
