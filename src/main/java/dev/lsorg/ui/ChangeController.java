package dev.lsorg.ui;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeDialog;
import dev.lsorg.app.ChangeForms;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.FormKind;
import dev.lsorg.app.Overlay;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.Status;
import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.Proposal;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.shell.ChangeRouter;
import dev.lsorg.shell.Command.Change;
import dev.lsorg.shell.ShellCommandParser;
import dev.lsorg.shell.ShellGrammar;
import dev.lsorg.shell.ShellSyntaxException;
import dev.lsorg.ui.pane.Panes;
import dev.lsorg.ui.render.Row;
import dev.lsorg.ui.render.RowView;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Starts changes from the table: a change key opens the form or, for changes that need no input, goes straight to
 * the confirmation of the mutation the factory builds for the selected (or marked) rows; the {@code :} line's change
 * commands take the same route through the shell's {@link ChangeRouter}. Never sends anything itself.
 */
final class ChangeController {
    private final Supplier<ChangeSupport> support;
    private final ChangeKeys changeKeys;
    private final Panes panes;
    private final Clock clock;
    private final Consumer<Action> out;

    ChangeController(Supplier<ChangeSupport> support, ChangeKeys changeKeys, Panes panes, Clock clock,
                     Consumer<Action> out) {
        this.support = support;
        this.changeKeys = changeKeys;
        this.panes = panes;
        this.clock = clock;
        this.out = out;
    }

    /** Runs change key {@code c} in the current pane. */
    void command(AppState s, Command c) {
        if (ChangeKeys.label(c, s.pane()) == null) {
            return;
        }
        if (c == Command.MARK && s.pane() != PaneId.SECURITY) {
            mark(s);
            return;
        }
        Optional<String> why = changeKeys.unavailable(s, c);
        if (why.isPresent()) {
            warn(s, ChangeKeys.label(c, s.pane()) + " is disabled: " + why.get());
            return;
        }
        MutationFactory f = support.get().factory(s).orElseThrow();
        switch (s.pane()) {
            case WORKSPACES -> workspaces(s, f, c);
            case MEMBERS -> members(s, f, c);
            case WS_MEMBERS -> workspaceMembers(s, f, c);
            case API_KEYS -> keys(s, f, c);
            case ROLES -> roles(s, f, c);
            case SECURITY -> security(s, f, c);
            default -> { }
        }
    }

    private void workspaces(AppState s, MutationFactory f, Command c) {
        Optional<Row> row = selected(s);
        if (c == Command.NEW) {
            form(s, f, FormKind.CREATE_WORKSPACE, List.of(), Set.of());
        } else if (row.isPresent() && c == Command.RENAME) {
            form(s, f, FormKind.RENAME_WORKSPACE, List.of(row.get().id()), Set.of(row.get().id()));
        } else if (row.isPresent() && c == Command.DELETE) {
            confirm(s, f.deleteWorkspace(row.get().id()), Set.of(row.get().id()));
        }
    }

    private void members(AppState s, MutationFactory f, Command c) {
        if (c == Command.INVITE) {
            form(s, f, FormKind.INVITE, List.of(), Set.of());
            return;
        }
        List<Row> rows = targets(s);
        long pending = rows.stream().filter(r -> r.source() instanceof OrgPendingIdentity).count();
        if (rows.isEmpty() || (pending > 0 && pending < rows.size())) {
            warn(s, rows.isEmpty() ? "No row selected" : "Mark only members or only pending invites, not both");
            return;
        }
        List<String> emails = rows.stream().map(Row::copy).toList();
        Set<String> ids = ids(rows);
        if (c == Command.ROLE) {
            form(s, f, pending > 0 ? FormKind.INVITE_ROLE : FormKind.ORG_ROLE, emails, ids);
        } else if (c == Command.DELETE) {
            confirm(s, pending > 0 ? f.revokeInvite(emails) : f.removeFromOrg(emails), ids);
        }
    }

    private void workspaceMembers(AppState s, MutationFactory f, Command c) {
        if (c == Command.ADD) {
            form(s, f, FormKind.ADD_TO_WORKSPACE, List.of(), Set.of());
            return;
        }
        List<Row> rows = targets(s);
        List<String> emails = rows.stream().map(Row::copy).toList();
        if (rows.isEmpty()) {
            warn(s, "No row selected");
        } else if (c == Command.ROLE) {
            form(s, f, FormKind.WORKSPACE_ROLE, emails, ids(rows));
        } else if (c == Command.DELETE) {
            confirm(s, f.removeFromWorkspace(String.valueOf(s.workspace()), emails), ids(rows));
        }
    }

    private void keys(AppState s, MutationFactory f, Command c) {
        if (c == Command.NEW) {
            form(s, f, FormKind.CREATE_KEY, List.of(), Set.of());
            return;
        }
        List<Row> rows = targets(s);
        List<String> keyIds = rows.stream().map(Row::id).toList();
        long pats = keyIds.stream().filter(id -> ChangeKeys.isPat(s, id)).count();
        if (rows.isEmpty() || (pats > 0 && pats < rows.size())) {
            warn(s, rows.isEmpty() ? "No row selected" : "Mark only service keys or only personal access tokens");
        } else if (c == Command.ROLE && pats > 0) {
            warn(s, "A personal access token acts with its owner's roles: change the owner's role in Members");
        } else if (c == Command.ROLE) {
            form(s, f, FormKind.KEY_ROLE, keyIds, ids(rows));
        } else if (c == Command.DELETE) {
            confirm(s, pats > 0 ? f.revokePersonalAccessToken(keyIds) : f.revokeKey(keyIds), ids(rows));
        }
    }

    // Only custom roles change: a system role's edit is refused before a form opens (the factory refuses it too).
    private void roles(AppState s, MutationFactory f, Command c) {
        Optional<Role> role = selected(s).map(r -> (Role) r.source());
        if (c == Command.NEW) {
            form(s, f, FormKind.CREATE_ROLE, List.of(), Set.of());
        } else if (role.isEmpty()) {
            warn(s, "No row selected");
        } else if (c == Command.RENAME && role.get().organizationId() == null) {
            confirm(s, f.editRole(role.get().displayName(), null, null, null), Set.of());
        } else if (c == Command.RENAME) {
            form(s, f, FormKind.EDIT_ROLE, List.of(role.get().displayName()), Set.of(role.get().id().toString()));
        } else if (c == Command.DELETE) {
            confirm(s, f.deleteRole(role.get().displayName()), Set.of(role.get().id().toString()));
        }
    }

    private void security(AppState s, MutationFactory f, Command c) {
        if (c == Command.UNSHARE) {
            confirm(s, f.unshareAll(), Set.of());
            return;
        }
        var info = s.data().info();
        Proposal p = switch (selected(s).map(Row::id).orElse("")) {
            case "public-sharing" -> f.setPublicSharing(info.publicSharingDisabled());
            case "pat-creation" -> f.setPatCreation(info.patCreationDisabled());
            case "invites" -> f.setInvites(!info.invitesEnabled());
            default -> null;
        };
        if (p == null) {
            warn(s, "Space toggles public sharing, PAT creation and invites; this setting is shown, not changed here");
        } else {
            confirm(s, p, Set.of(selected(s).get().id()));
        }
    }

    /** Routes a {@code :} line that is a change command; returns false when it is not one. */
    boolean line(AppState s, String line) {
        Change change;
        try {
            if (!(new ShellCommandParser().parse(line) instanceof Change c)) {
                return false;
            }
            change = c;
        } catch (ShellSyntaxException e) {
            // A shell verb with bad arguments gets the shell's usage message; an unknown word is not ours.
            String verb = line.strip().split("\\s+", 2)[0];
            if (ShellGrammar.find(verb).isEmpty()) {
                return false;
            }
            warn(s, e.getMessage());
            return true;
        }
        Optional<MutationFactory> f = support.get() == null ? Optional.empty() : support.get().factory(s);
        if (s.keyRejected() != null) {
            warn(s, "LangSmith rejected the API key; changes are off until a load succeeds");
            return true;
        }
        if (f.isEmpty()) {
            warn(s, "The org is still loading; try again in a moment");
            return true;
        }
        var current = Optional.ofNullable(s.data().workspace(s.workspace()));
        confirm(s, new ChangeRouter(f.get(), current).route(change), Set.of());
        return true;
    }

    private void form(AppState s, MutationFactory f, FormKind kind, List<String> targets, Set<String> rowIds) {
        // A form for rows a change in flight acts on would start from their state before it lands: not yet.
        Optional<String> wait = s.changes().mustWait(objects(s.pane(), s.pane() == PaneId.ROLES ? List.copyOf(rowIds)
                : targets), clock.instant());
        if (wait.isPresent()) {
            warn(s, wait.get());
            return;
        }
        out.accept(new Action.OverlayChanged(new Overlay.Change(ChangeForms.open(kind, s.pane(), targets, rowIds,
                f.index(), s.workspace()))));
    }

    /** The objects (as {@link dev.lsorg.app.mutation.Check#objects()} names them) of rows of {@code pane}. */
    private static Set<String> objects(PaneId pane, List<String> targets) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : targets) {
            switch (pane) {
                case MEMBERS, WS_MEMBERS -> out.add("person:" + t.toLowerCase(java.util.Locale.ROOT));
                case API_KEYS -> out.add("key:" + t);
                case WORKSPACES -> out.add("workspace:" + t);
                case ROLES -> out.add("role:" + t);
                default -> { }
            }
        }
        return out;
    }

    private void confirm(AppState s, Proposal p, Set<String> rowIds) {
        if (p instanceof Proposal.Refused r) {
            out.accept(new Action.StatusShown(Status.error("Refused: " + words(r))));
        } else if (s.changes().mustWait(p.mutation().objects(), clock.instant()).isPresent()) {
            warn(s, s.changes().mustWait(p.mutation().objects(), clock.instant()).get());
        } else {
            out.accept(new Action.OverlayChanged(new Overlay.Change(new ChangeDialog.Confirm(p.mutation(), null,
                    s.pane(), rowIds, "", false, 0))));
        }
    }

    // "mode:", "permission:" and "plan:" add nothing to the sentence after them; other fields name what to fix.
    private static String words(Proposal.Refused r) {
        return String.join("; ", r.problems().stream().map(p -> p.field().equals("mode")
                || p.field().equals("permission") || p.field().equals("plan") ? p.reason() : p.toString()).toList());
    }

    private void mark(AppState s) {
        selected(s).ifPresent(r -> out.accept(new Action.MarkToggled(s.pane(), r.id())));
        // Marking moves on, so Space Space Space marks a run of rows.
        RowView view = panes.view(s, s.pane());
        int next = TableView.selectedIndex(s, s.pane(), view) + 1;
        if (next < view.size()) {
            out.accept(new Action.RowSelected(s.pane(), view.at(next).id()));
        }
    }

    /** The marked rows still on screen, else the selected row. */
    private List<Row> targets(AppState s) {
        RowView view = panes.view(s, s.pane());
        Set<String> marked = s.changes().marked(s.pane());
        List<Row> rows = view.rows().stream().filter(r -> marked.contains(r.id())).toList();
        return rows.isEmpty() ? selected(s).map(List::of).orElse(List.of()) : rows;
    }

    private Optional<Row> selected(AppState s) {
        RowView view = panes.view(s, s.pane());
        return Optional.ofNullable(view.size() == 0 ? null : view.at(TableView.selectedIndex(s, s.pane(), view)));
    }

    private static Set<String> ids(List<Row> rows) {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(r.id()));
        return out;
    }

    private void warn(AppState s, String text) {
        out.accept(new Action.StatusShown(Status.warn(text, clock.instant())));
    }
}
