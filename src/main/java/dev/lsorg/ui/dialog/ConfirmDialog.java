package dev.lsorg.ui.dialog;

import dev.lsorg.api.RequestPreview;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.ui.render.Painter;
import dev.lsorg.ui.render.Text;
import dev.lsorg.ui.theme.Slot;
import java.util.List;

/**
 * The confirmation of one change: the change in words, every target, the scope, "cannot be undone" where true, and
 * each request exactly as it will be sent (method, URL, headers with the key masked, pretty JSON). The buttons stay
 * at the bottom while the text scrolls, Cancel focused until the user moves to Confirm.
 */
public final class ConfirmDialog {
    private ConfirmDialog() {
    }

    /** The dialog's text for {@code c}, wrapped to {@code width}. */
    public static List<DialogLines.Line> lines(ChangeDialog.Confirm c, boolean dryRun, int width) {
        Mutation m = c.mutation();
        DialogLines out = new DialogLines(width - 2);
        // Names are sanitised before the lines are split, so a line break inside a name cannot start a line.
        out.add(Text.sanitize(m.title()), Slot.DIALOG);
        if (m.warning() != null) {
            out.add("WARNING: " + Text.sanitize(m.warning()), Slot.DANGER);
        }
        m.notes().forEach(n -> out.add(Text.sanitize(n), Slot.STATUS_WARN));
        out.add("Scope: " + Text.sanitize(m.scope()), Slot.DIALOG);
        out.add("Targets (" + m.targets().size() + "):", Slot.DIALOG);
        m.targets().forEach(t -> out.add("  - " + Text.sanitize(t), Slot.DIALOG));
        if (m.destructive()) {
            out.add("This cannot be undone.", Slot.DANGER);
        }
        if (dryRun) {
            out.add("Dry run: the request is recorded in the journal, not sent.", Slot.STATUS_WARN);
        }
        List<RequestPreview> previews = m.previews();
        out.add(previews.size() == 1 ? "Request to send:" : previews.size() + " requests to send, in order:",
                Slot.DIALOG_TITLE);
        previews.forEach(p -> out.add(p.text().stripTrailing(), Slot.INPUT));
        return out.lines();
    }

    /** Draws {@code c} in rows {@code top}..{@code bottom}; returns the cursor position or null. */
    public static int[] draw(Painter p, ChangeDialog.Confirm c, boolean dryRun, int top, int bottom, int width) {
        Mutation m = c.mutation();
        boolean typed = m.typedConfirmation();
        Slot titleSlot = typed ? Slot.DANGER : Slot.DIALOG_TITLE;
        p.text(0, top, width, " Confirm: " + m.kind().name().toLowerCase().replace('_', ' ')
                + (m.destructive() ? " (cannot be undone)" : m.warning() != null ? " (read the warning)" : ""),
                p.style(titleSlot));
        int buttons = bottom;
        int typeRow = typed ? bottom - 1 : -1;
        int textRows = (typed ? typeRow : buttons) - top - 1;
        DialogLines.draw(p, lines(c, dryRun, width), c.scroll(), top + 1, textRows, width);
        int[] cursor = null;
        if (typed) {
            String prompt = " Type '" + m.confirmText() + "' to confirm: ";
            p.text(0, typeRow, width, prompt, p.style(Slot.DIALOG));
            int col = p.word(Math.min(prompt.length(), width - 1), typeRow, width - prompt.length(), c.typed(),
                    p.style(Slot.INPUT));
            cursor = new int[] {Math.min(col, width - 1), typeRow};
        }
        buttons(p, c, buttons, width);
        return cursor;
    }

    private static void buttons(Painter p, ChangeDialog.Confirm c, int row, int width) {
        p.fill(0, row, width, p.style(Slot.DIALOG));
        int col = p.word(1, row, width, "[ Cancel ]", p.style(c.onConfirm() ? Slot.DIALOG : Slot.ROW_SELECTED));
        String confirm = c.armed() ? "[ Confirm ]" : "[ Confirm: type the name first ]";
        Slot slot = c.onConfirm() ? (c.armed() ? Slot.DANGER : Slot.ROW_SELECTED) : c.armed() ? Slot.DIALOG
                : Slot.ROW_DIM;
        p.word(col + 2, row, width - col - 2, confirm, p.style(slot));
    }

    /** The hint bar while the dialog is open. */
    public static String hints(ChangeDialog.Confirm c) {
        return c.mutation().typedConfirmation()
                ? " type the name, then Enter confirms  Esc cancel  Up/Down scroll"
                : " y confirm  n/Esc cancel  Tab Confirm/Cancel  Enter press  Up/Down scroll";
    }
}
