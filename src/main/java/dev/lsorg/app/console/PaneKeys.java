package dev.lsorg.app.console;

import dev.lsorg.app.PaneId;
import dev.lsorg.app.Verb;
import dev.lsorg.app.mutation.MutationKind;
import java.util.List;
import java.util.Map;

/**
 * Each pane's own keys as data: what Enter, d and the change verbs do there, in the pane's words, and which change
 * each makes (for its permission). Help leads with them, the hint bar labels them, and a verb a pane does not list
 * here does nothing there.
 */
public final class PaneKeys {
    /**
     * One key of a pane.
     *
     * @param verb  the verb
     * @param label its label in the hint bar
     * @param help  what it does here, for help
     * @param kind  the change it makes (for the permission it needs), or null
     */
    public record PaneKey(Verb verb, String label, String help, MutationKind kind) {
    }

    private static final PaneKey DETAIL = key(Verb.DESCRIBE, "detail", "Details of the row (y there: raw JSON)");
    private static final Map<PaneId, List<PaneKey>> KEYS = Map.of(
            PaneId.WORKSPACES, List.of(key(Verb.OPEN, "open", "Its members (Esc comes back)"), DETAIL,
                    change(Verb.NEW, "new", "Create a workspace", MutationKind.CREATE_WORKSPACE),
                    change(Verb.RENAME, "rename", "Rename the workspace", MutationKind.RENAME_WORKSPACE),
                    change(Verb.DELETE, "delete", "Delete the workspace (type its name to confirm)",
                            MutationKind.DELETE_WORKSPACE),
                    key(Verb.TOGGLE_DELETED, "deleted", "Show or hide deleted workspaces")),
            PaneId.MEMBERS, List.of(key(Verb.OPEN, "open", "Their workspaces, with their role in each"), DETAIL,
                    change(Verb.INVITE, "invite", "Invite people to the org", MutationKind.INVITE),
                    change(Verb.ROLE, "role", "Change the org role (of marked rows; of an invite too)",
                            MutationKind.CHANGE_ORG_ROLE),
                    change(Verb.DELETE, "remove", "Remove from the org (an invite: revoke it)",
                            MutationKind.REMOVE_FROM_ORG),
                    change(Verb.MARK, "mark", "Mark a row for o and x", null)),
            PaneId.WS_MEMBERS, List.of(key(Verb.OPEN, "open", "The person's workspaces, with roles"), DETAIL,
                    change(Verb.ADD, "add", "Add org members to this workspace", MutationKind.ADD_TO_WORKSPACE),
                    change(Verb.ROLE, "role", "Change the workspace role (of marked rows too)",
                            MutationKind.CHANGE_WORKSPACE_ROLE),
                    change(Verb.DELETE, "remove", "Remove from this workspace (type to confirm)",
                            MutationKind.REMOVE_FROM_WORKSPACE),
                    change(Verb.MARK, "mark", "Mark a row for o and x", null)),
            PaneId.API_KEYS, List.of(key(Verb.OPEN, "detail", "Details of the key"),
                    change(Verb.NEW, "new", "Create a service key", MutationKind.CREATE_KEY),
                    change(Verb.ROLE, "role", "Change the key's role", MutationKind.CHANGE_KEY_ROLE),
                    change(Verb.DELETE, "revoke", "Revoke the key or token (type its description)",
                            MutationKind.REVOKE_KEY),
                    change(Verb.MARK, "mark", "Mark a row for o and x", null)),
            PaneId.ROLES, List.of(key(Verb.OPEN, "open", "Who holds the role"), DETAIL,
                    change(Verb.NEW, "new", "Create a custom role", MutationKind.CREATE_ROLE),
                    change(Verb.RENAME, "edit", "Edit the custom role", MutationKind.EDIT_ROLE),
                    change(Verb.DELETE, "delete", "Delete the custom role (type its name)",
                            MutationKind.DELETE_ROLE)),
            PaneId.SECURITY, List.of(key(Verb.OPEN, "detail", "Details of the setting"),
                    change(Verb.MARK, "toggle", "Toggle public sharing, PAT creation or invites",
                            MutationKind.SET_PUBLIC_SHARING),
                    change(Verb.UNSHARE, "unshare", "Unshare everything shared (type the org's name)",
                            MutationKind.UNSHARE_ALL)),
            PaneId.REQUESTS, List.of(key(Verb.OPEN, "detail", "Details of the request")),
            PaneId.AUDIT, List.of(key(Verb.OPEN, "go", "Go to the finding's object (Esc comes back)"),
                    key(Verb.DESCRIBE, "detail", "The finding's evidence and fix")),
            PaneId.ACTIVITY, List.of(key(Verb.OPEN, "go", "Go to the object it touched (Esc comes back)"),
                    key(Verb.DESCRIBE, "detail", "The whole record, and its journal line")));
    private static final Map<PaneId, List<PaneKey>> DRILLS = Map.of(
            PaneId.MEMBER_WORKSPACES, List.of(key(Verb.OPEN, "open", "The workspace's members, on this person"),
                    DETAIL),
            PaneId.ROLE_HOLDERS, List.of(key(Verb.OPEN, "open", "Go to the holder (Esc comes back)"), DETAIL));

    private PaneKeys() {
    }

    private static PaneKey key(Verb v, String label, String help) {
        return new PaneKey(v, label, help, null);
    }

    private static PaneKey change(Verb v, String label, String help, MutationKind kind) {
        return new PaneKey(v, label, help, kind);
    }

    /** The keys of {@code pane}, in the order help lists them. */
    public static List<PaneKey> of(PaneId pane) {
        return KEYS.containsKey(pane) ? KEYS.get(pane) : DRILLS.getOrDefault(pane, List.of());
    }

    /** The key {@code v} is in {@code pane}, or null where it does nothing special. */
    public static PaneKey find(PaneId pane, Verb v) {
        return of(pane).stream().filter(k -> k.verb() == v).findFirst().orElse(null);
    }
}
