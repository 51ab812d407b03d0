package dev.lsorg.ui;

import dev.lsorg.app.AppState;
import dev.lsorg.app.ChangeSupport;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.mutation.MutationKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The change keys as data: the bindings (all marked mutating, so read-only mode drops them from dispatch, hints
 * and help), what each does in which pane, and whether the key's permissions allow it, so a key the API key may not
 * use is drawn disabled with its reason instead of being offered and then refused.
 */
final class ChangeKeys {
    private static final Map<PaneId, Map<Command, String>> LABELS = Map.of(
            PaneId.WORKSPACES, Map.of(Command.NEW, "new", Command.RENAME, "rename", Command.DELETE, "delete"),
            PaneId.MEMBERS, Map.of(Command.INVITE, "invite", Command.ROLE, "role", Command.DELETE, "remove",
                    Command.MARK, "mark"),
            PaneId.WS_MEMBERS, Map.of(Command.ADD, "add", Command.ROLE, "role", Command.DELETE, "remove",
                    Command.MARK, "mark"),
            PaneId.API_KEYS, Map.of(Command.NEW, "new", Command.ROLE, "role", Command.DELETE, "revoke",
                    Command.MARK, "mark"),
            PaneId.ROLES, Map.of(Command.NEW, "new", Command.RENAME, "edit", Command.DELETE, "delete"),
            PaneId.SECURITY, Map.of(Command.MARK, "toggle", Command.UNSHARE, "unshare"));
    private static final Map<PaneId, Map<Command, MutationKind>> KINDS = Map.of(
            PaneId.WORKSPACES, Map.of(Command.NEW, MutationKind.CREATE_WORKSPACE, Command.RENAME,
                    MutationKind.RENAME_WORKSPACE, Command.DELETE, MutationKind.DELETE_WORKSPACE),
            PaneId.MEMBERS, Map.of(Command.INVITE, MutationKind.INVITE, Command.ROLE, MutationKind.CHANGE_ORG_ROLE,
                    Command.DELETE, MutationKind.REMOVE_FROM_ORG),
            PaneId.WS_MEMBERS, Map.of(Command.ADD, MutationKind.ADD_TO_WORKSPACE, Command.ROLE,
                    MutationKind.CHANGE_WORKSPACE_ROLE, Command.DELETE, MutationKind.REMOVE_FROM_WORKSPACE),
            PaneId.API_KEYS, Map.of(Command.NEW, MutationKind.CREATE_KEY, Command.ROLE, MutationKind.CHANGE_KEY_ROLE,
                    Command.DELETE, MutationKind.REVOKE_KEY),
            PaneId.ROLES, Map.of(Command.NEW, MutationKind.CREATE_ROLE, Command.RENAME, MutationKind.EDIT_ROLE,
                    Command.DELETE, MutationKind.DELETE_ROLE),
            PaneId.SECURITY, Map.of(Command.MARK, MutationKind.SET_PUBLIC_SHARING, Command.UNSHARE,
                    MutationKind.UNSHARE_ALL));

    private final Supplier<ChangeSupport> support;

    ChangeKeys(Supplier<ChangeSupport> support) {
        this.support = support;
    }

    /** Adds the change bindings to the default key table. */
    static void bindings(List<Binding> b) {
        var table = EnumSet.of(KeyContext.TABLE);
        b.add(Binding.change(Command.NEW, List.of("n"),
                "New workspace (Workspaces), service key (API keys) or custom role (Roles)", table));
        b.add(Binding.change(Command.RENAME, List.of("e"),
                "Rename the workspace (Workspaces); edit the custom role (Roles)", table));
        b.add(Binding.change(Command.INVITE, List.of("i"), "Invite people to the org (Members)", table));
        b.add(Binding.change(Command.ADD, List.of("a"), "Add an org member (Workspace members)", table));
        b.add(Binding.change(Command.ROLE, List.of("o"), "Change the role of the selected or marked rows", table));
        b.add(Binding.change(Command.DELETE, List.of("x", "Del"),
                "Delete, remove or revoke (type the name to confirm)", table));
        b.add(Binding.change(Command.MARK, List.of("Space"),
                "Mark a row for o/x; toggle a setting (Security)", table));
        b.add(Binding.change(Command.UNSHARE, List.of("U"), "Unshare everything shared (Security; type the org)",
                table));
        b.add(Binding.of(Command.JOURNAL, List.of("J"), "", "The journal of changes (also :journal)", table));
    }

    /** Whether {@code c} is a change key. */
    static boolean isChange(Command c) {
        return EnumSet.of(Command.NEW, Command.RENAME, Command.DELETE, Command.INVITE, Command.ROLE, Command.ADD,
                Command.MARK, Command.UNSHARE).contains(c);
    }

    /** What {@code c} does in {@code pane} for the hint bar, or null where it does nothing. */
    static String label(Command c, PaneId pane) {
        return LABELS.getOrDefault(pane, Map.of()).get(c);
    }

    /** The change {@code c} makes in {@code pane} (for its permission), or null (marking needs none). */
    static MutationKind kind(Command c, PaneId pane) {
        return KINDS.getOrDefault(pane, Map.of()).get(c);
    }

    /**
     * The change {@code c} makes on the selected row: on a personal access token in the API keys pane, {@code x}
     * revokes the token (any key that reads the org may ask; LangSmith lets owners and org admins do it).
     */
    static MutationKind kind(AppState s, Command c) {
        MutationKind kind = kind(c, s.pane());
        String selected = s.paneState(s.pane()).selectedId();
        return kind == MutationKind.REVOKE_KEY && selected != null && isPat(s, selected) ? MutationKind.REVOKE_PAT
                : kind;
    }

    /** Whether row {@code id} of the API keys pane is a personal access token. */
    static boolean isPat(AppState s, String id) {
        return s.data().keys() != null && s.data().keys().pats().stream().anyMatch(k -> id.equals(String.valueOf(
                k.id())));
    }

    /** Why {@code c} cannot be used in the current pane now, or empty. */
    Optional<String> unavailable(AppState s, Command c) {
        MutationKind kind = kind(s, c);
        if (kind == null) {
            return Optional.empty();
        }
        ChangeSupport cs = support.get();
        return cs == null ? Optional.of("changes are not set up in this console") : cs.unavailable(s, kind);
    }

    /** The bindings as the hint bar shows them in this pane: change keys labelled for it, others as they are. */
    List<Binding> forPane(List<Binding> bindings, PaneId pane) {
        List<Binding> out = new ArrayList<>();
        for (Binding b : bindings) {
            if (!isChange(b.command())) {
                out.add(b);
            } else if (label(b.command(), pane) != null) {
                out.add(new Binding(b.command(), b.keys(), label(b.command(), pane), b.help(), b.contexts(),
                        b.mutating()));
            }
        }
        return out;
    }

    /** Help lines naming the change keys this API key may not use, with the reason. */
    List<String> helpNotes(AppState s, KeyTable keys) {
        if (s.connection().readOnly()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (PaneId pane : PaneId.values()) {
            KINDS.getOrDefault(pane, Map.of()).forEach((c, kind) -> {
                ChangeSupport cs = support.get();
                Optional<String> why = cs == null ? Optional.empty() : cs.unavailable(s, kind);
                why.ifPresent(w -> out.add("  " + keys.keyFor(c) + " in " + pane.title() + ": disabled, " + w));
            });
        }
        if (!out.isEmpty()) {
            out.add(0, "");
            out.add(1, "Changes this API key cannot make");
        }
        return out;
    }
}
