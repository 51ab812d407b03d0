package dev.lsorg.emulator;

import dev.lsorg.model.APIKeyCreateResponse;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Identity;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.ProviderUserSlim;
import dev.lsorg.model.Role;
import dev.lsorg.model.Tenant;
import dev.lsorg.model.TenantForUser;
import java.util.List;
import java.util.UUID;

/**
 * Turns stored entities into the spec's response records, filling the fields LangSmith derives (role names,
 * tenant ids, workspace names, short keys) and keeping every required field present.
 */
final class Views {
    private final Store store;

    Views(Store store) {
        this.store = store;
    }

    private String roleName(UUID id) {
        Role r = id == null ? null : store.roles.get(id);
        return r == null ? null : r.name();
    }

    Tenant tenant(Workspace w) {
        return new Tenant(w.id, store.org.id, w.createdAt, w.displayName, false, w.deleted, w.handle, null);
    }

    TenantForUser tenantForUser(Workspace w, Role callerRole) {
        return new TenantForUser(w.id, store.org.id, w.createdAt, w.displayName, false, w.deleted, w.handle, null,
                false, callerRole == null ? null : callerRole.id(), callerRole == null ? null : callerRole.name(),
                callerRole == null ? List.of() : callerRole.permissions());
    }

    private List<ProviderUserSlim> logins(OrgMember m) {
        return List.of(new ProviderUserSlim(m.loginId(), m.provider, m.lsUserId, null, null, m.createdAt, m.createdAt,
                m.email, m.fullName, null, null, null, m.disabled, null, m.createdAt));
    }

    OrgMemberIdentity orgMember(OrgMember m) {
        return new OrgMemberIdentity(m.id, store.org.id, null, m.createdAt, m.userId, m.lsUserId, false, m.roleId,
                roleName(m.roleId), AccessScope.ORGANIZATION, m.email, m.fullName, null, logins(m), m.fullName,
                m.disabled, m.roleId, roleName(m.roleId), store.tenantIdsOf(m));
    }

    MemberIdentity member(WorkspaceMember w) {
        OrgMember m = w.member;
        return new MemberIdentity(w.id, store.org.id, w.workspaceId, w.createdAt, m.userId, m.lsUserId, false,
                w.roleId, roleName(w.roleId), AccessScope.WORKSPACE, m.email, m.fullName, null, logins(m),
                m.fullName, m.disabled, m.roleId, roleName(m.roleId));
    }

    Identity identity(WorkspaceMember w) {
        OrgMember m = w.member;
        return new Identity(w.id, store.org.id, w.workspaceId, w.createdAt, m.userId, m.lsUserId, false, w.roleId,
                roleName(w.roleId), AccessScope.WORKSPACE);
    }

    /** An invite as the org lists it: {@code role_id} is the org role, {@code tenant_ids} its workspaces. */
    OrgPendingIdentity orgPending(Invite i) {
        return new OrgPendingIdentity(i.email, false, i.roleId, roleName(i.roleId), List.copyOf(i.workspaceIds),
                i.workspaceRoleId, roleName(i.workspaceRoleId), i.fullName, AccessScope.ORGANIZATION, i.id, null,
                i.tenantId, store.org.id, i.createdAt, i.roleId, roleName(i.roleId), List.copyOf(i.workspaceIds));
    }

    /** An invite as created ({@code PendingIdentity}), org view. */
    PendingIdentity pending(Invite i) {
        return new PendingIdentity(i.email, false, i.roleId, roleName(i.roleId), List.copyOf(i.workspaceIds),
                i.workspaceRoleId, roleName(i.workspaceRoleId), i.fullName, AccessScope.ORGANIZATION, i.id, null,
                i.tenantId, store.org.id, i.createdAt, i.roleId, roleName(i.roleId));
    }

    /** An invite as a workspace lists it: {@code role_id} is the workspace role, {@code tenant_id} the workspace. */
    PendingIdentity workspacePending(Invite i, UUID workspaceId) {
        return new PendingIdentity(i.email, false, i.workspaceRoleId, roleName(i.workspaceRoleId),
                List.copyOf(i.workspaceIds), i.workspaceRoleId, roleName(i.workspaceRoleId), i.fullName,
                AccessScope.WORKSPACE, i.id, null, workspaceId, store.org.id, i.createdAt, i.roleId,
                roleName(i.roleId));
    }

    /** A key as listed, with LangSmith's extra {@code created_by} (not in the spec, read by its Terraform provider). */
    APIKeyGetResponse key(ApiKey k) {
        return new APIKeyGetResponse(k.createdAt, k.id, k.shortKey(), k.description, false, k.lastUsedAt,
                k.expiresAt, k.workspaces == null ? null : store.workspaceNames(k.workspaces), defaultName(k),
                k.roleId, orgRoleOf(k), k.orgWide() || k.pat ? AccessScope.ORGANIZATION : AccessScope.WORKSPACE,
                createdBy(k));
    }

    /**
     * The creator's LangSmith user id ({@code ls_user_id}, the same id the member lists carry), or null when no user
     * created the key or that user has left the org. The spec does not define the field's content; the user id is
     * the identifier that stays stable while a member's email or identity changes.
     */
    private String createdBy(ApiKey k) {
        OrgMember creator = k.creator() == null ? null : store.members.get(k.creator());
        return creator == null || creator.lsUserId == null ? null : creator.lsUserId.toString();
    }

    /** A PAT acts with its owner's current org role; a service key has its own. */
    private UUID orgRoleOf(ApiKey k) {
        OrgMember owner = k.pat ? store.members.get(k.ownerId) : null;
        return owner != null ? owner.roleId : k.orgRoleId;
    }

    private String defaultName(ApiKey k) {
        UUID id = k.pat ? k.defaultWorkspaceId : k.workspaces == null || k.workspaces.isEmpty() ? null : k.workspaces.get(0);
        Workspace w = id == null ? null : store.workspaces.get(id);
        return w == null || w.deleted ? null : w.displayName;
    }

    /** The create answer: the listed fields plus the full secret, which is never shown again. */
    APIKeyCreateResponse created(ApiKey k) {
        APIKeyGetResponse g = key(k);
        return new APIKeyCreateResponse(g.createdAt(), g.id(), g.shortKey(), g.description(), false,
                g.lastUsedAt(), g.expiresAt(), g.workspaceNames(), g.defaultWorkspaceName(), g.roleId(),
                g.orgRoleId(), g.accessScope(), g.createdBy(), k.secret);
    }
}
