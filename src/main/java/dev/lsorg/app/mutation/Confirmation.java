package dev.lsorg.app.mutation;

import java.util.Objects;

/**
 * A person's answer to one proposed change: the {@link Mutation} and what they typed or answered to confirm it.
 * It is the only thing {@link MutationRunner} runs, and the runner checks it again, so no path (console, shell,
 * apply, a future caller) can send a change that was not confirmed: a normal change needs an answer, a destructive
 * one the exact text it asks for.
 *
 * @param mutation the change
 * @param answer   what was typed to confirm it ({@code "y"}, the confirm text), or null when nothing was
 */
public record Confirmation(Mutation mutation, String answer) {
    public Confirmation {
        Objects.requireNonNull(mutation, "mutation");
    }

    /** A "yes" to a normal change (it does not confirm a destructive one, which needs its text typed). */
    public static Confirmation yes(Mutation mutation) {
        return new Confirmation(mutation, "y");
    }

    /** Whether the answer confirms the change. */
    public boolean confirms() {
        return answer != null && mutation.confirmedBy(answer);
    }

    /** Why it does not confirm the change, in words. */
    public String whyNot() {
        return mutation.typedConfirmation() ? "not confirmed: type '" + mutation.confirmText() + "' to confirm"
                : "not confirmed";
    }
}
