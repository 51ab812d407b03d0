package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.gui2.TextGUIThread;
import dev.lsorg.app.Action;
import dev.lsorg.app.PaneId;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screen follows the state while more work waits on the GUI thread: at start-up a burst of answers would
 * otherwise keep the first rows off the screen until every other answer had been reduced.
 */
class EagerDrawTest {
    @TempDir
    Path dir;

    @Test
    void aChangeIsOnScreenBeforeTheNextQueuedTaskRuns() throws Exception {
        try (DemoOrg org = DemoOrg.start(); ScreenHarness h = ScreenHarness.console(org, 80, 24, "dark", dir)) {
            org.clock.advance(Duration.ofSeconds(1));
            List<String> seenByTheNextTask = new ArrayList<>();
            TextGUIThread gui = h.app.gui().getGUIThread();
            gui.invokeLater(() -> h.app.store().dispatch(new Action.PaneSwitched(PaneId.MEMBERS)));
            gui.invokeLater(() -> seenByTheNextTask.addAll(h.lines()));
            h.pump();
            assertEquals(" Members (46)", seenByTheNextTask.get(2).stripTrailing());
        }
    }

    @Test
    void withinAFrameTheScreenWaitsForTheQueueToEmpty() throws Exception {
        try (DemoOrg org = DemoOrg.start(); ScreenHarness h = ScreenHarness.console(org, 80, 24, "dark", dir)) {
            org.clock.advance(Duration.ofSeconds(1));
            List<String> seen = new ArrayList<>();
            TextGUIThread gui = h.app.gui().getGUIThread();
            gui.invokeLater(() -> h.app.store().dispatch(new Action.PaneSwitched(PaneId.MEMBERS)));
            gui.invokeLater(() -> h.app.store().dispatch(new Action.PaneSwitched(PaneId.ROLES)));
            gui.invokeLater(() -> seen.addAll(h.lines()));
            h.pump();
            // the first change was drawn at once; the second, in the same instant, only after the queue emptied
            assertEquals(" Members (46)", seen.get(2).stripTrailing());
            assertEquals(" Roles (7)", h.line(2).stripTrailing());
        }
    }
}
