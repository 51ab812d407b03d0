package dev.lsorg.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.Action;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.Effect;
import dev.lsorg.app.FormKind;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Verb;
import dev.lsorg.app.mutation.MutationKind;
import dev.lsorg.ui.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's update side at the {@code handle} level, without a screen or a server: what each intent does in
 * the context on screen, down to the effects asked for. Each test runs in milliseconds.
 */
class ContextsTest {
    @TempDir
    Path dir;

    private ConsoleFixture console() {
        return new ConsoleFixture(false, dir);
    }

    @Test
    void movingSelectsTheNextRowAndAPageIsTheBodyOfTheScreen() {
        ConsoleFixture c = console().press(Verb.PANE_2);
        assertEquals(Mode.TABLE, c.contexts.mode(c.state));
        assertEquals("alice@acme.test", c.selectedCell(1));
        c.press(Verb.MOVE_DOWN);
        assertEquals("bob@acme.test", c.selectedCell(1));
        c.press(Verb.PAGE_DOWN);
        assertEquals("dave@acme.test", c.selectedCell(1), "a page of 18 rows goes to the last of four");
        c.press(Verb.FIRST);
        assertEquals("alice@acme.test", c.selectedCell(1));
    }

    @Test
    void theFilterIsTypedLiveKeptWithEnterAndClearedWithEsc() {
        ConsoleFixture c = console().press(Verb.PANE_2, Verb.FILTER);
        assertEquals(Mode.INPUT, c.contexts.mode(c.state));
        c.type("bob");
        assertEquals("bob", c.state.paneState(PaneId.MEMBERS).filter());
        assertEquals("bob@acme.test", c.selectedCell(1));
        c.press(Verb.SUBMIT);
        assertInstanceOf(Overlay.None.class, c.state.overlay());
        assertEquals("bob", c.state.paneState(PaneId.MEMBERS).filter());
        c.press(Verb.CLEAR_FILTER);
        assertEquals("", c.state.paneState(PaneId.MEMBERS).filter());
    }

    @Test
    void enterOnAFindingGoesToItsObjectAndEscComesBackAsItWas() {
        ConsoleFixture c = console().press(Verb.PANE_8);
        c.effects(Effect.RunAudit.class).forEach(r -> c.apply(new Action.AuditFinished(r.seq(),
                dev.lsorg.app.AuditRun.audit(r.data(), r.activity(), r.now()))));
        c.press(Verb.LAST);
        String rule = c.selectedCell(1);
        c.press(Verb.FILTER).type(rule).press(Verb.SUBMIT);
        String finding = c.selectedId();
        dev.lsorg.audit.Finding f = (dev.lsorg.audit.Finding) new Selection(c.panes).selected(c.state).orElseThrow()
                .source();
        c.press(Verb.OPEN);
        assertEquals(dev.lsorg.app.pane.FindingJump.of(f).pane(), c.state.pane());
        assertEquals(1, c.state.trail().size());
        c.press(Verb.CLEAR_FILTER);
        assertEquals(PaneId.AUDIT, c.state.pane());
        assertEquals(rule, c.state.paneState(PaneId.AUDIT).filter(), "the filter is as it was");
        assertEquals(finding, c.selectedId(), "and so is the selection");
        assertTrue(c.state.trail().isEmpty());
    }

    @Test
    void goingToAPaneDirectlyForgetsTheWayBack() {
        ConsoleFixture c = console().press(Verb.PANE_8);
        c.effects(Effect.RunAudit.class).forEach(r -> c.apply(new Action.AuditFinished(r.seq(),
                dev.lsorg.app.AuditRun.audit(r.data(), r.activity(), r.now()))));
        c.press(Verb.LAST, Verb.OPEN).press(Verb.PANE_5);
        assertTrue(c.state.trail().isEmpty());
        c.press(Verb.CLEAR_FILTER);
        assertEquals(PaneId.ROLES, c.state.pane());
    }

    @Test
    void aRoleChangeGoesFromFormToConfirmationToOneSend() {
        ConsoleFixture c = console().press(Verb.PANE_2, Verb.MOVE_DOWN, Verb.ROLE);
        ChangeDialog.Form f = (ChangeDialog.Form) ((Overlay.Change) c.state.overlay()).dialog();
        assertEquals(FormKind.ORG_ROLE, f.kind());
        assertEquals("Organization User", f.value("role"), "the form starts on bob's role");
        c.press(Verb.RIGHT, Verb.SUBMIT);
        ChangeDialog.Confirm confirm = (ChangeDialog.Confirm) ((Overlay.Change) c.state.overlay()).dialog();
        assertEquals(MutationKind.CHANGE_ORG_ROLE, confirm.mutation().kind());
        assertTrue(c.effects(Effect.RunMutation.class).isEmpty(), "nothing is sent before the confirmation");
        c.type("y");
        assertEquals(1, c.effects(Effect.RunMutation.class).size());
        assertInstanceOf(Overlay.None.class, c.state.overlay());
        c.type("y");
        assertEquals(1, c.effects(Effect.RunMutation.class).size(), "a second y sends nothing");
    }

    @Test
    void aWorkspaceIsDeletedOnlyOnceItsNameIsTypedAndConfirmIsPressed() {
        ConsoleFixture c = console().press(Verb.DELETE);
        ChangeDialog.Confirm confirm = (ChangeDialog.Confirm) ((Overlay.Change) c.state.overlay()).dialog();
        assertEquals("Production", confirm.mutation().confirmText());
        c.type("y").press(Verb.COMPLETE, Verb.SUBMIT);
        assertTrue(c.state.status().text().startsWith("Type 'Production' exactly"), c.state.status().text());
        c.press(Verb.CLEAR_LINE).type("Production").press(Verb.SUBMIT);
        assertEquals(1, c.effects(Effect.RunMutation.class).size());
    }

    @Test
    void escInAFormSendsNothingAndSaysSo() {
        ConsoleFixture c = console().press(Verb.NEW).type("Lab").press(Verb.CANCEL);
        assertInstanceOf(Overlay.None.class, c.state.overlay());
        assertEquals("Cancelled; nothing was sent", c.state.status().text());
        assertTrue(c.effects(Effect.RunMutation.class).isEmpty());
    }

    @Test
    void inReadOnlyModeAChangeVerbSaysWhyInsteadOfOpeningAForm() {
        ConsoleFixture c = new ConsoleFixture(true, dir).press(Verb.NEW);
        assertInstanceOf(Overlay.None.class, c.state.overlay());
        assertTrue(c.state.status().text().startsWith("new is disabled: read-only mode"), c.state.status().text());
        Offer offer = c.contexts.offers(c.state).stream().filter(o -> o.verb() == Verb.NEW).findFirst().orElseThrow();
        assertFalse(offer.available());
    }

    @Test
    void theCommandLineRunsConsoleCommandsAndChangesInTheShellsWords() {
        ConsoleFixture c = console().press(Verb.COMMAND_LINE).type("ws dev").press(Verb.SUBMIT);
        assertEquals(Fixtures.WS_DEV, c.state.workspace());
        assertEquals(1, c.effects(Effect.Fetch.class).stream().filter(f -> Fixtures.WS_DEV.equals(f.workspace()))
                .count(), "the new workspace's members are fetched");
        c.press(Verb.COMMAND_LINE).type("theme light").press(Verb.SUBMIT);
        assertEquals("light", c.effects(Effect.LoadTheme.class).get(0).name());
        c.press(Verb.COMMAND_LINE).type("role bob@acme.test admin").press(Verb.SUBMIT);
        ChangeDialog.Confirm confirm = (ChangeDialog.Confirm) ((Overlay.Change) c.state.overlay()).dialog();
        assertEquals(MutationKind.CHANGE_ORG_ROLE, confirm.mutation().kind());
        c.press(Verb.CANCEL, Verb.COMMAND_LINE).type("teleport").press(Verb.SUBMIT);
        assertTrue(c.state.status().text().startsWith("Unknown command 'teleport'"), c.state.status().text());
        assertEquals(4, c.state.history().size());
    }

    @Test
    void exportWritesTheFilteredRowsOfThePane() {
        ConsoleFixture c = console().press(Verb.PANE_2, Verb.FILTER).type("acme").press(Verb.SUBMIT);
        c.press(Verb.COMMAND_LINE).type("export csv out.csv").press(Verb.SUBMIT);
        Effect.Export x = c.effects(Effect.Export.class).get(0);
        assertEquals("STATUS", x.header().get(0));
        assertEquals(4, x.rows().size());
    }

    @Test
    void aWorkspaceNamedBeforeTheListLoadsIsSelectedWhenItDoes() {
        ConsoleFixture c = console();
        c.apply(new Action.WorkspaceNamed("development", Fixtures.NOW));
        assertEquals(Fixtures.WS_DEV, c.state.workspace(), "the list is known: at once");
        c.apply(new Action.WorkspaceNamed("nowhere", Fixtures.NOW));
        assertEquals("No workspace named 'nowhere' (--workspace)", c.state.status().text());
    }

    @Test
    void ctrlCAsksAndQOrYQuits() {
        ConsoleFixture c = console().press(Verb.INTERRUPT);
        assertInstanceOf(Overlay.QuitConfirm.class, c.state.overlay());
        c.press(new dev.lsorg.app.Intent.Unbound("F5"));
        assertInstanceOf(Overlay.None.class, c.state.overlay(), "any other key stays");
        c.press(Verb.INTERRUPT).type("q");
        assertTrue(c.state.quitting());
        assertEquals(1, c.effects(Effect.Quit.class).size());
    }

    @Test
    void aColumnsCapitalSortsByItAndAgainTheOtherWay() {
        ConsoleFixture c = console().press(Verb.PANE_2).press(new dev.lsorg.app.Intent.Typed("A"));
        assertEquals(5, c.state.paneState(PaneId.MEMBERS).sortColumn(), "AGE");
        assertFalse(c.state.paneState(PaneId.MEMBERS).descending());
        c.press(new dev.lsorg.app.Intent.Typed("A"));
        assertTrue(c.state.paneState(PaneId.MEMBERS).descending());
        c.press(new dev.lsorg.app.Intent.Typed("E"));
        assertEquals(1, c.state.paneState(PaneId.MEMBERS).sortColumn(), "EMAIL, ascending again");
        assertFalse(c.state.paneState(PaneId.MEMBERS).descending());
        c.press(new dev.lsorg.app.Intent.Typed("Q"), new dev.lsorg.app.Intent.Typed("x"));
        assertEquals(1, c.state.paneState(PaneId.MEMBERS).sortColumn(), "a letter no column has does nothing");
    }
}
