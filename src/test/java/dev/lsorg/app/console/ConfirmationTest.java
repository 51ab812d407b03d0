package dev.lsorg.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.Effect;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Verb;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 8 at handle level: confirmations state the impact, forms name their targets, typed + Enter. */
class ConfirmationTest {
    @TempDir
    Path dir;

    private static ChangeDialog dialog(ConsoleFixture c) {
        return ((Overlay.Change) c.state.overlay()).dialog();
    }

    @Test
    void deletingAWorkspaceStatesWhoAndWhatLosesAccess() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.DELETE);
        List<String> notes = ((ChangeDialog.Confirm) dialog(c)).mutation().notes();
        assertTrue(notes.contains("It has 1 member and 1 pending invite and 1 service key; they lose access to it."),
                notes.toString());
    }

    @Test
    void revokingAKeyStatesItsShortFormAndLastUse() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.PANE_4, Verb.FILTER).type("old exporter")
                .press(Verb.SUBMIT, Verb.DELETE);
        List<String> notes = ((ChangeDialog.Confirm) dialog(c)).mutation().notes();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("old exporter (lsv2_sk_...c3d4): last used ")
                && n.endsWith("(200 days ago).")), notes.toString());
    }

    @Test
    void aFormNamesItsTargetsNotTheirIds() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.RENAME);
        assertEquals(List.of("Production"), ((ChangeDialog.Form) dialog(c)).names());
        c.press(Verb.CANCEL, Verb.PANE_4, Verb.FILTER).type("ci deploy").press(Verb.SUBMIT, Verb.ROLE);
        assertEquals(List.of("ci deploy (lsv2_sk_...a1b2)"), ((ChangeDialog.Form) dialog(c)).names());
    }

    @Test
    void theTypedNameThenEnterConfirmsWhereverTheFocusIs() {
        ConsoleFixture c = new ConsoleFixture(false, dir).press(Verb.DELETE).type("Produc").press(Verb.SUBMIT);
        assertTrue(c.state.overlay() instanceof Overlay.Change, "Enter before the name matches cancels nothing");
        assertEquals("Type 'Production' exactly to confirm", c.state.status().text());
        c.type("tion").press(Verb.SUBMIT);
        assertEquals(1, c.effects(Effect.RunMutation.class).size());
    }
}
