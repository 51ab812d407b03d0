package dev.lsorg.app.mutation;

import java.util.List;

/**
 * Every kind of change lsorg can make (one per row of the mutations table), with its risk and the permission
 * the calling key needs. Kinds are data so that the console's key hints, the shell's help and read-only mode
 * all agree on what is a change.
 */
public enum MutationKind {
    CREATE_WORKSPACE(Risk.NORMAL, "organization:manage"),
    RENAME_WORKSPACE(Risk.NORMAL, "workspaces:manage"),
    DELETE_WORKSPACE(Risk.DESTRUCTIVE, "workspaces:manage"),
    INVITE(Risk.NORMAL, "organization:manage"),
    CHANGE_ORG_ROLE(Risk.NORMAL, "organization:manage"),
    REMOVE_FROM_ORG(Risk.DESTRUCTIVE, "organization:manage"),
    CHANGE_INVITE_ROLE(Risk.NORMAL, "organization:manage"),
    REVOKE_INVITE(Risk.DESTRUCTIVE, "organization:manage"),
    ADD_TO_WORKSPACE(Risk.NORMAL, "workspaces:manage-members"),
    CHANGE_WORKSPACE_ROLE(Risk.NORMAL, "workspaces:manage-members"),
    REMOVE_FROM_WORKSPACE(Risk.DESTRUCTIVE, "workspaces:manage-members"),
    CREATE_KEY(Risk.NORMAL, "organization:pats:create"),
    CHANGE_KEY_ROLE(Risk.NORMAL, "organization:manage"),
    REVOKE_KEY(Risk.DESTRUCTIVE, "organization:manage"),
    /** Revoke a key whose secret was lost with its answer (nothing can use it) and create one like it. */
    REPLACE_KEY(Risk.NORMAL, "organization:manage"),
    /** Owners may always revoke their own PATs and org admins anyone's: reading the org is all a key needs here. */
    REVOKE_PAT(Risk.DESTRUCTIVE, "organization:read"),
    /** Custom roles need workspace RBAC ({@code config.can_use_rbac}); see {@link #needsRbac()}. */
    CREATE_ROLE(Risk.NORMAL, "organization:manage"),
    EDIT_ROLE(Risk.NORMAL, "organization:manage"),
    DELETE_ROLE(Risk.DESTRUCTIVE, "organization:manage"),
    SET_PUBLIC_SHARING(Risk.NORMAL, "organization:manage"),
    SET_PAT_CREATION(Risk.NORMAL, "organization:manage"),
    SET_INVITES(Risk.NORMAL, "organization:manage"),
    UNSHARE_ALL(Risk.DESTRUCTIVE, "organization:manage");

    private final Risk risk;
    private final String permission;

    MutationKind(Risk risk, String permission) {
        this.risk = risk;
        this.permission = permission;
    }

    /** Whether this kind of change can be undone. */
    public Risk risk() {
        return risk;
    }

    /** The permission string (as in org info {@code permissions}) a key needs for this change. */
    public String permission() {
        return permission;
    }

    /**
     * Whether the permission is granted per workspace (a workspace's {@code permissions} in the workspace list)
     * rather than org-wide (org info {@code permissions}).
     */
    public boolean workspacePermission() {
        return permission.startsWith("workspaces:");
    }

    /** Whether this change exists only on plans with workspace RBAC (custom roles). */
    public boolean needsRbac() {
        return this == CREATE_ROLE || this == EDIT_ROLE || this == DELETE_ROLE;
    }

    /** The permissions needed, including extra ones for an org-wide key or workspace-scoped kinds. */
    public List<String> permissions(boolean orgWideKey) {
        if (this == CREATE_KEY && orgWideKey) {
            return List.of(permission, "organization:manage");
        }
        return List.of(permission);
    }
}
