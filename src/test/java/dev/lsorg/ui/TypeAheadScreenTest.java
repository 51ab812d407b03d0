package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.ChangeDialog;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 9: keys typed before a dialog was on screen never act in it. A fast "Enter y" (or a pasted line)
 * does not confirm a change whose confirmation was never drawn, and letters typed while a form was being checked do
 * not land in the field it comes back with.
 */
class TypeAheadScreenTest {
    @TempDir
    Path dir;

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void yTypedWithTheEnterThatOpensTheConfirmationSendsNothing() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            dev.lsorg.testing.Plans.roomForWorkspaces(c.emulator);
            c.h.type("1n");
            c.h.type("Typed Ahead");
            c.h.ahead(new KeyStroke(KeyType.Enter), key('y'));
            assertTrue(c.dialog() instanceof ChangeDialog.Confirm, c.h.text());
            c.assertScreenHas("Not used: typed before this was on screen");
            assertEquals(0, c.changes().size(), "nothing sent");
            // once the confirmation has been drawn, y answers it
            c.h.type("y");
            c.awaitOutcome();
            assertEquals(1, c.awaitChanges(1).size());
            c.assertScreenHas("Done: Create workspace Typed Ahead");
        }
    }

    @Test
    void lettersTypedWhileTheFormIsCheckedStayOutOfItsField() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("2i");
            c.assertScreenHas("Invite");
            c.h.type("not-an-email");
            // Enter ends the item, Enter on the empty one reviews, then "yy" as if the confirmation were coming: the
            // form comes back with its reason instead
            c.h.ahead(new KeyStroke(KeyType.Enter), new KeyStroke(KeyType.Enter), key('y'), key('y'));
            ChangeDialog.Form f = (ChangeDialog.Form) c.dialog();
            assertFalse(f.problems().isEmpty(), c.h.text());
            String kept = f.fields().get(f.focus()).value();
            assertTrue(kept.startsWith("not-an-email") && !kept.contains("y"), kept);
            c.assertScreenHas("Not used: typed before this was on screen");
            // typed once the form is back on screen, letters edit the field again
            c.h.type("z");
            assertEquals(kept + "z", ((ChangeDialog.Form) c.dialog()).fields().get(f.focus()).value());
            assertEquals(0, c.changes().size(), "nothing sent");
        }
    }

    @Test
    void aConfirmationMustBeUpAMomentBeforeYAnswersIt() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            dev.lsorg.testing.Plans.roomForWorkspaces(c.emulator);
            c.h.confirmDwell(Duration.ofMillis(300));
            c.h.type("1n");
            c.h.type("Read First");
            // Enter and y in separate reads, a frame drawn between them, as ssh can deliver a fast "Enter y"
            c.h.press(KeyType.Enter);
            c.h.type("y");
            assertTrue(c.dialog() instanceof ChangeDialog.Confirm, c.h.text());
            c.assertScreenHas("Not used: typed before this was on screen");
            assertEquals(0, c.changes().size(), "nothing sent");
            c.org.clock.advance(Duration.ofMillis(299));
            c.h.type("y");
            assertEquals(0, c.changes().size(), "still too soon");
            c.org.clock.advance(Duration.ofMillis(1));
            c.h.type("y");
            c.awaitOutcome();
            assertEquals(1, c.awaitChanges(1).size());
        }
    }

    @Test
    void theNameATypedConfirmationAsksForMayBeTypedAtOnce() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.confirmDwell(Duration.ofMillis(300));
            c.select('1', "Sandbox");
            c.h.type("x");
            c.assertScreenHas("Type 'Sandbox' to confirm");
            c.h.type("Sandbox");
            assertEquals("Sandbox", ((ChangeDialog.Confirm) c.dialog()).typed(), c.h.text());
            c.h.press(KeyType.Enter);
            assertEquals(0, c.changes().size(), "Enter as the confirmation appeared is not an answer");
            c.org.clock.advance(Duration.ofMillis(300));
            c.h.press(KeyType.Enter);
            c.awaitOutcome();
            assertEquals(1, c.awaitChanges(1).size());
        }
    }

    @Test
    void aFormOpenedByItsKeyTakesTheNameTypedAhead() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("1");
            c.h.ahead(key('n'), key('L'), key('a'), key('b'));
            assertEquals("Lab", ((ChangeDialog.Form) c.dialog()).fields().get(0).value(), c.h.text());
        }
    }

    @Test
    void escTypedAheadStillCancels() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("1n");
            c.h.type("Never Made");
            c.h.ahead(new KeyStroke(KeyType.Enter), new KeyStroke(KeyType.Escape));
            assertTrue(c.state().overlay() instanceof dev.lsorg.app.Overlay.None, c.h.text());
            c.assertScreenHas("Cancelled; nothing was sent");
            assertEquals(0, c.changes().size());
        }
    }
}
