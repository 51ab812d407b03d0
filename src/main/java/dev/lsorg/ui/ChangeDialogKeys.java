package dev.lsorg.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.ChangeForms;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.FormField;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Status;
import dev.lsorg.app.mutation.Proposal;
import dev.lsorg.ui.dialog.ChangeDialogs;
import dev.lsorg.ui.dialog.FormDialog;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keys inside the change dialogs. A form checks its input through the factory and either shows the reasons next to
 * the fields (input kept) or moves on to the confirmation. The confirmation sends only on {@code y} or Enter on
 * Confirm (never the key that opened it), and for a change that cannot be undone only once the name is typed.
 */
final class ChangeDialogKeys {
    private final Supplier<ChangeSupport> support;
    private final Clock clock;
    private final Consumer<Action> out;

    ChangeDialogKeys(Supplier<ChangeSupport> support, Clock clock, Consumer<Action> out) {
        this.support = support;
        this.clock = clock;
        this.out = out;
    }

    void key(AppState s, ChangeDialog d, KeyStroke k) {
        if (d instanceof ChangeDialog.Form f) {
            form(s, f, k);
        } else if (d instanceof ChangeDialog.Confirm c) {
            confirm(s, c, k);
        } else if (d instanceof ChangeDialog.SecretShown secret) {
            secret(secret, k);
        } else if (d instanceof ChangeDialog.KeyLost lost) {
            keyLost(s, lost, k);
        } else if (d instanceof ChangeDialog.TextView j) {
            page(j, k);
        }
    }

    private void form(AppState s, ChangeDialog.Form f, KeyStroke k) {
        KeyType t = k.getKeyType();
        FormField field = f.focused();
        if (t == KeyType.Escape) {
            close("Cancelled; nothing was sent");
        } else if (t == KeyType.Enter) {
            enter(s, f, field);
        } else if (t == KeyType.Tab && complete(field).isPresent()) {
            show(f.withField(complete(field).get()));
        } else if (t == KeyType.Tab || t == KeyType.ArrowDown) {
            show(f.moved(1));
        } else if (t == KeyType.ReverseTab || t == KeyType.ArrowUp) {
            show(f.moved(-1));
        } else if (!field.choices().isEmpty()) {
            choose(f, field, k);
        } else {
            TextInput.edit(field.value(), k).ifPresent(v -> show(f.withField(field.withValue(v))));
        }
    }

    private void choose(ChangeDialog.Form f, FormField field, KeyStroke k) {
        KeyType t = k.getKeyType();
        boolean space = t == KeyType.Character && k.getCharacter() == ' ';
        if (t == KeyType.ArrowRight || space) {
            show(f.withField(field.cycled(1)));
        } else if (t == KeyType.ArrowLeft) {
            show(f.withField(field.cycled(-1)));
        }
    }

    // In a list field Enter separates items, so a pasted list of lines stays in the field; on an empty item it submits.
    private void enter(AppState s, ChangeDialog.Form f, FormField field) {
        if (field.list() && !FormDialog.currentWord(field.value()).isEmpty()) {
            show(f.withField(field.withValue(field.value().strip() + ", ")));
            return;
        }
        var factory = support.get().factory(s);
        if (factory.isEmpty()) {
            show(f.withProblems(List.of(new dev.lsorg.app.mutation.Problem("org", "still loading; try again"))));
            return;
        }
        Proposal p = ChangeForms.propose(factory.get(), f, s.workspace());
        if (p instanceof Proposal.Refused r) {
            show(f.withProblems(r.problems()));
        } else if (s.changes().mustWait(p.mutation().objects(), clock.instant()).isPresent()) {
            // Built from the state before a change in flight lands, it could be stale: it waits for that change.
            show(f.withProblems(List.of(new dev.lsorg.app.mutation.Problem("change",
                    s.changes().mustWait(p.mutation().objects(), clock.instant()).get()))));
        } else {
            show(new ChangeDialog.Confirm(p.mutation(), f.withProblems(List.of()), f.pane(), f.rowIds(), "", false,
                    0));
        }
    }

    /** The field with its current item completed, when Tab has something to add. */
    static java.util.Optional<FormField> complete(FormField field) {
        List<String> hits = FormDialog.matches(field);
        String word = FormDialog.currentWord(field.value());
        if (field.completions().isEmpty() || hits.size() != 1 || word.isEmpty() || hits.get(0).equals(word)) {
            return java.util.Optional.empty();
        }
        String v = field.value();
        int cut = Math.max(v.lastIndexOf(','), v.lastIndexOf('\n'));
        String head = cut < 0 ? "" : v.substring(0, cut + 1) + " ";
        return java.util.Optional.of(field.withValue(head + hits.get(0)));
    }

    private void confirm(AppState s, ChangeDialog.Confirm c, KeyStroke k) {
        KeyType t = k.getKeyType();
        char ch = t == KeyType.Character ? k.getCharacter() : 0;
        boolean typing = c.mutation().typedConfirmation();
        if (t == KeyType.Escape || (!typing && ch == 'n')) {
            close("Cancelled; nothing was sent");
        } else if (!typing && ch == 'y') {
            send(s, c);
        } else if (t == KeyType.Tab || t == KeyType.ReverseTab || t == KeyType.ArrowLeft || t == KeyType.ArrowRight) {
            show(c.focus(!c.onConfirm()));
        } else if (t == KeyType.Enter) {
            enterOnConfirm(s, c);
        } else if (scroll(t) != 0) {
            int max = ChangeDialogs.length(c, s.connection().dryRun(), 80);
            show(c.scrolled(Math.min(max, c.scroll() + scroll(t))));
        } else if (typing) {
            TextInput.edit(c.typed(), k).ifPresent(v -> show(c.typing(v)));
        }
    }

    private void enterOnConfirm(AppState s, ChangeDialog.Confirm c) {
        if (!c.onConfirm()) {
            close("Cancelled; nothing was sent");
        } else if (!c.armed()) {
            out.accept(new Action.StatusShown(Status.warn("Type '" + c.mutation().confirmText()
                    + "' exactly to confirm", clock.instant())));
        } else {
            send(s, c);
        }
    }

    private void send(AppState s, ChangeDialog.Confirm c) {
        out.accept(new Action.ChangeConfirmed(c, ChangeSupport.orgLabel(s), clock.instant()));
    }

    private static int scroll(KeyType t) {
        return switch (t) {
            case ArrowUp -> -1;
            case ArrowDown -> 1;
            case PageUp -> -10;
            case PageDown -> 10;
            default -> 0;
        };
    }

    private void secret(ChangeDialog.SecretShown d, KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Character && k.getCharacter() == 'c') {
            out.accept(new Action.CopyRequested(d.secret(), "the new key", clock.instant()));
        } else if (t == KeyType.Escape || t == KeyType.Enter) {
            out.accept(new Action.OverlayChanged(Overlay.NONE));
        }
    }

    // The one way on from a key whose secret was lost: its replacement, confirmed like any change.
    private void keyLost(AppState s, ChangeDialog.KeyLost lost, KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Escape) {
            close("Kept the key whose secret was lost; revoke it in the API keys pane when you like");
        } else if (t == KeyType.Character && k.getCharacter() == 'r') {
            var factory = support.get().factory(s);
            if (factory.isEmpty()) {
                out.accept(new Action.StatusShown(Status.warn("The org is still loading; try again", clock.instant())));
                return;
            }
            Proposal p = factory.get().replaceLostKey(lost.keyId(), lost.lost());
            var wait = p.ready() ? s.changes().mustWait(p.mutation().objects(), clock.instant())
                    : java.util.Optional.<String>empty();
            if (p instanceof Proposal.Refused r) {
                out.accept(new Action.StatusShown(Status.error("Refused: " + r.message())));
            } else if (wait.isPresent()) {
                // The keys are still reloading after the create: the offer stays open for a second r.
                out.accept(new Action.StatusShown(Status.warn(wait.get(), clock.instant())));
            } else {
                show(new ChangeDialog.Confirm(p.mutation(), null, dev.lsorg.app.PaneId.API_KEYS, java.util.Set.of(),
                        "", false, 0));
            }
        }
    }

    private void page(ChangeDialog.TextView j, KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Escape || (t == KeyType.Character && k.getCharacter() == 'q')) {
            out.accept(new Action.OverlayChanged(Overlay.NONE));
        } else if (scroll(t) != 0) {
            int to = Math.max(0, Math.min(j.lines().size() - 1, j.scroll() + scroll(t)));
            show(new ChangeDialog.TextView(j.title(), j.lines(), to));
        }
    }

    private void show(ChangeDialog d) {
        out.accept(new Action.OverlayChanged(new Overlay.Change(d)));
    }

    private void close(String why) {
        out.accept(new Action.OverlayChanged(Overlay.NONE));
        out.accept(new Action.StatusShown(Status.info(why, clock.instant())));
    }
}
