package dev.lsorg.app.mutation;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Finds things in a loaded org by what a person types: workspaces by name or id, members and invites by email,
 * keys by description or id, roles by name, display name or a short word ({@code admin}, {@code editor}).
 */
public final class OrgIndex {
    private final OrgData org;
    private final String callerKey;

    /** An index over {@code org} (the snapshot the user is looking at), not knowing which key is calling. */
    public OrgIndex(OrgData org) {
        this(org, null);
    }

    /** An index over {@code org} for the caller whose key's short form is {@code callerKey} (or null). */
    public OrgIndex(OrgData org, String callerKey) {
        this.org = Objects.requireNonNull(org, "org");
        this.callerKey = callerKey;
    }

    /** Whether {@code key} is the key lsorg itself is using (its short form matches the listed {@code short_key}). */
    public boolean callerKey(APIKeyGetResponse key) {
        // "***" is what any key too short to abbreviate shows: it names no key in particular.
        return callerKey != null && !callerKey.equals("***") && callerKey.equals(key.shortKey());
    }

    /**
     * The org member lsorg acts as, when the key is a personal access token (its listing names its owner in
     * {@code created_by}); empty for a service key, which is no member.
     */
    public Optional<OrgMemberIdentity> self() {
        List<APIKeyGetResponse> pats = org.personalAccessTokens() == null ? List.of() : org.personalAccessTokens();
        return pats.stream().filter(this::callerKey).map(APIKeyGetResponse::createdBy)
                .filter(Objects::nonNull).findFirst()
                .flatMap(user -> org.members().members().stream()
                        .filter(m -> m.lsUserId() != null && user.equals(m.lsUserId().toString())).findFirst());
    }

    /** Whether {@code email} is the member lsorg acts as (see {@link #self()}). */
    public boolean isSelf(String email) {
        return self().map(m -> email.equalsIgnoreCase(m.email())).orElse(false);
    }

    /** The active, enabled members whose org role is Organization Admin. */
    public List<OrgMemberIdentity> orgAdmins() {
        Optional<UUID> admin = role(AccessScope.ORGANIZATION, "ORGANIZATION_ADMIN").map(Role::id);
        return org.members().members().stream().filter(m -> !m.isDisabled() && admin.isPresent()
                && admin.get().equals(m.roleId())).toList();
    }

    /** The org this index reads. */
    public OrgData org() {
        return org;
    }

    /** The org's display name, or its id when it has none. */
    public String orgName() {
        return org.info().displayName() != null ? org.info().displayName() : String.valueOf(org.info().id());
    }

    /** Workspaces that are not deleted, in the server's order. */
    public List<TenantForUser> workspaces() {
        return org.workspaces().stream().filter(w -> !w.isDeleted()).toList();
    }

    /** A live workspace by exact id, or by display name ignoring case. */
    public Optional<TenantForUser> workspace(String nameOrId) {
        String key = nameOrId.strip();
        return workspaces().stream().filter(w -> w.id().toString().equalsIgnoreCase(key)
                || w.displayName().equalsIgnoreCase(key)).findFirst();
    }

    /** How many live workspaces answer to {@code nameOrId} (more than one means the name is ambiguous). */
    public long workspaceMatches(String nameOrId) {
        String key = nameOrId.strip();
        return workspaces().stream().filter(w -> w.id().toString().equalsIgnoreCase(key)
                || w.displayName().equalsIgnoreCase(key)).count();
    }

    /** A workspace's display name by id, or the id itself when unknown. */
    public String workspaceName(UUID id) {
        return org.workspaces().stream().filter(w -> w.id().equals(id)).map(TenantForUser::displayName)
                .findFirst().orElse(String.valueOf(id));
    }

    /** An active org member by email, ignoring case. */
    public Optional<OrgMemberIdentity> member(String email) {
        return org.members().members().stream().filter(m -> email.equalsIgnoreCase(m.email())).findFirst();
    }

    /** A pending org invite by email, ignoring case. */
    public Optional<OrgPendingIdentity> pending(String email) {
        return org.members().pending().stream().filter(p -> email.equalsIgnoreCase(p.email())).findFirst();
    }

    /** A member of the given workspace by email. */
    public Optional<MemberIdentity> workspaceMember(UUID workspaceId, String email) {
        TenantMembers tm = org.workspaceMembers().get(workspaceId);
        return tm == null ? Optional.empty()
                : tm.members().stream().filter(m -> email.equalsIgnoreCase(m.email())).findFirst();
    }

    /** Every service key the org lists, org-wide and workspace keys, each once (none while they are not loaded). */
    public List<APIKeyGetResponse> keys() {
        Stream<APIKeyGetResponse> perWorkspace = org.workspaceKeys() == null ? Stream.empty()
                : org.workspaceKeys().values().stream().flatMap(List::stream);
        Stream<APIKeyGetResponse> listed = org.serviceKeys() == null ? Stream.empty() : org.serviceKeys().stream();
        return Stream.concat(listed, perWorkspace).filter(distinctById()).toList();
    }

    /** Whether the org's service key list (not only a workspace's own list) holds key {@code keyId}. */
    public boolean listedByOrg(UUID keyId) {
        return org.serviceKeys() != null && org.serviceKeys().stream().anyMatch(k -> k.id().equals(keyId));
    }

    /**
     * The service keys that reach workspace {@code ws}: listed under it, or naming it when no other live workspace
     * has its name (keys name their workspaces only by name); empty when the org's keys were not loaded.
     */
    public List<APIKeyGetResponse> keysIn(TenantForUser ws) {
        long sameName = workspaces().stream().filter(w -> w.displayName().equals(ws.displayName())).count();
        return keys().stream().filter(k -> keyWorkspace(k.id()).map(ws.id()::equals).orElse(false)
                || (sameName == 1 && k.workspaceNames() != null && k.workspaceNames().contains(ws.displayName())))
                .toList();
    }

    /** A key by id, short key or description (ignoring case). */
    public Optional<APIKeyGetResponse> key(String text) {
        String t = text.strip();
        return keys().stream().filter(k -> k.id().toString().equalsIgnoreCase(t) || t.equals(k.shortKey())
                || t.equalsIgnoreCase(k.description())).findFirst();
    }

    /** How many keys answer to {@code text} (more than one means the description is ambiguous). */
    public long keyMatches(String text) {
        String t = text.strip();
        return keys().stream().filter(k -> k.id().toString().equalsIgnoreCase(t) || t.equals(k.shortKey())
                || t.equalsIgnoreCase(k.description())).count();
    }

    /** The personal access tokens the org was loaded with (every member's, or the key's own). */
    public List<APIKeyGetResponse> pats() {
        return org.personalAccessTokens() == null ? List.of() : org.personalAccessTokens();
    }

    /** A PAT by id, short key or description (ignoring case). */
    public Optional<APIKeyGetResponse> pat(String text) {
        String t = text.strip();
        return pats().stream().filter(k -> answersTo(k, t)).findFirst();
    }

    /** How many PATs answer to {@code text} (more than one means the description is ambiguous). */
    public long patMatches(String text) {
        String t = text.strip();
        return pats().stream().filter(k -> answersTo(k, t)).count();
    }

    private static boolean answersTo(APIKeyGetResponse k, String t) {
        return k.id().toString().equalsIgnoreCase(t) || t.equals(k.shortKey()) || t.equalsIgnoreCase(k.description());
    }

    /**
     * The member who owns a PAT, from its {@code created_by} (not in the spec; it may hold the member's user id,
     * LangSmith user id, identity id or email, so all are tried), or empty when no member matches.
     */
    public Optional<OrgMemberIdentity> patOwner(APIKeyGetResponse pat) {
        String by = pat.createdBy() == null ? "" : pat.createdBy().strip();
        if (by.isEmpty() || org.members() == null || org.members().members() == null) {
            return Optional.empty();
        }
        return org.members().members().stream().filter(m -> by.equals(String.valueOf(m.userId()))
                || by.equals(String.valueOf(m.lsUserId())) || by.equals(String.valueOf(m.id()))
                || by.equalsIgnoreCase(m.email())).findFirst();
    }

    /** The workspace a key was listed under by {@code /api-key}, if it is a workspace key. */
    public Optional<UUID> keyWorkspace(UUID keyId) {
        if (org.workspaceKeys() == null) {
            return Optional.empty();
        }
        return org.workspaceKeys().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(k -> k.id().equals(keyId)))
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    /** Whether the org's plan has workspace RBAC ({@code config.can_use_rbac}): without it everyone is Admin. */
    public boolean rbac() {
        return org.info().config() != null && Boolean.TRUE.equals(org.info().config().canUseRbac());
    }

    /**
     * The first of {@code needed} the calling key lacks, or empty when it has them all or the server did not say.
     * Org permissions come from org info; workspace permissions ({@code workspaces:...}) from {@code workspace}'s
     * {@code permissions}, or from any workspace when {@code workspace} is null (the action is possible somewhere).
     */
    public Optional<String> lacking(List<String> needed, Optional<TenantForUser> workspace) {
        return needed.stream().filter(p -> !granted(p, workspace)).findFirst();
    }

    private boolean granted(String permission, Optional<TenantForUser> workspace) {
        List<String> org = this.org.info().permissions();
        if (org == null || org.isEmpty() || org.contains(permission)) {
            // No list means the server did not say; it will answer 403 in words if the key may not.
            return true;
        }
        if (!permission.startsWith("workspaces:")) {
            return false;
        }
        List<TenantForUser> where = workspace == null ? workspaces() : workspace.stream().toList();
        return where.stream().anyMatch(w -> w.permissions() == null || w.permissions().contains(permission));
    }

    /** Roles of one scope. */
    public List<Role> roles(AccessScope scope) {
        return org.roles().stream().filter(r -> r.accessScope() == scope).toList();
    }

    /**
     * A role of {@code scope} by name ({@code WORKSPACE_USER}), display name ({@code Editor}) or last word of its
     * name ({@code admin} for {@code ORGANIZATION_ADMIN}), all ignoring case.
     */
    public Optional<Role> role(AccessScope scope, String text) {
        String t = text.strip().replace(' ', '_').toUpperCase(Locale.ROOT);
        List<Role> scoped = roles(scope);
        return scoped.stream().filter(r -> r.name().equalsIgnoreCase(t)
                        || r.displayName().replace(' ', '_').equalsIgnoreCase(t)
                        || r.id().toString().equalsIgnoreCase(t)).findFirst()
                .or(() -> scoped.stream().filter(r -> r.name().toUpperCase(Locale.ROOT).endsWith("_" + t))
                        .findFirst());
    }

    /**
     * The permissions a custom role may hold: every permission the org's workspace roles carry, sorted (the built-in
     * Admin role holds all of them; the catalogue itself, {@code GET /orgs/permissions}, is not for API keys).
     */
    public List<String> rolePermissions() {
        return roles(AccessScope.WORKSPACE).stream().filter(r -> r.permissions() != null)
                .flatMap(r -> r.permissions().stream()).distinct().sorted().toList();
    }

    /** The org's custom roles (those with an organization id), in the server's order. */
    public List<Role> customRoles() {
        return org.roles().stream().filter(r -> r.organizationId() != null).toList();
    }

    /** A role of any scope by id, display name or a system role's name (ignoring case). */
    public Optional<Role> anyRole(String text) {
        String t = text.strip();
        // Every custom role is named CUSTOM: only a system role answers to its name.
        return org.roles().stream().filter(r -> r.id().toString().equalsIgnoreCase(t)
                || t.equalsIgnoreCase(r.displayName()) || r.organizationId() == null && t.equalsIgnoreCase(r.name()))
                .findFirst();
    }

    /** A role's display name by id, or {@code "-"} for none. */
    public String roleName(UUID roleId) {
        if (roleId == null) {
            return "-";
        }
        return org.roles().stream().filter(r -> r.id().equals(roleId)).map(Role::displayName).findFirst()
                .orElse(roleId.toString());
    }

    private static java.util.function.Predicate<APIKeyGetResponse> distinctById() {
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        return k -> seen.add(k.id());
    }
}
