package dev.lsorg.app.mutation;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of change answered only after lsorg stopped waiting (the emulator acts 700 ms after each write
 * arrives; lsorg gives up at 250 ms): lsorg says "unknown", and keeps reading the org in real time until the change
 * could no longer land; each change is then found done, sent once, and journaled with its intent and outcome.
 * The only lost-answer test in real time, since the server acts in real time.
 */
class LostAnswerLatencyTest {
    @TempDir
    Path dir;

    @Test
    void aChangeAnsweredAfterTheTimeoutIsFoundDoneOnceItLands() {
        try (LostAnswers la = new LostAnswers(dir, null, Duration.ofMillis(250))) {
            LostAnswerTest.everyKind(la, f -> f.latency(700, 0), true);
        }
    }
}
