package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.MouseActionType;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 10: the mouse, through Lanterna's mouse events: a click on a tab goes there, a click on a row
 * selects it and a second click opens it, the wheel scrolls, a click on a dialog's button presses it.
 */
class MouseScreenTest extends DemoScreenTest {
    private static String selectedEmail(ScreenHarness h) {
        var s = h.app.store().state();
        return s.paneState(s.pane()).selectedId();
    }

    @Test
    void aClickOnATabGoesThereAndOnARowSelectsThenOpensIt() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.click(h.line(1).indexOf("4 Keys") + 2, 1);
            assertEquals(PaneId.API_KEYS, h.app.store().state().pane());
            h.click(h.line(1).indexOf("1 Workspaces") + 2, 1);
            assertEquals(PaneId.WORKSPACES, h.app.store().state().pane());
            h.click(5, 6);
            assertTrue(h.line(6).startsWith("Research"), h.line(6));
            assertEquals("Research", h.app.store().state().data().workspace(java.util.UUID.fromString(
                    selectedEmail(h))).displayName(), "the third row is selected");
            h.click(5, 6);
            h.pumpUntil(() -> !h.app.store().state().anyLoading(), "Research's members");
            assertTrue(h.title().matches(" Acme Robotics › Research › Members \\(\\d+\\)"),
                    "a second click opens it: " + h.title());
        }
    }

    @Test
    void theWheelScrollsByThreeRows() throws Exception {
        try (ScreenHarness h = console(80, 24)) {
            h.type("2");
            h.mouse(MouseActionType.SCROLL_DOWN, 5, 10, 8);
            assertTrue(h.line(7).contains("@"), h.line(7));
            var s = h.app.store().state();
            var view = new dev.lsorg.app.pane.Panes().view(s, PaneId.MEMBERS);
            assertEquals(3, view.indexOf(s.paneState(PaneId.MEMBERS).selectedId()), "three rows down");
            h.mouse(MouseActionType.SCROLL_UP, 4, 10, 8);
            s = h.app.store().state();
            assertEquals(0, view.indexOf(s.paneState(PaneId.MEMBERS).selectedId()));
        }
    }

    @Test
    void aClickOnCancelPressesIt() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.select('1', "sandbox");
            c.h.type("x");
            assertTrue(c.h.line(21).contains("[ Cancel ]"), c.h.text());
            c.h.click(3, 21);
            assertTrue(c.state().overlay() instanceof Overlay.None, c.h.text());
            assertEquals("Cancelled; nothing was sent", c.state().status().text());
        }
    }
}
