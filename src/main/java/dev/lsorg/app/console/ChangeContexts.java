package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Verb;
import dev.lsorg.app.mutation.Proposal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The change flow's dialogs as contexts: the form, the confirmation, a new key's secret, the offer to replace a
 * key whose secret was lost, and a page of text (the journal, the session's messages).
 */
final class ChangeContexts {
    private final FormContext form;
    private final ConfirmContext confirm = new ConfirmContext();
    private final Context secret = new SecretContext();
    private final Context keyLost;
    private final Context text = new TextViewContext();

    ChangeContexts(Supplier<ChangeSupport> support) {
        this.form = new FormContext(support);
        this.keyLost = new KeyLostContext(support);
    }

    /** The context of dialog {@code d}. */
    Context of(ChangeDialog d) {
        if (d instanceof ChangeDialog.Form) {
            return form;
        } else if (d instanceof ChangeDialog.Confirm) {
            return confirm;
        } else if (d instanceof ChangeDialog.SecretShown) {
            return secret;
        }
        return d instanceof ChangeDialog.KeyLost ? keyLost : text;
    }

    static void show(ChangeDialog d, Out out) {
        out.show(new Overlay.Change(d));
    }

    static void close(String why, Out out) {
        out.show(Overlay.NONE);
        out.info(why);
    }

    /** A new key's secret, shown once: {@code c} copies it, Esc or Enter forgets it. */
    private static final class SecretContext implements Context {
        @Override
        public Mode mode() {
            return Mode.INPUT;
        }

        @Override
        public List<Offer> offers(AppState s) {
            return List.of(new Offer(Verb.CANCEL, "close", "Close and forget the secret (c copies it first)", null));
        }

        @Override
        public void handle(AppState s, Intent i, Out out) {
            if (!(s.overlay() instanceof Overlay.Change ch) || !(ch.dialog() instanceof ChangeDialog.SecretShown d)) {
                return;
            }
            if (i instanceof Intent.Typed t && t.text().equals("c")) {
                out.add(new Action.CopyRequested(d.secret(), "the new key", out.at()));
            } else if (i == Verb.CANCEL || i == Verb.SUBMIT) {
                out.show(Overlay.NONE);
            }
        }
    }

    /** The one way on from a key whose secret was lost: its replacement, confirmed like any change. */
    private static final class KeyLostContext implements Context {
        private final Supplier<ChangeSupport> support;

        KeyLostContext(Supplier<ChangeSupport> support) {
            this.support = support;
        }

        @Override
        public Mode mode() {
            return Mode.INPUT;
        }

        @Override
        public List<Offer> offers(AppState s) {
            return List.of(new Offer(Verb.CANCEL, "keep", "Keep the key (r revokes it and makes a new one)", null));
        }

        @Override
        public void handle(AppState s, Intent i, Out out) {
            if (!(s.overlay() instanceof Overlay.Change ch) || !(ch.dialog() instanceof ChangeDialog.KeyLost lost)) {
                return;
            }
            if (i == Verb.CANCEL) {
                close("Kept the key whose secret was lost; revoke it in the API keys pane when you like", out);
            } else if (i instanceof Intent.Typed t && t.text().equals("r")) {
                replace(s, lost, out);
            }
        }

        private void replace(AppState s, ChangeDialog.KeyLost lost, Out out) {
            var factory = support.get().factory(s);
            if (factory.isEmpty()) {
                out.warn("The org is still loading; try again");
                return;
            }
            Proposal p = factory.get().replaceLostKey(lost.keyId(), lost.lost());
            Optional<String> wait = p.ready() ? s.changes().mustWait(p.mutation().objects(), out.at())
                    : Optional.empty();
            if (p instanceof Proposal.Refused r) {
                out.add(new Action.StatusShown(dev.lsorg.app.Status.error("Refused: " + r.message())));
            } else if (wait.isPresent()) {
                // The keys are still reloading after the create: the offer stays open for a second r.
                out.warn(wait.get());
            } else {
                show(new ChangeDialog.Confirm(p.mutation(), null, PaneId.API_KEYS, Set.of(), "", false, 0), out);
            }
        }
    }

    /** A page of text: scrolling, and Esc or q to close it. */
    private static final class TextViewContext implements Context {
        @Override
        public Mode mode() {
            return Mode.INPUT;
        }

        @Override
        public List<Offer> offers(AppState s) {
            return List.of(new Offer(Verb.MOVE_DOWN, "scroll", "Scroll", null),
                    new Offer(Verb.CANCEL, "back", "Close (also q)", null));
        }

        @Override
        public void handle(AppState s, Intent i, Out out) {
            if (!(s.overlay() instanceof Overlay.Change ch) || !(ch.dialog() instanceof ChangeDialog.TextView j)) {
                return;
            }
            if (i == Verb.CANCEL || (i instanceof Intent.Typed t && t.text().equals("q"))) {
                out.show(Overlay.NONE);
            } else if (ConfirmContext.scroll(i) != 0) {
                int to = Math.max(0, Math.min(j.lines().size() - 1, j.scroll() + ConfirmContext.scroll(i)));
                show(new ChangeDialog.TextView(j.title(), j.lines(), to), out);
            }
        }
    }
}
