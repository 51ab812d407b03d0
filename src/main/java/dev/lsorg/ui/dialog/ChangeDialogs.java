package dev.lsorg.ui.dialog;

import dev.lsorg.app.ChangeDialog;
import dev.lsorg.ui.render.Painter;
import dev.lsorg.ui.theme.Slot;

/** Draws whichever change dialog is open over the pane, and says which keys work in it. */
public final class ChangeDialogs {
    private ChangeDialogs() {
    }

    /** Draws {@code d} between rows {@code top} and {@code bottom}; returns the cursor position or null. */
    public static int[] draw(Painter p, ChangeDialog d, boolean dryRun, int top, int bottom, int width) {
        if (d instanceof ChangeDialog.Form f) {
            return FormDialog.draw(p, f, top, bottom, width);
        } else if (d instanceof ChangeDialog.Confirm c) {
            return ConfirmDialog.draw(p, c, dryRun, top, bottom, width);
        } else if (d instanceof ChangeDialog.SecretShown s) {
            secret(p, s, top, bottom, width);
        } else if (d instanceof ChangeDialog.KeyLost k) {
            keyLost(p, k, top, bottom, width);
        } else if (d instanceof ChangeDialog.TextView j) {
            p.text(0, top, width, " " + j.title() + " " + p.glyphs().separator() + " Esc: back",
                    p.style(Slot.DIALOG_TITLE));
            DialogLines lines = new DialogLines(width - 2);
            j.lines().forEach(l -> lines.add(l, Slot.DIALOG));
            DialogLines.draw(p, lines.lines(), j.scroll(), top + 1, bottom - top, width);
        }
        return null;
    }

    private static void secret(Painter p, ChangeDialog.SecretShown s, int top, int bottom, int width) {
        p.text(0, top, width, " New service key: " + s.description(), p.style(Slot.DIALOG_TITLE));
        DialogLines lines = new DialogLines(width - 2);
        lines.add("Store it now: it is shown only this once and cannot be shown again.", Slot.DANGER);
        lines.add("lsorg keeps no copy (not in the journal, not in the log).", Slot.DANGER);
        lines.add("", Slot.DIALOG);
        lines.add(s.secret(), Slot.INPUT);
        lines.add("", Slot.DIALOG);
        lines.add("c copies it to the clipboard (OSC 52); Esc or Enter closes and forgets it.", Slot.DIALOG);
        DialogLines.draw(p, lines.lines(), 0, top + 1, bottom - top, width);
    }

    private static void keyLost(Painter p, ChangeDialog.KeyLost k, int top, int bottom, int width) {
        p.text(0, top, width, " The new key's secret could not be shown", p.style(Slot.DANGER));
        DialogLines lines = new DialogLines(width - 2);
        lines.add("The key '" + k.lost().targets().get(0) + "' was created (" + k.keyId() + "), but the answer"
                + " that carried its secret was lost. LangSmith shows a secret only once, so nothing can use this"
                + " key.", Slot.DIALOG);
        lines.add("", Slot.DIALOG);
        lines.add(k.outcome(), Slot.DIALOG);
        lines.add("", Slot.DIALOG);
        lines.add("r: revoke it and create a new key like it (you confirm first; the new secret is shown once).",
                Slot.DIALOG);
        lines.add("Esc: keep it for now (revoke it later in the API keys pane). Nothing is sent again on its own.",
                Slot.DIALOG);
        DialogLines.draw(p, lines.lines(), 0, top + 1, bottom - top, width);
    }

    /** The hint bar for {@code d}. */
    public static String hints(ChangeDialog d) {
        if (d instanceof ChangeDialog.Form f) {
            return FormDialog.hints(f);
        } else if (d instanceof ChangeDialog.Confirm c) {
            return ConfirmDialog.hints(c);
        } else if (d instanceof ChangeDialog.SecretShown) {
            return " c copy (OSC 52)  Esc/Enter close (the key is not shown again)";
        } else if (d instanceof ChangeDialog.KeyLost) {
            return " r revoke it and create a new one (confirm first)  Esc keep it";
        }
        return " Up/Down PgUp/PgDn scroll  Esc back";
    }

    /** Lines of {@code d}'s scrollable text, for bounds. */
    public static int length(ChangeDialog d, boolean dryRun, int width) {
        if (d instanceof ChangeDialog.Confirm c) {
            return ConfirmDialog.lines(c, dryRun, width).size();
        }
        return d instanceof ChangeDialog.TextView j ? j.lines().size() : 0;
    }
}
