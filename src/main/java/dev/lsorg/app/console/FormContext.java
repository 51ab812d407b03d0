package dev.lsorg.app.console;

import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.ChangeForms;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.FormField;
import dev.lsorg.app.Intent;
import dev.lsorg.app.Mode;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.Verb;
import dev.lsorg.app.mutation.Problem;
import dev.lsorg.app.mutation.Proposal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A change's form: typing and completing fields, choosing among choices, and Enter to check the input through the
 * factory, which either shows the reasons next to the fields (input kept) or moves on to the confirmation.
 */
final class FormContext implements Context {
    private final Supplier<ChangeSupport> support;

    FormContext(Supplier<ChangeSupport> support) {
        this.support = support;
    }

    @Override
    public Mode mode() {
        return Mode.INPUT;
    }

    @Override
    public List<Offer> offers(AppState s) {
        return List.of(new Offer(Verb.SUBMIT, "review", "Check the input and review the change", null),
                new Offer(Verb.COMPLETE, "field", "Complete the item, or the next field", null),
                new Offer(Verb.LEFT, "choose", "Another choice (also Right, Space)", null),
                new Offer(Verb.CANCEL, "cancel", "Cancel; nothing is sent", null));
    }

    @Override
    public void handle(AppState s, Intent i, Out out) {
        if (!(s.overlay() instanceof Overlay.Change ch) || !(ch.dialog() instanceof ChangeDialog.Form f)) {
            return;
        }
        FormField field = f.focused();
        if (i == Verb.CANCEL) {
            ChangeContexts.close("Cancelled; nothing was sent", out);
        } else if (i == Verb.SUBMIT) {
            enter(s, f, field, out);
        } else if (i == Verb.COMPLETE && field.completed().isPresent()) {
            ChangeContexts.show(f.withField(field.completed().get()), out);
        } else if (i == Verb.COMPLETE || i == Verb.MOVE_DOWN) {
            ChangeContexts.show(f.moved(1), out);
        } else if (i == Verb.PREVIOUS || i == Verb.MOVE_UP) {
            ChangeContexts.show(f.moved(-1), out);
        } else if (!field.choices().isEmpty()) {
            choose(f, field, i, out);
        } else {
            Editing.edit(field.value(), i).ifPresent(v -> ChangeContexts.show(f.withField(field.withValue(v)), out));
        }
    }

    private static void choose(ChangeDialog.Form f, FormField field, Intent i, Out out) {
        boolean space = i instanceof Intent.Typed t && t.text().equals(" ");
        if (i == Verb.RIGHT || space) {
            ChangeContexts.show(f.withField(field.cycled(1)), out);
        } else if (i == Verb.LEFT) {
            ChangeContexts.show(f.withField(field.cycled(-1)), out);
        }
    }

    // In a list field Enter separates items, so a pasted list of lines stays in the field; on an empty item it
    // submits.
    private void enter(AppState s, ChangeDialog.Form f, FormField field, Out out) {
        if (field.list() && !field.currentWord().isEmpty()) {
            ChangeContexts.show(f.withField(field.withValue(field.value().strip() + ", ")), out);
            return;
        }
        var factory = support.get().factory(s);
        if (factory.isEmpty()) {
            ChangeContexts.show(f.withProblems(List.of(new Problem("org", "still loading; try again"))), out);
            return;
        }
        Proposal p = ChangeForms.propose(factory.get(), f, s.workspace());
        Optional<String> wait = p.ready() ? s.changes().mustWait(p.mutation().objects(), out.at()) : Optional.empty();
        if (p instanceof Proposal.Refused r) {
            ChangeContexts.show(f.withProblems(r.problems()), out);
        } else if (wait.isPresent()) {
            // Built from the state before a change in flight lands, it could be stale: it waits for that change.
            ChangeContexts.show(f.withProblems(List.of(new Problem("change", wait.get()))), out);
        } else {
            ChangeContexts.show(new ChangeDialog.Confirm(p.mutation(), f.withProblems(List.of()), f.pane(),
                    f.rowIds(), "", false, 0), out);
        }
    }
}
