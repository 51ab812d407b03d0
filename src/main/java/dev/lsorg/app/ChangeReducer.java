package dev.lsorg.app;

import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.app.mutation.MutationKind;
import dev.lsorg.app.mutation.Outcome;
import dev.lsorg.app.mutation.Problem;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reducer's rules for the change flow: a confirmed change is sent once (a second confirm is ignored, and a
 * change to an object another change in flight acts on is refused, naming that change); its rows spin and its
 * pane's auto-refresh pauses until the answer; a lost answer shows as "unknown, checking…" while the org is read
 * again; then the outcome stays on the status line (a new key's secret in its own dialog, a refusal in words with
 * the form's input kept, a key whose secret was lost with an offer to replace it) and the panes it touched reload.
 */
final class ChangeReducer {
    private ChangeReducer() {
    }

    static Step reduce(AppState s, Action.ChangeEvent e) {
        if (e instanceof Action.MarkToggled m) {
            return Step.of(s.withChanges(s.changes().toggled(m.pane(), m.rowId())));
        } else if (e instanceof Action.ChangeConfirmed c) {
            return confirmed(s, c);
        } else if (e instanceof Action.ChangeChecking c) {
            return checking(s, c);
        } else if (e instanceof Action.ChangeFinished f) {
            return finished(s, f);
        } else if (e instanceof Action.JournalRequested) {
            return Step.of(s, new Effect.ReadJournal());
        } else if (e instanceof Action.JournalLoaded j) {
            return Step.of(s.withOverlay(new Overlay.Change(new ChangeDialog.TextView("Journal of changes",
                    j.lines(), 0))));
        }
        throw new IllegalArgumentException("unhandled change event " + e.getClass().getSimpleName());
    }

    private static Step confirmed(AppState s, Action.ChangeConfirmed c) {
        ChangeDialog.Confirm confirm = c.confirm();
        Mutation m = confirm.mutation();
        if (s.changes().find(m.id()).isPresent() || !confirm.armed()) {
            // Never twice, and never an unconfirmed one: the extra key press sends nothing.
            return Step.of(s);
        }
        Optional<String> wait = s.changes().mustWait(m.objects(), c.at());
        if (wait.isPresent()) {
            return Step.of(s.withOverlay(Overlay.NONE).say(Status.warn(wait.get(), c.at()), false));
        }
        ChangeState.Running r = new ChangeState.Running(m.id(), m.title(), m.objects(), confirm.pane(),
                confirm.rowIds(), c.at(), ChangeState.Phase.SENDING, Set.of());
        AppState next = s.withChanges(s.changes().with(r)).withOverlay(Overlay.NONE)
                .say(Status.result(Status.Level.INFO, "Sending: " + m.title()), false);
        return Step.of(next, new Effect.RunMutation(confirm, c.orgLabel()));
    }

    private static Step checking(AppState s, Action.ChangeChecking c) {
        return s.changes().find(c.mutationId()).map(r -> Step.of(s.withChanges(s.changes().with(
                r.in(ChangeState.Phase.CHECKING, Set.of()))).say(Status.result(Status.Level.WARN,
                "Unknown, checking…: " + r.title() + " (" + c.why() + "); reading the org to learn what happened"),
                false))).orElse(Step.of(s));
    }

    private static Step finished(AppState s, Action.ChangeFinished f) {
        Outcome o = f.outcome();
        ChangeDialog.Confirm confirm = f.confirm();
        List<UUID> lists = memberListsOf(s, confirm.mutation());
        Set<Resource> reload = narrowed(s, affected(confirm.mutation().kind()), lists);
        AppState next = s.withChanges(s.changes().find(confirm.mutation().id())
                .map(r -> s.changes().with(r.in(ChangeState.Phase.RELOADING, reload)))
                .orElse(s.changes()));
        if (o.status() == Outcome.Status.DRY_RUN) {
            return Step.of(next.withChanges(next.changes().without(confirm.mutation().id())
                    .cleared(confirm.pane())).say(Status.result(Status.Level.INFO, "Dry run: recorded in the"
                    + " journal, not sent: " + confirm.mutation().title()), false));
        }
        if (o.status() == Outcome.Status.ALREADY_RUN || o.status() == Outcome.Status.NOT_CONFIRMED
                || o.status() == Outcome.Status.NOT_SENT) {
            return Step.of(next.withChanges(next.changes().without(confirm.mutation().id()))
                    .say(Status.result(Status.Level.WARN, o.message()), false));
        }
        next = shown(next, confirm, o);
        return reload(next, reload, lists, f.at());
    }

    // Each outcome stays until dismissed; a refusal reopens the form; a lost answer never offers a plain resend.
    private static AppState shown(AppState s, ChangeDialog.Confirm confirm, Outcome o) {
        Status.Level level = switch (o.status()) {
            case DONE -> o.checked() ? Status.Level.WARN : Status.Level.INFO;
            case UNKNOWN, PARTIAL -> Status.Level.ERROR;
            default -> Status.Level.WARN;
        };
        AppState next = s.say(Status.result(level, o.message()), false);
        if (o.ok()) {
            next = next.withChanges(next.changes().cleared(confirm.pane())).withLanding(landing(confirm));
        }
        if (o.secret().isPresent()) {
            return next.withOverlay(new Overlay.Change(new ChangeDialog.SecretShown(
                    confirm.mutation().targets().get(0), o.secret().get())));
        }
        if (o.lostKey().isPresent()) {
            return next.withOverlay(new Overlay.Change(new ChangeDialog.KeyLost(confirm.mutation(),
                    o.lostKey().get(), o.message())));
        }
        if (confirm.form() != null && o.refused()) {
            List<Problem> problems = ServerReasons.problems(o.failures(), confirm.form().fields());
            return next.withOverlay(new Overlay.Change(confirm.form().withProblems(problems)));
        }
        if (o.refused() && s.overlay() instanceof Overlay.None) {
            return next.withOverlay(new Overlay.Change(refusal(confirm.mutation().title(), o.failures())));
        }
        return next;
    }

    /**
     * A refusal with no form to reopen, in full: the status line cuts a long reason (a role "in use by 43 workspace
     * members and 1 API key") at the screen's width, and the reason is what the user needs to read.
     */
    private static ChangeDialog.TextView refusal(String title, List<String> reasons) {
        List<String> lines = new java.util.ArrayList<>(List.of("LangSmith refused it; nothing was changed.", ""));
        lines.addAll(reasons);
        lines.addAll(List.of("", "Esc closes this; :messages shows it again."));
        return new ChangeDialog.TextView("Refused: " + title, lines, 0);
    }

    /**
     * The workspaces whose member lists a change to one workspace's members ({@code m}) can alter, when they can be
     * read again on their own; else null, and every list is read again as {@link #affected} says.
     */
    private static List<UUID> memberListsOf(AppState s, Mutation m) {
        boolean oneWorkspace = switch (m.kind()) {
            case ADD_TO_WORKSPACE, CHANGE_WORKSPACE_ROLE, REMOVE_FROM_WORKSPACE -> m.workspaceId() != null;
            default -> false;
        };
        return oneWorkspace && Loads.canReloadSome(s) ? List.of(m.workspaceId()) : null;
    }

    /**
     * {@code all} narrowed to the member lists of {@code lists} (null: not narrowed): the workspace on screen's list
     * comes with {@link Resource#WS_MEMBERS}, another's alone as {@link Resource#ALL_WS_MEMBERS}; the rest stay.
     */
    private static Set<Resource> narrowed(AppState s, Set<Resource> all, List<UUID> lists) {
        if (lists == null) {
            return all;
        }
        Set<Resource> out = EnumSet.copyOf(all);
        boolean shown = lists.size() == 1 && lists.get(0).equals(s.workspace());
        out.remove(shown ? Resource.ALL_WS_MEMBERS : Resource.WS_MEMBERS);
        return out;
    }

    // A load that left before the change answered may hold the old truth: forget it and ask again. With lists,
    // ALL_WS_MEMBERS reads only theirs (see memberListsOf).
    private static Step reload(AppState s, Set<Resource> what, List<UUID> lists, Instant at) {
        for (Resource r : what) {
            if (s.load(r).loading()) {
                s = s.withLoad(r, s.load(r).abandoned(s.nextSeq())).withNextSeq(s.nextSeq() + 1);
            }
        }
        Step step = lists == null || !what.contains(Resource.ALL_WS_MEMBERS) ? Loads.request(s, what, at)
                : some(s, what, lists, at);
        // A resource that cannot be asked for now settles at once, so no change waits on it for ever.
        AppState next = step.state();
        for (Resource r : what) {
            if (!next.load(r).loading()) {
                next = next.withChanges(next.changes().reloaded(r));
            }
        }
        return new Step(next, step.effects());
    }

    private static Step some(AppState s, Set<Resource> what, List<UUID> lists, Instant at) {
        Set<Resource> rest = EnumSet.copyOf(what);
        rest.remove(Resource.ALL_WS_MEMBERS);
        Step step = Loads.request(s, rest, at);
        Step members = Loads.requestMembersOf(step.state(), lists, at);
        List<Effect> effects = new java.util.ArrayList<>(step.effects());
        effects.addAll(members.effects());
        return new Step(members.state(), List.copyOf(effects));
    }

    /**
     * After a load of {@code resource} numbered {@code seq} was applied as {@code step}: a change waiting for it to
     * reload is settled once it has (a stale answer settles nothing).
     */
    static Step reloaded(AppState before, Resource resource, long seq, Step step) {
        LoadState ls = before.load(resource);
        if (seq != ls.seq() || !ls.loading() || step.state().changes().idle()) {
            return step;
        }
        return new Step(step.state().withChanges(step.state().changes().reloaded(resource)), step.effects());
    }

    /**
     * Where the selection goes after {@code confirm} succeeded: the row it created or changed (by its name, email or
     * description; a renamed workspace by its new name), once its pane has reloaded; null after a removal.
     */
    private static Landing landing(ChangeDialog.Confirm confirm) {
        Mutation m = confirm.mutation();
        return switch (m.kind()) {
            case DELETE_WORKSPACE, REMOVE_FROM_ORG, REVOKE_INVITE, REMOVE_FROM_WORKSPACE, REVOKE_KEY, REVOKE_PAT,
                    DELETE_ROLE, UNSHARE_ALL, REPLACE_KEY -> null;
            case RENAME_WORKSPACE, EDIT_ROLE -> confirm.form() == null || confirm.form().value("name").isBlank()
                    ? new Landing(confirm.pane(), m.targets())
                    : new Landing(confirm.pane(), List.of(confirm.form().value("name").strip()));
            default -> new Landing(confirm.pane(), m.targets());
        };
    }

    /** What to reload after a change of {@code kind}, so the panes show the server's truth. */
    static Set<Resource> affected(MutationKind kind) {
        return switch (kind) {
            case CREATE_WORKSPACE, RENAME_WORKSPACE, DELETE_WORKSPACE -> EnumSet.of(Resource.WORKSPACES,
                    Resource.ALL_WS_MEMBERS, Resource.INFO);
            case INVITE, CHANGE_ORG_ROLE, REMOVE_FROM_ORG, CHANGE_INVITE_ROLE, REVOKE_INVITE -> EnumSet.of(
                    Resource.MEMBERS, Resource.WS_MEMBERS, Resource.ALL_WS_MEMBERS, Resource.INFO);
            case ADD_TO_WORKSPACE, CHANGE_WORKSPACE_ROLE, REMOVE_FROM_WORKSPACE -> EnumSet.of(Resource.WS_MEMBERS,
                    Resource.ALL_WS_MEMBERS);
            case CREATE_KEY, CHANGE_KEY_ROLE, REVOKE_KEY, REPLACE_KEY, REVOKE_PAT -> EnumSet.of(Resource.KEYS);
            case SET_PUBLIC_SHARING, SET_PAT_CREATION, SET_INVITES, UNSHARE_ALL -> EnumSet.of(Resource.INFO);
            // Every pane names roles by id through the role list: reloading it renames them everywhere.
            case CREATE_ROLE, EDIT_ROLE, DELETE_ROLE -> EnumSet.of(Resource.ROLES);
        };
    }
}
