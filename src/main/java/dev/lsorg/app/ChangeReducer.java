package dev.lsorg.app;

import dev.lsorg.app.mutation.MutationKind;
import dev.lsorg.app.mutation.Outcome;
import dev.lsorg.app.mutation.Problem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The reducer's rules for the change flow: a confirmed change is sent once (a second confirm while it runs is
 * ignored), its rows spin and its pane's auto-refresh pauses until the answer, then the outcome is shown (a new
 * key's secret in its own dialog, a failure in words with the form's input kept) and the panes it touched reload.
 */
final class ChangeReducer {
    private ChangeReducer() {
    }

    static Step reduce(AppState s, Action.ChangeEvent e) {
        if (e instanceof Action.MarkToggled m) {
            return Step.of(s.withChanges(s.changes().toggled(m.pane(), m.rowId())));
        } else if (e instanceof Action.ChangeConfirmed c) {
            return confirmed(s, c);
        } else if (e instanceof Action.ChangeFinished f) {
            return finished(s, f);
        } else if (e instanceof Action.JournalRequested) {
            return Step.of(s, new Effect.ReadJournal());
        } else if (e instanceof Action.JournalLoaded j) {
            return Step.of(s.withOverlay(new Overlay.Change(new ChangeDialog.JournalView(j.lines(), 0))));
        }
        throw new IllegalArgumentException("unhandled change event " + e.getClass().getSimpleName());
    }

    private static Step confirmed(AppState s, Action.ChangeConfirmed c) {
        ChangeDialog.Confirm confirm = c.confirm();
        if (s.changes().running() != null || !confirm.armed()) {
            // One change at a time, and never an unconfirmed one: the extra key press sends nothing.
            return Step.of(s);
        }
        ChangeState.Running r = new ChangeState.Running(confirm.mutation().id(), confirm.pane(), confirm.rowIds(),
                c.at());
        AppState next = s.withChanges(s.changes().running(r)).withOverlay(Overlay.NONE)
                .withStatus(new Status(Status.Level.INFO, "Sending: " + confirm.mutation().title(), null));
        return Step.of(next, new Effect.RunMutation(confirm, c.orgLabel()));
    }

    private static Step finished(AppState s, Action.ChangeFinished f) {
        Outcome o = f.outcome();
        ChangeDialog.Confirm confirm = f.confirm();
        AppState next = s.withChanges(s.changes().running(null));
        if (o.status() == Outcome.Status.DRY_RUN) {
            return Step.of(next.withChanges(next.changes().cleared(confirm.pane()))
                    .withStatus(Status.info("Dry run: recorded in the journal, not sent: "
                            + confirm.mutation().title(), f.at())));
        }
        if (o.status() == Outcome.Status.OK) {
            next = next.withChanges(next.changes().cleared(confirm.pane()))
                    .withStatus(Status.info(o.message(), f.at()));
            next = o.secret().map(secret -> (Overlay) new Overlay.Change(new ChangeDialog.SecretShown(
                    confirm.mutation().targets().get(0), secret))).map(next::withOverlay).orElse(next);
        } else {
            next = failed(next, confirm, o, f.at());
        }
        return reload(next, affected(confirm.mutation().kind()), f.at());
    }

    // A load that left before the change answered may hold the old truth: forget it and ask again.
    private static Step reload(AppState s, Set<Resource> what, java.time.Instant at) {
        for (Resource r : what) {
            if (s.load(r).loading()) {
                s = s.withLoad(r, s.load(r).abandoned(s.nextSeq())).withNextSeq(s.nextSeq() + 1);
            }
        }
        return Loads.request(s, what, at);
    }

    // The server's reasons go back into the form, so the input can be fixed and confirmed again.
    private static AppState failed(AppState s, ChangeDialog.Confirm confirm, Outcome o, java.time.Instant at) {
        String words = String.join("; ", o.failures().isEmpty() ? List.of(o.message()) : o.failures());
        // Not an ERROR line: the refresh that follows would clear that at once, and the reason must stay readable.
        AppState next = s.withStatus(new Status(Status.Level.WARN, (o.status() == Outcome.Status.PARTIAL
                ? "Partly done: " : "Failed: ") + words, at.plusSeconds(60)));
        if (confirm.form() != null && o.status() != Outcome.Status.ALREADY_RUN) {
            List<Problem> problems = ServerReasons.problems(o.failures(), confirm.form().fields());
            return next.withOverlay(new Overlay.Change(confirm.form().withProblems(problems)));
        }
        return next;
    }

    /** What to reload after a change of {@code kind}, so the panes show the server's truth. */
    static Set<Resource> affected(MutationKind kind) {
        return switch (kind) {
            case CREATE_WORKSPACE, RENAME_WORKSPACE, DELETE_WORKSPACE -> EnumSet.of(Resource.WORKSPACES,
                    Resource.MEMBERSHIPS, Resource.INFO);
            case INVITE, CHANGE_ORG_ROLE, REMOVE_FROM_ORG, CHANGE_INVITE_ROLE, REVOKE_INVITE -> EnumSet.of(
                    Resource.MEMBERS, Resource.WS_MEMBERS, Resource.MEMBERSHIPS, Resource.INFO);
            case ADD_TO_WORKSPACE, CHANGE_WORKSPACE_ROLE, REMOVE_FROM_WORKSPACE -> EnumSet.of(Resource.WS_MEMBERS,
                    Resource.MEMBERSHIPS);
            case CREATE_KEY, CHANGE_KEY_ROLE, REVOKE_KEY, REVOKE_PAT -> EnumSet.of(Resource.KEYS);
            case SET_PUBLIC_SHARING, SET_PAT_CREATION, SET_INVITES, UNSHARE_ALL -> EnumSet.of(Resource.INFO);
        };
    }
}
