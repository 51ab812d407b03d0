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
 * @param personalAccessTokens PATs visible to the calling key
 * @param loadedAt            when the load finished
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
        Instant loadedAt) {
}
