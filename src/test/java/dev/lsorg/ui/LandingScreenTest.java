package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 9 at 80x24: the cursor lands on the workspace just created. */
class LandingScreenTest {
    @TempDir
    Path dir;

    @Test
    void theNewWorkspaceIsSelectedAfterItIsCreated() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            dev.lsorg.testing.Plans.roomForWorkspaces(c.emulator);
            c.h.type("1n");
            c.h.type("Landing Lab");
            c.h.press(KeyType.Enter);
            c.h.type("y");
            c.awaitOutcome();
            c.h.pumpUntil(() -> c.state().landing() == null, "the landing");
            int row = -1;
            for (int i = 4; i < 22; i++) {
                if (c.h.line(i).startsWith("Landing Lab")) {
                    row = i;
                }
            }
            assertTrue(row > 0, c.h.text());
            String id = c.state().paneState(dev.lsorg.app.PaneId.WORKSPACES).selectedId();
            assertTrue(c.state().data().workspace(java.util.UUID.fromString(id)).displayName().equals("Landing Lab"),
                    c.h.text());
        }
    }
}
