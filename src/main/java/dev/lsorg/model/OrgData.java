package dev.lsorg.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything lsorg loads about one org in a single pass: settings, workspaces, roles, org members and invites,
 * every workspace's members, and every key list. Produced by the api layer, read by the console, audits and
 * snapshots.
 *
 * @param info                org info and sharing settings
 * @param workspaces          every workspace, deleted ones included
 * @param roles               org and workspace roles
 * @param members             active org members and pending org invites
 * @param workspaceMembers    members and pending invites of each non-deleted workspace, by workspace id
 * @param serviceKeys         the org's service keys (org-wide and workspace-scoped)
 * @param workspaceKeys       each non-deleted workspace's own service key list ({@code /api/v1/api-key}), by workspace id
 * @param personalAccessTokens PATs visible to the calling key: every member's, or only its own (see
 *                            {@code patCoverage})
 * @param loadedAt            when the load finished
 * @param patCoverage         whether {@code personalAccessTokens} holds every member's PATs, and if not why
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
}
