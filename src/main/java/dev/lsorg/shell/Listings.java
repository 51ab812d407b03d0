package dev.lsorg.shell;

import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Pure functions from a loaded org to the tables {@code ls} prints: one per noun, org-wide or for one workspace. */
public final class Listings {
    private final OrgIndex index;

    /** Listings of the org behind {@code index}. */
    public Listings(OrgIndex index) {
        this.index = index;
    }

    /** The table for {@code ls WHAT}, for the org ({@code workspace == null}) or one workspace. */
    public Table table(String what, TenantForUser workspace) {
        return switch (what) {
            case "workspaces" -> workspaces();
            case "members" -> workspace == null ? orgMembers() : workspaceMembers(workspace.id());
            case "pending" -> workspace == null ? orgPending() : workspacePending(workspace.id());
            case "keys" -> keys(workspace);
            case "roles" -> roles();
            default -> throw new IllegalArgumentException("nothing to list called " + what);
        };
    }

    private Table workspaces() {
        return new Table(List.of("name", "id", "handle", "members"), index.workspaces().stream()
                .map(w -> List.of(w.displayName(), w.id().toString(), text(w.tenantHandle()), memberCount(w.id())))
                .toList());
    }

    private Table orgMembers() {
        return new Table(List.of("email", "name", "org_role", "workspaces", "status"),
                index.org().members().members().stream().map(this::orgMemberRow).toList());
    }

    private List<String> orgMemberRow(OrgMemberIdentity m) {
        return List.of(text(m.email()), text(m.fullName()), roleOf(m.roleId(), m.roleName()),
                workspaceNames(m.tenantIds()), m.isDisabled() ? "disabled" : "active");
    }

    private Table workspaceMembers(UUID ws) {
        TenantMembers tm = index.org().workspaceMembers().get(ws);
        List<MemberIdentity> members = tm == null ? List.of() : tm.members();
        return new Table(List.of("email", "name", "workspace_role", "org_role"), members.stream()
                .map(m -> List.of(text(m.email()), text(m.fullName()), roleOf(m.roleId(), m.roleName()),
                        roleOf(m.orgRoleId(), m.orgRoleName()))).toList());
    }

    private Table orgPending() {
        return new Table(List.of("email", "org_role", "workspaces", "workspace_role", "invited"),
                index.org().members().pending().stream().map(this::pendingRow).toList());
    }

    private List<String> pendingRow(OrgPendingIdentity p) {
        return List.of(text(p.email()), roleOf(p.roleId(), p.roleName()), workspaceNames(p.workspaceIds()),
                roleOf(p.workspaceRoleId(), p.workspaceRoleName()), time(p.createdAt()));
    }

    private Table workspacePending(UUID ws) {
        TenantMembers tm = index.org().workspaceMembers().get(ws);
        List<PendingIdentity> pending = tm == null ? List.of() : tm.pending();
        return new Table(List.of("email", "workspace_role", "invited"), pending.stream()
                .map(p -> List.of(text(p.email()), roleOf(p.roleId(), p.roleName()), time(p.createdAt()))).toList());
    }

    private Table keys(TenantForUser workspace) {
        List<APIKeyGetResponse> keys = workspace == null ? index.keys()
                : index.org().workspaceKeys().getOrDefault(workspace.id(), List.of());
        return new Table(List.of("description", "short_key", "scope", "role", "workspaces", "expires", "last_used"),
                keys.stream().map(this::keyRow).toList());
    }

    private List<String> keyRow(APIKeyGetResponse k) {
        String role = k.orgRoleId() != null ? index.roleName(k.orgRoleId()) : index.roleName(k.roleId());
        String scope = k.accessScope() == null ? "-" : k.accessScope().name().toLowerCase(java.util.Locale.ROOT);
        return List.of(text(k.description()), text(k.shortKey()), scope, role,
                k.workspaceNames() == null ? "-" : String.join(", ", k.workspaceNames()),
                k.expiresAt() == null ? "never" : time(k.expiresAt()), time(k.lastUsedAt()));
    }

    /** Every role, custom ones marked as such, with how many permissions each holds ({@code show ROLE} lists them). */
    private Table roles() {
        return new Table(List.of("name", "display_name", "scope", "kind", "permissions", "description"),
                index.org().roles().stream().map(r -> List.of(r.name(), r.displayName(),
                        r.accessScope() == null ? "-" : r.accessScope().name().toLowerCase(java.util.Locale.ROOT),
                        r.organizationId() == null ? "system" : "custom",
                        String.valueOf(r.permissions() == null ? 0 : r.permissions().size()), text(r.description())))
                .toList());
    }

    /** From the workspace's own member list when loaded, else from the org members' workspace ids. */
    private String memberCount(UUID ws) {
        TenantMembers tm = index.org().workspaceMembers().get(ws);
        if (tm != null) {
            return String.valueOf(tm.members().size());
        }
        if (index.org().members() == null) {
            return "-";
        }
        return String.valueOf(index.org().members().members().stream()
                .filter(m -> m.tenantIds() != null && m.tenantIds().contains(ws)).count());
    }

    private String roleOf(UUID id, String name) {
        return id != null ? index.roleName(id) : text(name);
    }

    private String workspaceNames(List<UUID> ids) {
        return ids == null || ids.isEmpty() ? "-"
                : String.join(", ", ids.stream().map(index::workspaceName).toList());
    }

    private static String text(String s) {
        return Objects.requireNonNullElse(s, "-");
    }

    private static String time(Instant t) {
        return t == null ? "-" : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
