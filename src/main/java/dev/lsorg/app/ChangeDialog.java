package dev.lsorg.app;

import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the change flow shows over the pane: a form, the confirmation, a new key's secret, the offer to replace a
 * key whose secret was lost, or a page of text (the journal, the session's messages).
 */
public sealed interface ChangeDialog {
    /**
     * What a key must have been typed in sight of to act on this dialog (see {@link TypeAhead}): it stays the same
     * while the user types in it and changes when the dialog is shown anew or comes back with new reasons; null for
     * a dialog a stray key cannot harm.
     */
    default Object sight() {
        return null;
    }

    /** Whether a key answers this dialog by sending: it must have been on screen a moment (see TypeAhead). */
    default boolean sends() {
        return false;
    }

    /**
     * Input for a change; {@code problems} from the last try are shown next to their fields, input kept.
     *
     * @param kind     which change the form is for
     * @param pane     the pane it was opened from
     * @param targets  what it acts on (emails, key descriptions, the workspace), from the selected or marked rows
     * @param rowIds   the rows it acts on
     * @param fields   the inputs
     * @param focus    index of the focused field
     * @param problems reasons from the factory or the server
     * @param names    the targets as the user knows them (a workspace's name, a key's description), for the form
     */
    record Form(FormKind kind, PaneId pane, List<String> targets, Set<String> rowIds, List<FormField> fields,
                int focus, List<Problem> problems, List<String> names) implements ChangeDialog {
        /**
         * A form that came back with reasons, as the user saw it: its change, targets and reasons, not the values
         * typed. A form freshly opened by the user's own key takes keys typed ahead (type "n" then the name).
         */
        @Override
        public Object sight() {
            return problems.isEmpty() ? null : List.of("form", kind, targets, problems);
        }

        /** A form whose targets are shown as they are (emails). */
        public Form(FormKind kind, PaneId pane, List<String> targets, Set<String> rowIds, List<FormField> fields,
                    int focus, List<Problem> problems) {
            this(kind, pane, targets, rowIds, fields, focus, problems, targets);
        }

        /** The value of the field called {@code name}, or "". */
        public String value(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).map(FormField::value).findFirst().orElse("");
        }

        /** With the focused field replaced by {@code f}. */
        public Form withField(FormField f) {
            List<FormField> copy = new ArrayList<>(fields);
            copy.set(focus, f);
            return new Form(kind, pane, targets, rowIds, List.copyOf(copy), focus, problems, names);
        }

        /** With focus moved by {@code delta}, wrapping. */
        public Form moved(int delta) {
            return new Form(kind, pane, targets, rowIds, fields, Math.floorMod(focus + delta, fields.size()),
                    problems, names);
        }

        /** With these problems shown. */
        public Form withProblems(List<Problem> p) {
            return new Form(kind, pane, targets, rowIds, fields, focus, List.copyOf(p), names);
        }

        /** The focused field. */
        public FormField focused() {
            return fields.get(focus);
        }
    }

    /**
     * The confirmation of one mutation; Cancel has the focus until the user moves it.
     *
     * @param mutation  what will be sent
     * @param form      the form it came from (reopened with the server's reasons if it fails), or null
     * @param pane      the pane it acts in
     * @param rowIds    the rows it acts on
     * @param typed     what was typed to confirm a destructive change
     * @param onConfirm the Confirm button has the focus
     * @param scroll    lines scrolled
     */
    record Confirm(Mutation mutation, Form form, PaneId pane, Set<String> rowIds, String typed, boolean onConfirm,
                   int scroll) implements ChangeDialog {
        /** This change's confirmation, whatever is typed in it or focused. */
        @Override
        public Object sight() {
            return List.of("confirm", mutation.id());
        }

        @Override
        public boolean sends() {
            return true;
        }

        /** Whether Confirm can be pressed: always for a normal change, once the exact text is typed otherwise. */
        public boolean armed() {
            return mutation.confirmedBy(typed);
        }

        /** With other typed text. */
        public Confirm typing(String text) {
            return new Confirm(mutation, form, pane, rowIds, text, onConfirm, scroll);
        }

        /** With the focus on Confirm or Cancel. */
        public Confirm focus(boolean confirm) {
            return new Confirm(mutation, form, pane, rowIds, typed, confirm, scroll);
        }

        /** Scrolled to {@code to}. */
        public Confirm scrolled(int to) {
            return new Confirm(mutation, form, pane, rowIds, typed, onConfirm, Math.max(0, to));
        }
    }

    /**
     * A new key's secret, shown once: closing the dialog forgets it.
     *
     * @param description the key's description
     * @param secret      the key itself
     */
    record SecretShown(String description, String secret) implements ChangeDialog {
        @Override
        public String toString() {
            return "SecretShown[" + description + ", <secret>]";
        }
    }

    /**
     * A key was created but the answer carrying its secret was lost (a check found the key): LangSmith never shows
     * a secret twice, so the key is unusable. The dialog says so and offers to revoke it and create one like it;
     * it never resends the create on its own.
     *
     * @param lost    the create-key change whose answer was lost
     * @param keyId   the key the check found
     * @param outcome the outcome in words
     */
    record KeyLost(Mutation lost, java.util.UUID keyId, String outcome) implements ChangeDialog {
        /** The offer to replace this lost key. */
        @Override
        public Object sight() {
            return List.of("lost", keyId);
        }

        @Override
        public boolean sends() {
            return true;
        }

    }

    /**
     * A page of text: the journal of changes, or this session's messages.
     *
     * @param title  the heading
     * @param lines  the text to show
     * @param scroll lines scrolled (clamped to the text when drawn)
     */
    record TextView(String title, List<String> lines, int scroll) implements ChangeDialog {
    }
}
