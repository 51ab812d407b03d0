package dev.lsorg.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.mutation.MutationKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change key of every pane reaches its confirmation, and cancelling it sends nothing at all. */
class ChangeCancelTest {
    @TempDir
    Path dir;

    private final List<MutationKind> seen = new ArrayList<>();

    /** The confirmation is open; cancel it with {@code how} and check it closed. */
    private void cancel(ChangeHarness c, String how) {
        seen.add(c.confirming().kind());
        assertTrue(c.dialog() instanceof ChangeDialog.Confirm);
        if (how.equals("n")) {
            c.h.type("n");
        } else {
            c.h.press(how.equals("Esc") ? KeyType.Escape : KeyType.Enter);
        }
        assertTrue(c.state().overlay() instanceof Overlay.None, c.h.text());
    }

    private static void clear(ChangeHarness c) {
        c.h.press(KeyType.Escape);
    }

    @Test
    void everyChangeCanBeCancelledAndThenNothingIsSent() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            workspaces(c);
            members(c);
            workspaceMembers(c);
            keysAndSecurity(c);
            roles(c);
            // Replacing a key is offered only after a key's secret was lost (ChangeOutcomeScreenTest reaches it).
            assertEquals(EnumSet.complementOf(EnumSet.of(MutationKind.REPLACE_KEY)), EnumSet.copyOf(seen),
                    "every kind of change a key reaches was reached");
            c.h.pump();
            assertEquals(List.of(), c.changes(), "the emulator received no change");
        }
    }

    private void workspaces(ChangeHarness c) {
        c.h.type("1nLab");
        c.h.press(KeyType.Enter);
        cancel(c, "Esc");
        c.select('1', "Sandbox");
        c.h.type("eX");
        c.h.press(KeyType.Enter);
        cancel(c, "n");
        c.h.type("x");
        cancel(c, "Enter");
        clear(c);
    }

    private void members(ChangeHarness c) {
        c.h.type("2iz@example.com");
        c.h.press(KeyType.Enter, KeyType.Enter);
        cancel(c, "n");
        c.select('2', "farid.chen");
        c.h.type("o");
        c.h.press(KeyType.ArrowRight, KeyType.Enter);
        cancel(c, "Esc");
        c.h.press(KeyType.Delete);
        cancel(c, "Esc");
        clear(c);
        c.select('2', "freelancer.bob");
        c.h.type("o");
        c.h.press(KeyType.ArrowRight, KeyType.Enter);
        cancel(c, "Enter");
        c.h.type("x");
        cancel(c, "Esc");
        clear(c);
    }

    private void workspaceMembers(ChangeHarness c) {
        c.h.type("3aines.garcia@acme-robotics.com");
        c.h.press(KeyType.Enter, KeyType.Enter);
        cancel(c, "Esc");
        c.select('3', "felix.bakker");
        c.h.type("o");
        c.h.press(KeyType.ArrowRight, KeyType.Enter);
        cancel(c, "n");
        c.h.type("x");
        cancel(c, "Esc");
        clear(c);
    }

    private void keysAndSecurity(ChangeHarness c) {
        c.h.type("4nkey");
        c.h.press(KeyType.Enter);
        cancel(c, "Esc");
        c.select('4', "terraform");
        c.h.type("o");
        c.h.press(KeyType.ArrowRight, KeyType.Enter);
        cancel(c, "n");
        c.h.type("x");
        cancel(c, "Esc");
        clear(c);
        c.select('4', "jupyter");
        c.h.type("x");
        cancel(c, "Esc");
        clear(c);
        for (String setting : List.of("Public sharing", "PAT creation", "Invites")) {
            c.select('6', setting);
            c.h.type(" ");
            cancel(c, "n");
            clear(c);
        }
        c.h.type("U");
        cancel(c, "Esc");
    }

    private void roles(ChangeHarness c) {
        c.h.type("5nTester");
        c.h.press(KeyType.Tab, KeyType.Tab);
        c.h.type("runs:read");
        c.h.press(KeyType.Enter, KeyType.Enter);
        cancel(c, "Esc");
        c.select('5', "Annotator");
        c.h.type("e");
        c.h.press(KeyType.Tab);
        c.h.type(" and more");
        c.h.press(KeyType.Enter);
        cancel(c, "n");
        c.h.type("x");
        cancel(c, "Enter");
        clear(c);
    }
}
