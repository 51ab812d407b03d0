package dev.lsorg.shell;

import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.text.Sanitizer;
import java.util.List;
import java.util.Optional;

/**
 * What {@code show} prints: everything the loaded org says about one member, invite, workspace, key or role, each
 * value sanitised and cut ({@link Sanitizer#line}).
 */
final class Details {
    private final OrgIndex index;

    Details(OrgIndex index) {
        this.index = index;
    }

    /**
     * Beyond the org-wide lists, what {@link #describe} reads about {@code target}: a member's workspace lists (the
     * workspaces the org list says they are in), or a workspace's own member and key lists.
     */
    static Needs needs(OrgIndex index, String target) {
        Optional<OrgMemberIdentity> member = index.member(target);
        if (member.isPresent()) {
            List<String> in = member.get().tenantIds() == null ? List.of()
                    : member.get().tenantIds().stream().map(String::valueOf).toList();
            return new Needs(java.util.Set.of(), in, List.of());
        }
        if (index.pending(target).isEmpty()) {
            Optional<TenantForUser> ws = index.workspace(target);
            if (ws.isPresent()) {
                String id = ws.get().id().toString();
                return new Needs(java.util.Set.of(), List.of(id), List.of(id));
            }
        }
        return Needs.NOTHING;
    }

    /** The details of whatever {@code target} names, or empty when it names nothing. */
    Optional<String> describe(String target) {
        return index.member(target).map(this::member)
                .or(() -> index.pending(target).map(this::pending))
                .or(() -> index.workspace(target).map(this::workspace))
                .or(() -> index.key(target).map(this::key))
                .or(() -> index.anyRole(target).map(this::role));
    }

    private String role(Role r) {
        StringBuilder sb = new StringBuilder();
        field(sb, "role", r.displayName());
        field(sb, "name", r.name());
        field(sb, "id", String.valueOf(r.id()));
        field(sb, "kind", r.organizationId() == null ? "system" : "custom");
        field(sb, "scope", r.accessScope() == null ? null : r.accessScope().name().toLowerCase(java.util.Locale.ROOT));
        field(sb, "description", r.description());
        List<String> perms = r.permissions() == null ? List.of() : r.permissions().stream().sorted().toList();
        field(sb, "permissions", perms.isEmpty() ? "none" : String.join(", ", perms));
        return sb.toString();
    }

    private String member(OrgMemberIdentity m) {
        StringBuilder sb = new StringBuilder();
        field(sb, "member", m.email());
        field(sb, "name", m.fullName());
        field(sb, "org role", index.roleName(m.roleId()));
        field(sb, "status", m.isDisabled() ? "disabled" : "active");
        field(sb, "identity id", String.valueOf(m.id()));
        field(sb, "joined", String.valueOf(m.createdAt()));
        for (TenantForUser ws : index.workspaces()) {
            index.workspaceMember(ws.id(), m.email()).ifPresent(wm ->
                    field(sb, "workspace", ws.displayName() + " as " + index.roleName(wm.roleId())));
        }
        return sb.toString();
    }

    private String pending(OrgPendingIdentity p) {
        StringBuilder sb = new StringBuilder();
        field(sb, "pending invite", p.email());
        field(sb, "org role", index.roleName(p.roleId()));
        List<String> ws = p.workspaceIds() == null ? List.of() : p.workspaceIds().stream().map(index::workspaceName).toList();
        field(sb, "workspaces", ws.isEmpty() ? "-" : String.join(", ", ws));
        field(sb, "workspace role", index.roleName(p.workspaceRoleId()));
        field(sb, "invited", String.valueOf(p.createdAt()));
        field(sb, "invite id", String.valueOf(p.id()));
        return sb.toString();
    }

    private String workspace(TenantForUser w) {
        StringBuilder sb = new StringBuilder();
        field(sb, "workspace", w.displayName());
        field(sb, "id", String.valueOf(w.id()));
        field(sb, "handle", w.tenantHandle());
        TenantMembers tm = index.org().workspaceMembers().get(w.id());
        field(sb, "members", tm == null ? "-" : String.valueOf(tm.members().size()));
        field(sb, "pending", tm == null ? "-" : String.valueOf(tm.pending().size()));
        field(sb, "keys", String.valueOf(index.org().workspaceKeys().getOrDefault(w.id(), List.of()).size()));
        field(sb, "created", String.valueOf(w.createdAt()));
        return sb.toString();
    }

    private String key(APIKeyGetResponse k) {
        StringBuilder sb = new StringBuilder();
        field(sb, "key", k.description());
        field(sb, "short key", k.shortKey());
        field(sb, "id", String.valueOf(k.id()));
        field(sb, "scope", k.accessScope() == null ? null : k.accessScope().name().toLowerCase(java.util.Locale.ROOT));
        field(sb, "org role", index.roleName(k.orgRoleId()));
        field(sb, "workspace role", index.roleName(k.roleId()));
        field(sb, "workspaces", k.workspaceNames() == null ? null : String.join(", ", k.workspaceNames()));
        field(sb, "expires", k.expiresAt() == null ? "never" : k.expiresAt().toString());
        field(sb, "last used", k.lastUsedAt() == null ? "never" : k.lastUsedAt().toString());
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(String.format("%-15s %s%n", name + ":", value == null ? "-" : Sanitizer.line(value)));
    }
}
