package dev.lsorg.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code api_key_command} run for real through {@code sh -c}, with a short time limit so no test waits long. */
class KeyCommandTest {
    private static final Duration LIMIT = Duration.ofMillis(400);

    @Test
    void theFirstLineOfTheOutputIsTheKey() throws Exception {
        Secret key = KeyReader.fromCommand(new KeyCommand(LIMIT), "printf 'lsv2_sk_fromcommand0000000000\\nmore\\n'",
                "p.api_key_command");
        assertEquals("lsv2_sk_fromcommand0000000000", key.reveal());
    }

    @Test
    void aCommandThatNeverEndsIsStoppedAtItsLimit() {
        long start = System.nanoTime();
        ConfigException e = assertThrows(ConfigException.class,
                () -> KeyReader.fromCommand(new KeyCommand(LIMIT), "sleep 100",
                        "config.toml:3: profiles.a.api_key_command"));
        assertEquals("config.toml:3: profiles.a.api_key_command: api_key_command did not finish within 400 ms (its time"
                + " limit) and was stopped", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(20)) < 0,
                "it does not wait for the command");
    }

    @Test
    void aCommandThatKeepsItsOutputOpenIsStoppedToo() {
        // It prints a key but never closes stdout: before, lsorg read to the end of stdout before timing anything.
        ConfigException e = assertThrows(ConfigException.class, () -> KeyReader.fromCommand(new KeyCommand(LIMIT),
                "echo lsv2_sk_fromcommand0000000000; exec tail -f /dev/null", "p"));
        assertTrue(e.getMessage().endsWith("did not finish within 400 ms (its time limit) and was stopped"),
                e.getMessage());
        // A child left behind holding stdout after the command ended: the JDK may hand over what the command wrote
        // as it exits (then that is the key) or leave the pipe to the child (then the limit applies); never a hang.
        long start = System.nanoTime();
        try {
            assertEquals("lsv2_sk_fromcommand0000000000", KeyReader.fromCommand(new KeyCommand(LIMIT),
                    "(sleep 5 &); echo lsv2_sk_fromcommand0000000000", "p").reveal());
        } catch (ConfigException limit) {
            assertTrue(limit.getMessage().contains("did not finish within 400 ms"), limit.getMessage());
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(4)) < 0,
                "it does not wait for the child");
    }

    @Test
    void aFailingCommandSaysItsStatus() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> KeyReader.fromCommand(new KeyCommand(LIMIT), "exit 3", "p"));
        assertEquals("p: api_key_command exited with status 3", e.getMessage());
        assertEquals("30 s", KeyCommand.describe(KeyCommand.DEFAULT_LIMIT));
    }
}
