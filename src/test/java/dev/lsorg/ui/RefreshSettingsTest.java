package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two refresh intervals come from the environment, within sensible bounds, and a bad value is reported. */
class RefreshSettingsTest {
    @TempDir
    Path dir;

    private ConsoleSettings resolve(Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString(), "XDG_DATA_HOME", dir.resolve("data").toString()));
        env.putAll(extra);
        return SettingsResolver.resolve(null, false, false, env, ConsolePaths.of(env));
    }

    @Test
    void theWholeOrgReloadsEveryTenMinutesUnlessToldOtherwise() {
        ConsoleSettings none = resolve(Map.of());
        assertEquals(Duration.ofSeconds(30), none.refreshEvery());
        assertEquals(Duration.ofMinutes(10), none.wholeEvery());
        assertEquals(Duration.ofMinutes(2), resolve(Map.of("LSORG_WHOLE_REFRESH_SECONDS", "120")).wholeEvery());
        // at least a minute, and never more often than the pane's own refresh
        assertEquals(Duration.ofMinutes(1), resolve(Map.of("LSORG_WHOLE_REFRESH_SECONDS", "10")).wholeEvery());
        assertEquals(Duration.ofMinutes(5), resolve(Map.of("LSORG_WHOLE_REFRESH_SECONDS", "60",
                "LSORG_REFRESH_SECONDS", "300")).wholeEvery());
        ConsoleSettings bad = resolve(Map.of("LSORG_WHOLE_REFRESH_SECONDS", "often"));
        assertEquals(Duration.ofMinutes(10), bad.wholeEvery());
        assertEquals(List.of("LSORG_WHOLE_REFRESH_SECONDS='often' is not a number of seconds; using 600"),
                bad.problems());
    }
}
