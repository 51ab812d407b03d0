package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Verb;
import dev.lsorg.app.mutation.Mutation;
import java.util.List;

/**
 * The confirmation of one change: it sends only on {@code y} or Enter on Confirm (never the key that opened it),
 * and for a change that cannot be undone only once the name is typed exactly.
 */
final class ConfirmContext implements Context {
    @Override
    public Mode mode() {
        return Mode.INPUT;
    }

    @Override
    public List<Offer> offers(AppState s) {
        return List.of(new Offer(Verb.SUBMIT, "press", "Press the focused button", null),
                new Offer(Verb.COMPLETE, "button", "Move between Confirm and Cancel", null),
                new Offer(Verb.MOVE_DOWN, "scroll", "Scroll the request", null),
                new Offer(Verb.CANCEL, "cancel", "Cancel; nothing is sent", null));
    }

    @Override
    public void handle(AppState s, Intent i, Out out) {
        if (!(s.overlay() instanceof Overlay.Change ch) || !(ch.dialog() instanceof ChangeDialog.Confirm c)) {
            return;
        }
        String typed = i instanceof Intent.Typed t ? t.text() : "";
        boolean typing = c.mutation().typedConfirmation();
        if (i == Verb.CANCEL || (!typing && typed.equals("n"))) {
            ChangeContexts.close("Cancelled; nothing was sent", out);
        } else if (!typing && typed.equals("y")) {
            send(s, c, out);
        } else if (i == Verb.COMPLETE || i == Verb.PREVIOUS || i == Verb.LEFT || i == Verb.RIGHT) {
            ChangeContexts.show(c.focus(!c.onConfirm()), out);
        } else if (i == Verb.SUBMIT) {
            enter(s, c, out);
        } else if (scroll(i) != 0) {
            int max = length(c, s.connection().dryRun());
            ChangeContexts.show(c.scrolled(Math.min(max, c.scroll() + scroll(i))), out);
        } else if (typing) {
            Editing.edit(c.typed(), i).ifPresent(v -> ChangeContexts.show(c.typing(v), out));
        }
    }

    // Where the name must be typed, Enter confirms once it matches, wherever the focus is (typing it is the answer);
    // with something typed that does not match yet it says what is missing; with nothing typed, Enter on Cancel
    // cancels as anywhere else.
    private static void enter(AppState s, ChangeDialog.Confirm c, Out out) {
        boolean typing = c.mutation().typedConfirmation();
        if (!c.onConfirm() && !(typing && (c.armed() || !c.typed().isEmpty()))) {
            ChangeContexts.close("Cancelled; nothing was sent", out);
        } else if (!c.armed()) {
            out.warn("Type '" + c.mutation().confirmText() + "' exactly to confirm");
        } else {
            send(s, c, out);
        }
    }

    private static void send(AppState s, ChangeDialog.Confirm c, Out out) {
        out.add(new Action.ChangeConfirmed(c, ChangeSupport.orgLabel(s), out.at()));
    }

    static int scroll(Intent i) {
        if (!(i instanceof Verb v)) {
            return 0;
        }
        return switch (v) {
            case MOVE_UP -> -1;
            case MOVE_DOWN -> 1;
            case PAGE_UP -> -10;
            case PAGE_DOWN -> 10;
            default -> 0;
        };
    }

    /** Lines of the confirmation before wrapping: what scrolling may go past (drawing clamps to the wrapped text). */
    static int length(ChangeDialog.Confirm c, boolean dryRun) {
        Mutation m = c.mutation();
        int n = 4 + m.notes().size() + m.targets().size() + (m.warning() == null ? 0 : 1) + (m.destructive() ? 1 : 0)
                + (dryRun ? 1 : 0);
        for (var p : m.previews()) {
            n += (int) p.text().stripTrailing().lines().count();
        }
        return n;
    }
}
