package dev.lsorg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The demo emulator starts before the command line is parsed, so the raw arguments alone must tell which seed the
 * command will ask for; when they tell wrong, the command starts its own and the early one is unused.
 */
class EarlyDemoTest {
    private static String seed(String... args) {
        return EarlyDemo.seed(args);
    }

    @Test
    void theSeedIsReadAsPicocliReadsIt() {
        assertEquals("demo", seed("--demo"));
        assertEquals("hostile", seed("--demo-seed=hostile"));
        assertEquals("large", seed("--theme", "mono", "--demo-seed", "large"));
        assertEquals("hostile", seed("--demo", "--demo-seed", "hostile"), "--demo-seed names the seed --demo uses");
        assertEquals("hostile", seed("--demo-seed", "hostile", "--demo"));
        assertEquals("demo", seed("audit", "--demo", "--format", "json"));
    }

    @Test
    void nothingStartsWithoutADemoOption() {
        assertNull(seed());
        assertNull(seed("--profile", "prod"));
        assertNull(seed("--", "--demo"), "after -- nothing is an option");
        assertNull(seed("--demo-seed"), "a seed option without its value is picocli's error to report");
    }

    @Test
    void withoutAnEarlyStartThereIsNothingToTake() {
        assertNull(EarlyDemo.take("demo", java.time.Clock.systemUTC()));
    }
}
