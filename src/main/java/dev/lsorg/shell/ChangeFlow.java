package dev.lsorg.shell;

import dev.lsorg.command.ChangeRouter;
import dev.lsorg.command.Command;
import dev.lsorg.app.mutation.Confirmation;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.Outcome;
import dev.lsorg.app.mutation.Proposal;
import dev.lsorg.cli.ExitCodes;
import dev.lsorg.text.Sanitizer;
import java.io.PrintWriter;

/**
 * The shell's confirmation step for one change: show the {@link Mutation} (words, effective access, warnings,
 * targets, scope, exact requests), ask {@code y/N} or for the typed text when it cannot be undone or could lock you
 * out, run it once, report the outcome in words (a lost answer is checked by reading the org, never resent) and
 * reload the org (or, loading on demand, forget it) so later commands see the server's truth.
 */
final class ChangeFlow {
    /** Exit code for a change that was not confirmed: nothing was sent, but the script's intent was not met. */
    static final int CANCELLED = ExitCodes.FINDINGS;

    private final ShellSession session;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Prompter prompter;

    ChangeFlow(ShellSession session, PrintWriter out, PrintWriter err, Prompter prompter) {
        this.session = session;
        this.out = out;
        this.err = err;
        this.prompter = prompter;
    }

    int run(Command.Change change) {
        Proposal proposal = new ChangeRouter(session.factory(), session.workspace()).route(change);
        if (proposal instanceof Proposal.Refused refused) {
            refused.problems().forEach(p -> err.println("refused: " + Sanitizer.message(p.toString())));
            return ExitCodes.USAGE;
        }
        Mutation mutation = proposal.mutation();
        out.print(mutation.describe());
        if (session.dryRun()) {
            out.println("(dry run: the request will be recorded in the journal, not sent)");
        }
        out.flush();
        return send(mutation, confirmation(mutation, change.guard()));
    }

    private int send(Mutation mutation, Confirmation answer) {
        if (!answer.confirms()) {
            out.println("Cancelled; nothing was sent.");
            return CANCELLED;
        }
        return report(ShellSession.await(session.runner().run(answer, (m, why) -> {
            out.println("The outcome is unknown: " + why + ". Checking the org to learn what happened…");
            out.flush();
        })));
    }

    private Confirmation confirmation(Mutation m, Command.Guard guard) {
        if (m.typedConfirmation()) {
            if (guard.confirm() != null) {
                return check(m, guard.confirm());
            }
            String why = m.destructive() ? "This cannot be undone." : "Read the warning above.";
            return check(m, prompter.ask(why + " Type '" + m.confirmText() + "' to confirm: "));
        }
        if (guard.yes() || session.yes()) {
            return Confirmation.yes(m);
        }
        String answer = prompter.ask("Send it? [y/N] ");
        boolean yes = answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
        return new Confirmation(m, yes ? answer.strip() : null);
    }

    private Confirmation check(Mutation m, String typed) {
        Confirmation c = new Confirmation(m, typed == null ? null : typed.strip());
        if (!c.confirms() && typed != null && !typed.isBlank()) {
            err.println("'" + Sanitizer.line(typed.strip()) + "' does not match '" + Sanitizer.line(m.confirmText())
                    + "'.");
        }
        return c;
    }

    private int report(Outcome outcome) {
        (outcome.ok() ? out : err).println(Sanitizer.message(outcome.message()));
        outcome.secret().ifPresent(secret -> {
            out.println("New key (shown once, it cannot be shown again; store it now): "
                    + Sanitizer.escape(secret));
        });
        out.flush();
        err.flush();
        if (outcome.status() != Outcome.Status.DRY_RUN) {
            reloadQuietly();
        }
        int code = outcome.ok() || outcome.status() == Outcome.Status.ALREADY_RUN ? ExitCodes.OK : ExitCodes.API;
        return outcome.lostKey().map(id -> replaceLostKey(id, outcome.mutation())).orElse(code);
    }

    // The secret of a key found after a lost answer can never be shown: offer its replacement, never a resend.
    private int replaceLostKey(java.util.UUID keyId, Mutation lost) {
        out.println("The key " + keyId + " exists, but its secret was lost with the answer and LangSmith never"
                + " shows it again: nothing can use this key.");
        Proposal p = session.factory().replaceLostKey(keyId, lost);
        if (p instanceof Proposal.Refused refused) {
            refused.problems().forEach(pr -> err.println("refused: " + pr));
            return ExitCodes.API;
        }
        out.print(p.mutation().describe());
        String answer = prompter.ask("Revoke it and create a new key like it? [y/N] ");
        if (answer == null || !(answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"))) {
            out.println("Kept it. To replace it later: revoke " + keyId + ", then create the key again.");
            return ExitCodes.API;
        }
        return send(p.mutation(), Confirmation.yes(p.mutation()));
    }

    private void reloadQuietly() {
        try {
            session.forget();
        } catch (RuntimeException e) {
            err.println("warning: could not reload the org: " + Sanitizer.message(e.getMessage()));
        }
    }
}
