package dev.lsorg.emulator;

import dev.lsorg.model.Role;
import io.vertx.core.MultiMap;
import java.util.UUID;

/**
 * LangSmith's authentication and scoping rules: {@code X-API-Key} (any case) names a service key or PAT,
 * {@code X-Organization-Id} must match its org, and workspace-scoped operations take the workspace from
 * {@code X-Tenant-Id}, falling back to the key's own workspace, except for org-scoped keys, which get the
 * {@code org_scoped_key_requires_workspace} 403.
 */
final class Auth {
    /** Which headers an operation's {@code security} list names. */
    enum Scope { ORG, WORKSPACE }

    private final Store store;

    Auth(Store store) {
        this.store = store;
    }

    /**
     * Who is calling, before any workspace is looked at: the key, a PAT's owner and the key's org role.
     *
     * @param key     the key sent
     * @param owner   a PAT's owner, or null
     * @param orgRole the key's org role, or null (a workspace-scoped service key has none)
     */
    record Known(ApiKey key, OrgMember owner, Role orgRole) {
    }

    /** Resolves the caller of one request, or throws the 401/403/404 LangSmith would answer. */
    Caller authenticate(MultiMap headers, Scope scope) {
        return scope(identify(headers), headers, scope);
    }

    /** Step one: the key (401 when missing, unknown, expired or a PAT of a member who cannot log in) and its org. */
    Known identify(MultiMap headers) {
        ApiKey key = key(headers.get("X-API-Key"));
        OrgMember owner = key.pat ? store.members.get(key.ownerId) : null;
        if (key.pat && (owner == null || owner.disabled)) {
            throw HttpProblem.unauthorized("Invalid API key");
        }
        checkOrg(headers.get("X-Organization-Id"));
        key.lastUsedAt = store.now();
        return new Known(key, owner, orgRole(key, owner));
    }

    /** Step two: the workspace of a workspace-scoped operation and the key's role there (403 without access). */
    Caller scope(Known k, MultiMap headers, Scope scope) {
        if (scope == Scope.ORG) {
            return new Caller(k.key(), k.owner(), k.orgRole(), null, null);
        }
        Workspace tenant = tenant(k.key(), headers.get("X-Tenant-Id"));
        Role wsRole = workspaceRole(k.key(), k.owner(), k.orgRole(), tenant);
        if (wsRole == null) {
            throw HttpProblem.forbidden("This API key has no access to workspace " + tenant.id);
        }
        return new Caller(k.key(), k.owner(), k.orgRole(), tenant, wsRole);
    }

    private ApiKey key(String secret) {
        if (secret == null || secret.isBlank()) {
            throw HttpProblem.unauthorized("Missing API key: send it in the X-API-Key header");
        }
        ApiKey key = store.keyBySecret(secret.trim());
        if (key == null) {
            throw HttpProblem.unauthorized("Invalid API key");
        }
        // expired from the expiry instant on: a PAT revoked now stops working now
        if (key.expiresAt != null && !key.expiresAt.isAfter(store.now())) {
            throw HttpProblem.unauthorized("API key has expired");
        }
        return key;
    }

    private void checkOrg(String orgHeader) {
        if (orgHeader != null && !orgHeader.trim().equalsIgnoreCase(store.org.id.toString())) {
            throw HttpProblem.forbidden("X-Organization-Id does not match the API key's organization");
        }
    }

    private Role orgRole(ApiKey key, OrgMember owner) {
        if (key.pat) {
            return store.roles.get(owner.roleId);
        }
        return key.orgWide() ? store.roles.get(key.orgRoleId) : null;
    }

    private Workspace tenant(ApiKey key, String tenantHeader) {
        if (tenantHeader == null || tenantHeader.isBlank()) {
            if (key.orgWide()) {
                throw HttpProblem.orgKeyNeedsWorkspace();
            }
            return store.workspace(key.pat ? key.defaultWorkspaceId : key.workspaces.get(0));
        }
        UUID id;
        try {
            id = UUID.fromString(tenantHeader.trim());
        } catch (IllegalArgumentException e) {
            throw HttpProblem.forbidden("X-Tenant-Id is not a valid workspace id");
        }
        return store.workspace(id);
    }

    /** The caller's role in any workspace (null when it has no access there). */
    Role roleIn(Caller c, Workspace w) {
        return workspaceRole(c.key(), c.owner(), c.orgRole(), w);
    }

    /** The key's role in a workspace: Admin for org admins, the key's own role, or the PAT owner's membership. */
    private Role workspaceRole(ApiKey key, OrgMember owner, Role orgRole, Workspace tenant) {
        if (orgRole != null && orgRole.permissions().contains(Roles.ORG_MANAGE)) {
            return store.roleByName(Roles.WORKSPACE_ADMIN);
        }
        if (key.pat) {
            WorkspaceMember wm = store.membership(owner, tenant.id);
            return wm == null ? null : store.roles.get(wm.roleId);
        }
        if (key.orgWide() || key.workspaces.contains(tenant.id)) {
            return store.roles.get(key.roleId);
        }
        return null;
    }
}
