package dev.lsorg.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.PaneId;
import dev.lsorg.app.Verb;
import dev.lsorg.app.rows.Row;
import dev.lsorg.ui.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enter opens what a row holds, Esc and '-' walk back with selection and filter as they were (handle level). */
class DrillDownTest {
    @TempDir
    Path dir;

    private List<String> cells(ConsoleFixture c, int column) {
        return c.panes.view(c.state, c.state.pane()).rows().stream().map(r -> r.cells()[column]).toList();
    }

    @Test
    void aWorkspaceOpensItsMembersThenAPersonTheirWorkspacesThenAnotherWorkspace() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.OPEN);
        assertEquals(PaneId.WS_MEMBERS, c.state.pane());
        assertEquals(Fixtures.WS_PROD, c.state.workspace());
        assertEquals(List.of("Acme Labs", "Production", "Members"), Breadcrumb.of(c.state));
        c.press(Verb.OPEN);
        assertEquals(PaneId.MEMBER_WORKSPACES, c.state.pane());
        assertEquals(List.of("Production", "Development"), cells(c, 0));
        assertEquals(List.of("Admin", "Admin"), cells(c, 1), "alice's role in each");
        assertEquals(List.of("Acme Labs", "Production", "Members", "alice@acme.test", "Workspaces"),
                Breadcrumb.of(c.state));
        c.press(Verb.MOVE_DOWN, Verb.OPEN);
        assertEquals(PaneId.WS_MEMBERS, c.state.pane());
        assertEquals(Fixtures.WS_DEV, c.state.workspace());
        assertEquals("alice@acme.test", c.selectedCell(0), "the selection is on the person");
        c.press(Verb.CLEAR_FILTER);
        assertEquals(PaneId.MEMBER_WORKSPACES, c.state.pane());
        assertEquals("Development", c.selectedCell(0), "back where Enter was pressed");
        c.press(Verb.CLEAR_FILTER);
        assertEquals(PaneId.WS_MEMBERS, c.state.pane());
        assertEquals(Fixtures.WS_PROD, c.state.workspace(), "the workspace it showed comes back too");
        c.press(Verb.CLEAR_FILTER);
        assertEquals(PaneId.WORKSPACES, c.state.pane());
        assertTrue(c.state.trail().isEmpty());
    }

    @Test
    void escFirstClearsAFilterSetAfterEnterThenGoesBackToTheFilterSetBefore() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.FILTER).type("dev").press(Verb.SUBMIT);
        c.press(Verb.OPEN).press(Verb.FILTER).type("alice").press(Verb.SUBMIT);
        c.press(Verb.CLEAR_FILTER);
        assertEquals(PaneId.WS_MEMBERS, c.state.pane(), "the first Esc clears this view's filter");
        c.press(Verb.CLEAR_FILTER);
        assertEquals(PaneId.WORKSPACES, c.state.pane());
        assertEquals("dev", c.state.paneState(PaneId.WORKSPACES).filter(), "the filter before Enter is back");
        assertEquals("Development", c.selectedCell(0));
    }

    @Test
    void aRoleListsWhoHoldsItAndAHolderOpensItsPane() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.PANE_5, Verb.MOVE_DOWN);
        assertEquals("Organization User", ((dev.lsorg.model.Role) new Selection(c.panes).selected(c.state)
                .orElseThrow().source()).displayName());
        c.press(Verb.OPEN);
        assertEquals(PaneId.ROLE_HOLDERS, c.state.pane());
        assertEquals(List.of("bob@acme.test", "carol@acme.test", "dave@acme.test"), cells(c, 1));
        assertEquals(List.of("member", "member", "invite"), cells(c, 0));
        c.press(Verb.OPEN);
        assertEquals(PaneId.MEMBERS, c.state.pane());
        assertEquals("bob@acme.test", c.selectedCell(1));
        c.press(Verb.PREVIOUS_VIEW, Verb.PREVIOUS_VIEW);
        assertEquals(PaneId.ROLES, c.state.pane());
    }

    @Test
    void minusGoesBackToThePaneTheUserCameFrom() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.PANE_4, Verb.PANE_2, Verb.PREVIOUS_VIEW);
        assertEquals(PaneId.API_KEYS, c.state.pane());
        c.press(Verb.PREVIOUS_VIEW);
        assertEquals(PaneId.MEMBERS, c.state.pane(), "and again toggles back");
    }

    @Test
    void aPaneOffersItsOwnKeysFirstEachWithWhyItIsUnavailable() {
        ConsoleFixture c = new ConsoleFixture(true, dir);
        List<Offer> offers = c.contexts.offers(c.state);
        assertEquals(List.of(Verb.OPEN, Verb.DESCRIBE, Verb.NEW, Verb.RENAME, Verb.DELETE, Verb.TOGGLE_DELETED),
                offers.subList(0, 6).stream().map(Offer::verb).toList());
        assertEquals("Its members (Esc comes back)", offers.get(0).help());
        assertTrue(offers.get(2).unavailable().startsWith("read-only mode"), offers.get(2).unavailable());
        assertEquals(Verb.MOVE_UP, offers.get(6).verb(), "then the keys every pane has");
        c.press(Verb.DELETE);
        assertTrue(c.state.status().text().startsWith("delete is disabled: read-only mode"));
    }

    @Test
    void aDeletedWorkspaceOpensItsDetailsNotItsMembers() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.TOGGLE_DELETED, Verb.LAST, Verb.OPEN);
        assertEquals(PaneId.WORKSPACES, c.state.pane());
        assertTrue(c.state.overlay() instanceof dev.lsorg.app.Overlay.Detail, c.state.overlay().toString());
    }

    /** The rows a drill-down shows never include other people's workspaces. */
    @Test
    void aMembersWorkspacesAreOnlyTheirs() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.PANE_2, Verb.MOVE_DOWN, Verb.OPEN);
        List<Row> rows = c.panes.view(c.state, PaneId.MEMBER_WORKSPACES).rows();
        assertEquals(List.of("Development"), rows.stream().map(r -> r.cells()[0]).toList());
        assertEquals("Viewer", rows.get(0).cells()[1]);
    }
}
