package dev.lsorg.app.mutation;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.model.OrgData;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place that creates {@link Mutation}s, one method per change lsorg offers. It refuses every change in
 * read-only mode and every change the key's permissions (org info {@code permissions}) do not allow, and checks
 * the input against the org it was given, so each answer is either a mutation ready to confirm or the reasons
 * it cannot be made. Make a new factory whenever the org is reloaded: names resolve against that snapshot.
 */
public final class MutationFactory {
    private final OrgIndex index;
    private final boolean readOnly;
    private final String readOnlyWhy;
    private final OrgMemberChanges orgMembers;
    private final WorkspaceMemberChanges workspaceMembers;
    private final WorkspaceChanges workspaces;
    private final KeyChanges keys;
    private final PatChanges pats;
    private final RoleChanges roles;
    private final SettingChanges settings;

    /** A factory for changes to {@code org} through {@code client}; {@code readOnly} refuses all of them. */
    public MutationFactory(LangSmithClient client, OrgData org, boolean readOnly, Clock clock) {
        this(client, org, readOnly ? "read-only mode: lsorg makes no changes (use --write to allow them)" : null,
                clock);
    }

    /**
     * The same, refusing every change for {@code readOnlyWhy} when it is not null (a console served over SSH to a
     * person with read access says why in its own words).
     */
    public MutationFactory(LangSmithClient client, OrgData org, String readOnlyWhy, Clock clock) {
        this.index = new OrgIndex(org, client.config().apiKey().shortForm());
        this.readOnly = readOnlyWhy != null;
        this.readOnlyWhy = readOnlyWhy;
        Requests requests = new Requests(client);
        this.orgMembers = new OrgMemberChanges(index, requests);
        this.workspaceMembers = new WorkspaceMemberChanges(index, requests);
        this.workspaces = new WorkspaceChanges(index, requests);
        this.keys = new KeyChanges(index, requests, clock);
        this.pats = new PatChanges(index, requests);
        this.roles = new RoleChanges(index, requests);
        this.settings = new SettingChanges(index, requests);
    }

    /** The org snapshot names are resolved against. */
    public OrgIndex index() {
        return index;
    }

    /** Whether every change is refused. */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * Why {@code kind} is not available (read-only mode, or the key lacks a permission), or empty when it is:
     * the console shows such actions disabled with this reason rather than offering and refusing them.
     */
    public Optional<String> unavailable(MutationKind kind) {
        if (readOnly) {
            return Optional.of(readOnlyWhy);
        }
        if (kind.needsRbac() && !index.rbac()) {
            return Optional.of("custom roles need workspace RBAC, which this org's plan lacks (config.can_use_rbac)");
        }
        return index.lacking(kind.permissions(false), kind.workspacePermission() ? null : Optional.empty())
                .map(p -> "the API key lacks the permission " + p);
    }

    /** Create a workspace named {@code name}, with an optional handle. */
    public Proposal createWorkspace(String name, String handle) {
        return gate(MutationKind.CREATE_WORKSPACE, () -> workspaces.create(name, handle));
    }

    /** Rename a workspace (by name or id). */
    public Proposal renameWorkspace(String workspace, String newName) {
        return gate(MutationKind.RENAME_WORKSPACE, () -> workspaces.rename(workspace, newName));
    }

    /** Delete a workspace (destructive: confirmed by typing its name). */
    public Proposal deleteWorkspace(String workspace) {
        return gate(MutationKind.DELETE_WORKSPACE, () -> workspaces.delete(workspace));
    }

    /**
     * Invite a pasted list of emails (comma or newline separated) with an org role (default Organization User),
     * and optionally to workspaces with a workspace role (RBAC only). One call for one email, else batch calls of
     * at most 500.
     */
    public Proposal invite(String emails, String orgRole, List<String> workspaceNames, String workspaceRole) {
        return gate(MutationKind.INVITE, () -> orgMembers.invite(emails, orgRole, workspaceNames, workspaceRole));
    }

    /** Change the org role of active members. */
    public Proposal changeOrgRole(List<String> emails, String role) {
        return gate(MutationKind.CHANGE_ORG_ROLE, () -> orgMembers.changeOrgRole(emails, role));
    }

    /** Remove active members from the org (destructive). */
    public Proposal removeFromOrg(List<String> emails) {
        return gate(MutationKind.REMOVE_FROM_ORG, () -> orgMembers.removeFromOrg(emails));
    }

    /** Change the org role a pending invite will grant. */
    public Proposal changeInviteRole(List<String> emails, String role) {
        return gate(MutationKind.CHANGE_INVITE_ROLE, () -> orgMembers.changeInviteRole(emails, role));
    }

    /** Change the workspace role pending invites grant in {@code workspace} (one they already name). */
    public Proposal changeInviteWorkspaceRole(String workspace, List<String> emails, String role) {
        return gate(MutationKind.CHANGE_INVITE_ROLE, () -> orgMembers.changeInviteWorkspaceRole(workspace, emails,
                role));
    }

    /** Revoke pending invites (destructive). */
    public Proposal revokeInvite(List<String> emails) {
        return gate(MutationKind.REVOKE_INVITE, () -> orgMembers.revokeInvite(emails));
    }

    /** Add existing org members to a workspace with a workspace role (required with RBAC). */
    public Proposal addToWorkspace(String workspace, List<String> emails, String role) {
        return gate(MutationKind.ADD_TO_WORKSPACE, () -> workspaceMembers.add(workspace, emails, role));
    }

    /** Change workspace members' role (RBAC only). */
    public Proposal changeWorkspaceRole(String workspace, List<String> emails, String role) {
        return gate(MutationKind.CHANGE_WORKSPACE_ROLE, () -> workspaceMembers.changeRole(workspace, emails, role));
    }

    /** Remove members from one workspace (destructive; they stay in the org). */
    public Proposal removeFromWorkspace(String workspace, List<String> emails) {
        return gate(MutationKind.REMOVE_FROM_WORKSPACE, () -> workspaceMembers.remove(workspace, emails));
    }

    /**
     * Create a service key: org-wide with {@code orgRole} when {@code workspaceNames} is empty, else for those
     * workspaces with {@code workspaceRole}; {@code expiresDays} null means never (if the org allows it).
     */
    public Proposal createKey(String description, String orgRole, List<String> workspaceNames, String workspaceRole,
            Integer expiresDays) {
        boolean orgWide = workspaceNames == null || workspaceNames.isEmpty();
        Optional<String> denied = orgWide ? missing(MutationKind.CREATE_KEY.permissions(true)) : Optional.empty();
        if (denied.isPresent() && !readOnly) {
            return new Proposal.Refused(List.of(new Problem("permission", denied.get())));
        }
        return gate(MutationKind.CREATE_KEY,
                () -> keys.create(description, orgRole, workspaceNames, workspaceRole, expiresDays));
    }

    /** Change service keys' role without rotating them (org role for org-wide keys, else workspace role). */
    public Proposal changeKeyRole(List<String> keyNames, String role) {
        return gate(MutationKind.CHANGE_KEY_ROLE, () -> keys.changeRole(keyNames, role));
    }

    /** Revoke service keys (destructive): org service keys, or workspace keys through {@code /api-key}. */
    public Proposal revokeKey(List<String> keyNames) {
        return gate(MutationKind.REVOKE_KEY, () -> keys.revoke(keyNames));
    }

    /**
     * Revoke the key {@code keyId} that {@code lost} (a create-key change) made but whose secret was lost with the
     * answer, and create a new key with the same request: what lsorg offers instead of a blind resend.
     */
    public Proposal replaceLostKey(java.util.UUID keyId, Mutation lost) {
        var create = lost.requests().stream().filter(r -> r.method().equals("POST")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("not a create-key change: " + lost));
        return gate(MutationKind.REPLACE_KEY, () -> keys.replace(keyId, create));
    }

    /**
     * Revoke personal access tokens (by description, short key or id; destructive, typed confirmation): each stops
     * working at once and stays listed, expired at the revocation time. Owners may revoke their own, org admins any.
     */
    public Proposal revokePersonalAccessToken(List<String> tokens) {
        return gate(MutationKind.REVOKE_PAT, () -> pats.revoke(tokens));
    }

    /**
     * Create a custom (workspace) role named {@code name} holding {@code permissions}, each one the org's roles
     * carry. Only on plans with workspace RBAC.
     */
    public Proposal createRole(String name, String description, List<String> permissions) {
        return gate(MutationKind.CREATE_ROLE, () -> roles.create(name, description, permissions));
    }

    /**
     * Edit a custom role (by display name or id): a new name, description or set of permissions; null keeps that part
     * as it is (LangSmith's PATCH replaces all three, so lsorg sends the unchanged ones as they are).
     */
    public Proposal editRole(String role, String newName, String description, List<String> permissions) {
        return editRole(role, RoleEdit.replacing(newName, description, permissions));
    }

    /** Edit a custom role (by display name or id) as {@code edit} says: permissions added and dropped too. */
    public Proposal editRole(String role, RoleEdit edit) {
        return gate(MutationKind.EDIT_ROLE, () -> roles.edit(role, edit));
    }

    /** Delete a custom role (destructive: confirmed by typing its name); LangSmith refuses while anyone holds it. */
    public Proposal deleteRole(String role) {
        return gate(MutationKind.DELETE_ROLE, () -> roles.delete(role));
    }

    /** Allow or forbid public sharing ({@code public_sharing_disabled}). */
    public Proposal setPublicSharing(boolean allowed) {
        return gate(MutationKind.SET_PUBLIC_SHARING, () -> settings.publicSharing(allowed));
    }

    /** Allow or forbid creating PATs ({@code pat_creation_disabled}). */
    public Proposal setPatCreation(boolean allowed) {
        return gate(MutationKind.SET_PAT_CREATION, () -> settings.patCreation(allowed));
    }

    /** Enable or disable invites ({@code invites_enabled}). */
    public Proposal setInvites(boolean enabled) {
        return gate(MutationKind.SET_INVITES, () -> settings.invites(enabled));
    }

    /** Unshare every shared resource in the org (destructive: confirmed by typing the org's name). */
    public Proposal unshareAll() {
        return gate(MutationKind.UNSHARE_ALL, settings::unshareAll);
    }

    private Proposal gate(MutationKind kind, Supplier<Proposal> build) {
        return unavailable(kind).<Proposal>map(why -> new Proposal.Refused(List.of(new Problem(readOnly ? "mode"
                : kind.needsRbac() && !index.rbac() ? "plan" : "permission", why)))).orElseGet(build);
    }

    private Optional<String> missing(List<String> needed) {
        return index.lacking(needed, Optional.empty())
                .map(p -> "the API key lacks the permission " + p + " (an org-wide key needs it)");
    }
}
