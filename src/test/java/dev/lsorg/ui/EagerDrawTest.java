package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import dev.lsorg.app.Action;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.RequestEntry;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screen follows the state while more work waits on the GUI thread: at start-up a burst of answers would
 * otherwise keep the first rows off the screen until every other answer had been reduced. And it follows it no
 * faster than a frame at a time: a large org's load logs thousands of requests, and drawing a frame for each took
 * the CPU the answers' decoding needed.
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

    @Test
    void aStreamOfLoggedRequestsDrawsOneFrameNotOneEach() throws Exception {
        try (DemoOrg org = DemoOrg.start(); ScreenHarness h = ScreenHarness.console(org, 80, 24, "dark", dir)) {
            h.type("7");
            int before = requestsShown(h);
            int[] frames = {0};
            h.terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
                @Override
                public void onFlush() {
                    frames[0]++;
                }

                @Override
                public void onBell() {
                }

                @Override
                public void onClose() {
                }

                @Override
                public void onResized(Terminal t, TerminalSize s) {
                }
            });
            TextGUIThread gui = h.app.gui().getGUIThread();
            for (int i = 0; i < 100; i++) {
                // as answers arrive: one request logged per round of the GUI thread
                gui.invokeLater(() -> h.app.store().dispatch(new Action.RequestLogged(new RequestEntry(
                        org.clock.instant(), "GET", "/api/v1/workspaces", 200, 3))));
                gui.processEventsAndUpdate();
            }
            assertTrue(frames[0] <= 1, "frames drawn while 100 requests were logged: " + frames[0]);
            h.pump();
            assertTrue(before > 0, h.line(2));
            assertEquals(before + 100, requestsShown(h), "the last of them is on screen once the frame is due");
        }
    }

    // The number of rows in the Requests pane's title, e.g. " Requests · ...: 21 requests (21)" -> 21.
    private static int requestsShown(ScreenHarness h) {
        Matcher m = Pattern.compile("\\((\\d+)\\)$").matcher(h.line(2).stripTrailing());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
