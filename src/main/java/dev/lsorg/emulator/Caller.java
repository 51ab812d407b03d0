package dev.lsorg.emulator;

import dev.lsorg.model.Role;
import java.util.Set;

/**
 * Who is calling, as {@link Auth} resolved it: the key, the PAT's owner, the org permissions the key holds, and
 * for a workspace-scoped operation the workspace and the key's role in it.
 *
 * @param key      the API key used
 * @param owner    the PAT's owner, or null for a service key
 * @param orgRole  the key's org role, or null (a workspace-scoped service key has none)
 * @param tenant   the workspace of a workspace-scoped operation, or null
 * @param wsRole   the key's role in {@code tenant}, or null
 */
record Caller(ApiKey key, OrgMember owner, Role orgRole, Workspace tenant, Role wsRole) {
    Set<String> orgPermissions() {
        return orgRole == null ? Set.of() : Set.copyOf(orgRole.permissions());
    }

    boolean isOrgAdmin() {
        return orgRole != null && orgRole.permissions().contains(Roles.ORG_MANAGE);
    }

    /** Fails with a 403 naming the permission when the key's org role lacks it. */
    void requireOrg(String permission) {
        if (!orgPermissions().contains(permission)) {
            throw HttpProblem.forbidden("This API key lacks the '" + permission + "' permission");
        }
    }

    /** Fails with a 403 naming the permission when the key's role in the current workspace lacks it. */
    void requireWorkspace(String permission) {
        if (wsRole == null || !wsRole.permissions().contains(permission)) {
            throw HttpProblem.forbidden("This API key lacks the '" + permission + "' permission in this workspace");
        }
    }
}
