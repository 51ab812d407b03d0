package dev.lsorg.emulator;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * LangSmith's six system roles and the permission strings the emulator checks. System role ids are derived from
 * the role name, so they are the same in every emulator run (as LangSmith's global system roles are).
 */
final class Roles {
    static final String ORG_READ = "organization:read";
    static final String ORG_MANAGE = "organization:manage";
    static final String PATS_CREATE = "organization:pats:create";
    static final String WS_READ = "workspaces:read";
    static final String WS_MANAGE = "workspaces:manage";
    static final String WS_MEMBERS = "workspaces:manage-members";

    static final String ORGANIZATION_ADMIN = "ORGANIZATION_ADMIN";
    static final String ORGANIZATION_USER = "ORGANIZATION_USER";
    static final String ORGANIZATION_VIEWER = "ORGANIZATION_VIEWER";
    static final String WORKSPACE_ADMIN = "WORKSPACE_ADMIN";
    static final String WORKSPACE_USER = "WORKSPACE_USER";
    static final String WORKSPACE_VIEWER = "WORKSPACE_VIEWER";

    private static final List<String> WS_VIEW = List.of(WS_READ, "projects:read", "runs:read", "datasets:read",
            "prompts:read", "annotation-queues:read", "charts:read");
    private static final List<String> WS_EDIT = List.of("projects:create", "projects:update", "runs:create",
            "datasets:create", "datasets:update", "prompts:create", "prompts:update", "prompts:share",
            "annotation-queues:create", "annotation-queues:update", "charts:create", "feedback:create");
    private static final List<String> WS_ADMIN = List.of(WS_MANAGE, WS_MEMBERS, "projects:delete",
            "datasets:delete", "prompts:delete", "annotation-queues:delete", "charts:delete", "rules:create",
            "rules:update", "rules:delete");

    private Roles() {
    }

    /** The six system roles, org roles first. */
    static List<Role> system() {
        return List.of(
                role(ORGANIZATION_ADMIN, "Organization Admin", "Full control of the organization and every workspace",
                        AccessScope.ORGANIZATION, List.of(ORG_READ, ORG_MANAGE, PATS_CREATE)),
                role(ORGANIZATION_USER, "Organization User", "Can read the organization and create personal access tokens",
                        AccessScope.ORGANIZATION, List.of(ORG_READ, PATS_CREATE)),
                role(ORGANIZATION_VIEWER, "Organization Viewer", "Read-only access to the organization",
                        AccessScope.ORGANIZATION, List.of(ORG_READ)),
                role(WORKSPACE_ADMIN, "Admin", "Full control of the workspace, its members and resources",
                        AccessScope.WORKSPACE, concat(WS_VIEW, WS_EDIT, WS_ADMIN)),
                role(WORKSPACE_USER, "Editor", "Can create and edit the workspace's resources",
                        AccessScope.WORKSPACE, concat(WS_VIEW, WS_EDIT)),
                role(WORKSPACE_VIEWER, "Viewer", "Read-only access to the workspace",
                        AccessScope.WORKSPACE, WS_VIEW));
    }

    /** Every permission a custom (workspace) role may hold. */
    static Set<String> workspacePermissions() {
        return new LinkedHashSet<>(concat(WS_VIEW, WS_EDIT, WS_ADMIN));
    }

    static UUID systemId(String name) {
        return UUID.nameUUIDFromBytes(("langsmith-system-role:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static Role role(String name, String display, String description, AccessScope scope, List<String> perms) {
        return new Role(systemId(name), name, display, description, null, perms, scope, false);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }
}
