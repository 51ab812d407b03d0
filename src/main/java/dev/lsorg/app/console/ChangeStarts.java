package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.ChangeForms;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.FormKind;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Status;
import dev.lsorg.app.Verb;
import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.Proposal;
import dev.lsorg.app.rows.Row;
import dev.lsorg.app.rows.RowView;
import dev.lsorg.command.ChangeRouter;
import dev.lsorg.command.Command.Change;
import dev.lsorg.command.CommandParser;
import dev.lsorg.command.CommandSyntaxException;
import dev.lsorg.command.Grammar;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Starts changes from a pane: a change verb opens the form or, for changes that need no input, goes straight to
 * the confirmation of the mutation the factory builds for the selected (or marked) rows; a {@code :} line in the
 * shell's grammar takes the same route through the {@link ChangeRouter}. Never sends anything itself.
 */
final class ChangeStarts {
    private final Supplier<ChangeSupport> support;
    private final Selection selection;
    private final ChangeOffers offers;

    ChangeStarts(Supplier<ChangeSupport> support, Selection selection) {
        this.support = support;
        this.selection = selection;
        this.offers = new ChangeOffers(support);
    }

    /** Runs change verb {@code v} in the pane on screen. */
    void verb(AppState s, Verb v, Out out) {
        if (ChangeOffers.label(v, s.pane()) == null) {
            return;
        }
        if (v == Verb.MARK && s.pane() != PaneId.SECURITY) {
            mark(s, out);
            return;
        }
        Optional<String> why = offers.unavailable(s, v);
        if (why.isPresent()) {
            out.warn(ChangeOffers.label(v, s.pane()) + " is disabled: " + why.get());
            return;
        }
        MutationFactory f = support.get().factory(s).orElseThrow();
        switch (s.pane()) {
            case WORKSPACES -> workspaces(s, f, v, out);
            case MEMBERS -> members(s, f, v, out);
            case WS_MEMBERS -> workspaceMembers(s, f, v, out);
            case API_KEYS -> keys(s, f, v, out);
            case ROLES -> roles(s, f, v, out);
            case SECURITY -> security(s, f, v, out);
            default -> { }
        }
    }

    private void workspaces(AppState s, MutationFactory f, Verb v, Out out) {
        Optional<Row> row = selection.selected(s);
        if (v == Verb.NEW) {
            form(s, f, FormKind.CREATE_WORKSPACE, List.of(), Set.of(), out);
        } else if (row.isPresent() && v == Verb.RENAME) {
            form(s, f, FormKind.RENAME_WORKSPACE, List.of(row.get().id()), Set.of(row.get().id()), out);
        } else if (row.isPresent() && v == Verb.DELETE) {
            confirm(s, f.deleteWorkspace(row.get().id()), Set.of(row.get().id()), out);
        }
    }

    private void members(AppState s, MutationFactory f, Verb v, Out out) {
        if (v == Verb.INVITE) {
            form(s, f, FormKind.INVITE, List.of(), Set.of(), out);
            return;
        }
        List<Row> rows = selection.targets(s);
        long pending = rows.stream().filter(r -> r.source() instanceof OrgPendingIdentity).count();
        if (rows.isEmpty() || (pending > 0 && pending < rows.size())) {
            out.warn(rows.isEmpty() ? "No row selected" : "Mark only members or only pending invites, not both");
            return;
        }
        List<String> emails = rows.stream().map(Row::copy).toList();
        Set<String> ids = ids(rows);
        if (v == Verb.ROLE) {
            form(s, f, pending > 0 ? FormKind.INVITE_ROLE : FormKind.ORG_ROLE, emails, ids, out);
        } else if (v == Verb.DELETE) {
            confirm(s, pending > 0 ? f.revokeInvite(emails) : f.removeFromOrg(emails), ids, out);
        }
    }

    private void workspaceMembers(AppState s, MutationFactory f, Verb v, Out out) {
        if (v == Verb.ADD) {
            form(s, f, FormKind.ADD_TO_WORKSPACE, List.of(), Set.of(), out);
            return;
        }
        List<Row> rows = selection.targets(s);
        List<String> emails = rows.stream().map(Row::copy).toList();
        if (rows.isEmpty()) {
            out.warn("No row selected");
        } else if (v == Verb.ROLE) {
            form(s, f, FormKind.WORKSPACE_ROLE, emails, ids(rows), out);
        } else if (v == Verb.DELETE) {
            confirm(s, f.removeFromWorkspace(String.valueOf(s.workspace()), emails), ids(rows), out);
        }
    }

    private void keys(AppState s, MutationFactory f, Verb v, Out out) {
        if (v == Verb.NEW) {
            form(s, f, FormKind.CREATE_KEY, List.of(), Set.of(), out);
            return;
        }
        List<Row> rows = selection.targets(s);
        List<String> keyIds = rows.stream().map(Row::id).toList();
        long pats = keyIds.stream().filter(id -> ChangeOffers.isPat(s, id)).count();
        if (rows.isEmpty() || (pats > 0 && pats < rows.size())) {
            out.warn(rows.isEmpty() ? "No row selected" : "Mark only service keys or only personal access tokens");
        } else if (v == Verb.ROLE && pats > 0) {
            out.warn("A personal access token acts with its owner's roles: change the owner's role in Members");
        } else if (v == Verb.ROLE) {
            form(s, f, FormKind.KEY_ROLE, keyIds, ids(rows), out);
        } else if (v == Verb.DELETE) {
            confirm(s, pats > 0 ? f.revokePersonalAccessToken(keyIds) : f.revokeKey(keyIds), ids(rows), out);
        }
    }

    // Only custom roles change: a system role's edit is refused before a form opens (the factory refuses it too).
    private void roles(AppState s, MutationFactory f, Verb v, Out out) {
        Optional<Role> role = selection.selected(s).map(r -> (Role) r.source());
        if (v == Verb.NEW) {
            form(s, f, FormKind.CREATE_ROLE, List.of(), Set.of(), out);
        } else if (role.isEmpty()) {
            out.warn("No row selected");
        } else if (v == Verb.RENAME && role.get().organizationId() == null) {
            confirm(s, f.editRole(role.get().displayName(), null, null, null), Set.of(), out);
        } else if (v == Verb.RENAME) {
            form(s, f, FormKind.EDIT_ROLE, List.of(role.get().displayName()), Set.of(role.get().id().toString()),
                    out);
        } else if (v == Verb.DELETE) {
            confirm(s, f.deleteRole(role.get().displayName()), Set.of(role.get().id().toString()), out);
        }
    }

    private void security(AppState s, MutationFactory f, Verb v, Out out) {
        if (v == Verb.UNSHARE) {
            confirm(s, f.unshareAll(), Set.of(), out);
            return;
        }
        var info = s.data().info();
        Optional<Row> row = selection.selected(s);
        Proposal p = switch (row.map(Row::id).orElse("")) {
            case "public-sharing" -> f.setPublicSharing(info.publicSharingDisabled());
            case "pat-creation" -> f.setPatCreation(info.patCreationDisabled());
            case "invites" -> f.setInvites(!info.invitesEnabled());
            default -> null;
        };
        if (p == null) {
            out.warn("Space toggles public sharing, PAT creation and invites; this setting is shown, not changed here");
        } else {
            confirm(s, p, Set.of(row.get().id()), out);
        }
    }

    /** Routes a {@code :} line that is a change command; returns false when it is not one. */
    boolean line(AppState s, String line, Out out) {
        Change change;
        try {
            if (!(new CommandParser().parse(line) instanceof Change c)) {
                return false;
            }
            change = c;
        } catch (CommandSyntaxException e) {
            // A shell verb with bad arguments gets the shell's usage message; an unknown word is not ours.
            String verb = line.strip().split("\\s+", 2)[0];
            if (Grammar.find(verb).isEmpty()) {
                return false;
            }
            out.warn(e.getMessage());
            return true;
        }
        Optional<MutationFactory> f = support.get() == null ? Optional.empty() : support.get().factory(s);
        if (s.keyRejected() != null) {
            out.warn("LangSmith rejected the API key; changes are off until a load succeeds");
        } else if (f.isEmpty()) {
            out.warn("The org is still loading; try again in a moment");
        } else {
            var current = Optional.ofNullable(s.data().workspace(s.workspace()));
            confirm(s, new ChangeRouter(f.get(), current).route(change), Set.of(), out);
        }
        return true;
    }

    private void form(AppState s, MutationFactory f, FormKind kind, List<String> targets, Set<String> rowIds,
                      Out out) {
        // A form for rows a change in flight acts on would start from their state before it lands: not yet.
        Optional<String> wait = s.changes().mustWait(objects(s.pane(), s.pane() == PaneId.ROLES
                ? List.copyOf(rowIds) : targets), out.at());
        if (wait.isPresent()) {
            out.warn(wait.get());
            return;
        }
        out.show(new Overlay.Change(ChangeForms.open(kind, s.pane(), targets, rowIds, f.index(), s.workspace())));
    }

    /** The objects (as {@link dev.lsorg.app.mutation.Check#objects()} names them) of rows of {@code pane}. */
    private static Set<String> objects(PaneId pane, List<String> targets) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : targets) {
            switch (pane) {
                case MEMBERS, WS_MEMBERS -> out.add("person:" + t.toLowerCase(Locale.ROOT));
                case API_KEYS -> out.add("key:" + t);
                case WORKSPACES -> out.add("workspace:" + t);
                case ROLES -> out.add("role:" + t);
                default -> { }
            }
        }
        return out;
    }

    /** Opens the confirmation of {@code p}, or says why it cannot be made (now). */
    static void confirm(AppState s, Proposal p, Set<String> rowIds, Out out) {
        if (p instanceof Proposal.Refused r) {
            out.add(new Action.StatusShown(Status.error("Refused: " + words(r))));
        } else if (s.changes().mustWait(p.mutation().objects(), out.at()).isPresent()) {
            out.warn(s.changes().mustWait(p.mutation().objects(), out.at()).get());
        } else {
            out.show(new Overlay.Change(new ChangeDialog.Confirm(p.mutation(), null, s.pane(), rowIds, "", false,
                    0)));
        }
    }

    // "mode:", "permission:" and "plan:" add nothing to the sentence after them; other fields name what to fix.
    private static String words(Proposal.Refused r) {
        return String.join("; ", r.problems().stream().map(p -> p.field().equals("mode")
                || p.field().equals("permission") || p.field().equals("plan") ? p.reason() : p.toString()).toList());
    }

    private void mark(AppState s, Out out) {
        selection.selected(s).ifPresent(r -> out.add(new Action.MarkToggled(s.pane(), r.id())));
        // Marking moves on, so Space Space Space marks a run of rows.
        RowView view = selection.view(s, s.pane());
        int next = Selection.index(s, s.pane(), view) + 1;
        if (next < view.size()) {
            out.add(new Action.RowSelected(s.pane(), view.at(next).id()));
        }
    }

    private static Set<String> ids(List<Row> rows) {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(r.id()));
        return out;
    }
}
