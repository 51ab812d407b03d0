package dev.lsorg.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * lsorg's one model of an org's loaded data: settings, workspaces, roles, org members and invites, every workspace's
 * members, and the key lists. The api layer loads it whole in one pass (audit, snapshot, shell, apply, diff); the
 * console fills it one resource at a time and reads the same value for its panes, its audit and its changes.
 *
 * <p>A list or object that has not been loaded is null: the console's fields stay null until their first load (and
 * keep their last good value when a refresh fails), and a scoped load leaves the parts it was not asked for null.
 * The per-workspace maps hold only the workspaces whose lists are in (the console's starts empty and gains the
 * workspace on screen first, then every live workspace).
 *
 * @param info                 org info and sharing settings, or null
 * @param workspaces           every workspace, deleted ones included, or null
 * @param roles                org and workspace roles, or null
 * @param members              active org members and pending org invites, or null
 * @param workspaceMembers     members and pending invites of each non-deleted workspace, by workspace id
 * @param serviceKeys          the org's service keys (org-wide and workspace-scoped), or null
 * @param workspaceKeys        each non-deleted workspace's own service key list ({@code /api/v1/api-key}), by
 *                             workspace id; null when not loaded (the console never loads it: the org's list holds
 *                             workspace-scoped keys too)
 * @param personalAccessTokens PATs visible to the calling key: every member's, or only its own (see
 *                             {@code patCoverage}); or null
 * @param loadedAt             when the load finished (in the console: when the newest part arrived), or null
 * @param patCoverage          whether {@code personalAccessTokens} holds every member's PATs, and if not why
 */
public record OrgData(
        OrganizationInfo info,
        List<TenantForUser> workspaces,
        List<Role> roles,
        OrganizationMembers members,
        Map<UUID, TenantMembers> workspaceMembers,
        List<APIKeyGetResponse> serviceKeys,
        Map<UUID, List<APIKeyGetResponse>> workspaceKeys,
        List<APIKeyGetResponse> personalAccessTokens,
        Instant loadedAt,
        PatCoverage patCoverage) {

    /** A null coverage is read as every member's (data built by hand, or by a loader that does not know). */
    public OrgData {
        patCoverage = patCoverage == null ? PatCoverage.ALL_MEMBERS : patCoverage;
    }

    /** Org data whose PAT list holds every member's tokens. */
    public OrgData(OrganizationInfo info, List<TenantForUser> workspaces, List<Role> roles, OrganizationMembers members,
                   Map<UUID, TenantMembers> workspaceMembers, List<APIKeyGetResponse> serviceKeys,
                   Map<UUID, List<APIKeyGetResponse>> workspaceKeys, List<APIKeyGetResponse> personalAccessTokens,
                   Instant loadedAt) {
        this(info, workspaces, roles, members, workspaceMembers, serviceKeys, workspaceKeys, personalAccessTokens,
                loadedAt, PatCoverage.ALL_MEMBERS);
    }

    /** Nothing loaded yet: every part null, no workspace's members. */
    public static OrgData empty() {
        return new OrgData(null, null, null, null, Map.of(), null, null, null, null, null);
    }

    /** With org info replaced. */
    public OrgData withInfo(OrganizationInfo v) {
        return new OrgData(v, workspaces, roles, members, workspaceMembers, serviceKeys, workspaceKeys,
                personalAccessTokens, loadedAt, patCoverage);
    }

    /** With the workspace list replaced. */
    public OrgData withWorkspaces(List<TenantForUser> v) {
        return new OrgData(info, v, roles, members, workspaceMembers, serviceKeys, workspaceKeys,
                personalAccessTokens, loadedAt, patCoverage);
    }

    /** With the roles replaced. */
    public OrgData withRoles(List<Role> v) {
        return new OrgData(info, workspaces, v, members, workspaceMembers, serviceKeys, workspaceKeys,
                personalAccessTokens, loadedAt, patCoverage);
    }

    /** With the org members and invites replaced. */
    public OrgData withMembers(OrganizationMembers v) {
        return new OrgData(info, workspaces, roles, v, workspaceMembers, serviceKeys, workspaceKeys,
                personalAccessTokens, loadedAt, patCoverage);
    }

    /** With every workspace's member list replaced. */
    public OrgData withWorkspaceMembers(Map<UUID, TenantMembers> v) {
        return new OrgData(info, workspaces, roles, members, Map.copyOf(v), serviceKeys, workspaceKeys,
                personalAccessTokens, loadedAt, patCoverage);
    }

    /** With one workspace's member list replaced (the others kept). */
    public OrgData withWorkspaceMembers(UUID workspace, TenantMembers v) {
        Map<UUID, TenantMembers> copy = workspaceMembers == null ? new HashMap<>() : new HashMap<>(workspaceMembers);
        copy.put(workspace, v);
        return withWorkspaceMembers(copy);
    }

    /** With the service keys, the PATs and whose PATs they are replaced (they are listed together). */
    public OrgData withKeys(List<APIKeyGetResponse> service, List<APIKeyGetResponse> pats, PatCoverage coverage) {
        return new OrgData(info, workspaces, roles, members, workspaceMembers, service, workspaceKeys, pats,
                loadedAt, coverage);
    }

    /** With the time of the load replaced. */
    public OrgData withLoadedAt(Instant v) {
        return new OrgData(info, workspaces, roles, members, workspaceMembers, serviceKeys, workspaceKeys,
                personalAccessTokens, v, patCoverage);
    }

    /** The workspace with {@code id}, or null (also while the workspaces are not loaded). */
    public TenantForUser workspace(UUID id) {
        return workspaces == null || id == null ? null
                : workspaces.stream().filter(w -> id.equals(w.id())).findFirst().orElse(null);
    }

    /** The role with {@code id}, or null (also while the roles are not loaded). */
    public Role role(UUID id) {
        if (roles == null || id == null) {
            return null;
        }
        // asked once for every member's row: a loop over the few roles, not a stream
        for (Role r : roles) {
            if (id.equals(r.id())) {
                return r;
            }
        }
        return null;
    }
}
