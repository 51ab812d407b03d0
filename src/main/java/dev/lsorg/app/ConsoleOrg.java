package dev.lsorg.app;

import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the console has loaded so far, one field per {@link Resource}; a field is null until its first load and
 * keeps its last good value when a refresh fails.
 *
 * @param info        org info and settings
 * @param workspaces  every workspace, deleted ones included
 * @param roles       org and workspace roles
 * @param members     org members and invites
 * @param memberships member lists by workspace id (the selected one and, once loaded, all)
 * @param keys        service keys and PATs
 * @param activity    the org's audit log as the Activity pane asks for it (never null)
 */
public record ConsoleOrg(OrganizationInfo info, List<TenantForUser> workspaces, List<Role> roles,
                          OrganizationMembers members, Map<UUID, TenantMembers> memberships, KeyLists keys,
                          ActivityFeed activity) {
    /** Nothing loaded yet. */
    public static ConsoleOrg empty() {
        return new ConsoleOrg(null, null, null, null, Map.of(), null, ActivityFeed.initial());
    }

    /** The snapshot of these loads, with no activity read yet. */
    public ConsoleOrg(OrganizationInfo info, List<TenantForUser> workspaces, List<Role> roles,
                       OrganizationMembers members, Map<UUID, TenantMembers> memberships, KeyLists keys) {
        this(info, workspaces, roles, members, memberships, keys, ActivityFeed.initial());
    }

    /** With the activity replaced. */
    public ConsoleOrg withActivity(ActivityFeed v) {
        return new ConsoleOrg(info, workspaces, roles, members, memberships, keys, v);
    }

    /** With org info replaced. */
    public ConsoleOrg withInfo(OrganizationInfo v) {
        return new ConsoleOrg(v, workspaces, roles, members, memberships, keys, activity);
    }

    /** With the workspace list replaced. */
    public ConsoleOrg withWorkspaces(List<TenantForUser> v) {
        return new ConsoleOrg(info, v, roles, members, memberships, keys, activity);
    }

    /** With the roles replaced. */
    public ConsoleOrg withRoles(List<Role> v) {
        return new ConsoleOrg(info, workspaces, v, members, memberships, keys, activity);
    }

    /** With the org members replaced. */
    public ConsoleOrg withMembers(OrganizationMembers v) {
        return new ConsoleOrg(info, workspaces, roles, v, memberships, keys, activity);
    }

    /** With the keys replaced. */
    public ConsoleOrg withKeys(KeyLists v) {
        return new ConsoleOrg(info, workspaces, roles, members, memberships, v, activity);
    }

    /** With every workspace's member list replaced. */
    public ConsoleOrg withMemberships(Map<UUID, TenantMembers> v) {
        return new ConsoleOrg(info, workspaces, roles, members, Map.copyOf(v), keys, activity);
    }

    /** With one workspace's member list replaced. */
    public ConsoleOrg withMembership(UUID workspace, TenantMembers v) {
        Map<UUID, TenantMembers> copy = new HashMap<>(memberships);
        copy.put(workspace, v);
        return withMemberships(copy);
    }

    /** The workspace with {@code id}, or null. */
    public TenantForUser workspace(UUID id) {
        return workspaces == null || id == null ? null
                : workspaces.stream().filter(w -> id.equals(w.id())).findFirst().orElse(null);
    }

    /** The role with {@code id}, or null. */
    public Role role(UUID id) {
        return roles == null || id == null ? null
                : roles.stream().filter(r -> id.equals(r.id())).findFirst().orElse(null);
    }
}
