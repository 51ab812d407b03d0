package dev.lsorg.app.rows;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.TenantMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Renders who holds one role (the Roles pane's drill-down): org members and invites with it as their org role,
 * workspace members and invites with it in a workspace, and service keys that carry it.
 */
public final class RoleHolderRows {
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("KIND", 9, 0, 0), Column.of("WHO", 28, 3, 0),
            Column.of("WHERE", 12, 2, 1), Column.of("NAME", 10, 1, 2));

    /** What a holder row leads to: the pane's object (a member, an invite, a workspace member, a key). */
    public record Holder(String kind, Object source, UUID workspace) {
    }

    private RoleHolderRows() {
    }

    /** Every holder of role {@code roleId} in the loaded org. */
    public static List<Row> rows(OrgData d, String roleId) {
        UUID role = uuid(roleId);
        if (role == null) {
            return List.of();
        }
        List<Row> out = new ArrayList<>();
        org(d, role, out);
        for (Map.Entry<UUID, TenantMembers> e : d.workspaceMembers().entrySet()) {
            workspace(d, e.getKey(), e.getValue(), role, out);
        }
        if (d.serviceKeys() != null) {
            d.serviceKeys().stream().filter(k -> role.equals(k.roleId()) || role.equals(k.orgRoleId()))
                    .forEach(k -> out.add(key(k)));
        }
        return out;
    }

    private static void org(OrgData d, UUID role, List<Row> out) {
        if (d.members() == null) {
            return;
        }
        for (OrgMemberIdentity m : d.members().members()) {
            if (role.equals(m.roleId())) {
                out.add(row("member", m.email(), "org", m.fullName(), String.valueOf(m.id()), m, null));
            }
        }
        for (OrgPendingIdentity p : d.members().pending()) {
            if (role.equals(p.roleId())) {
                out.add(row("invite", p.email(), "org", p.fullName(), String.valueOf(p.id()), p, null));
            }
        }
    }

    private static void workspace(OrgData d, UUID ws, TenantMembers tm, UUID role, List<Row> out) {
        String where = MemberRows.name(d, ws);
        for (MemberIdentity m : tm.members()) {
            if (role.equals(m.roleId())) {
                out.add(row("ws member", m.email(), where, m.fullName(), ws + "/" + m.id(), m, ws));
            }
        }
        for (PendingIdentity p : tm.pending()) {
            if (role.equals(p.roleId())) {
                out.add(row("ws invite", p.email(), where, p.fullName(), ws + "/" + p.id(), p, ws));
            }
        }
    }

    private static Row key(APIKeyGetResponse k) {
        String where = k.workspaceNames() == null || k.workspaceNames().isEmpty() ? "org"
                : String.join(", ", k.workspaceNames());
        return row("key", k.description(), where, k.shortKey(), String.valueOf(k.id()), k, null);
    }

    private static Row row(String kind, String who, String where, String name, String id, Object source, UUID ws) {
        String[] cells = {kind, who, where, name == null ? "" : name};
        String[] sort = {kind, WorkspaceRows.lower(who), WorkspaceRows.lower(where), WorkspaceRows.lower(name)};
        return Row.of(id, cells, sort, kind.endsWith("invite") ? Row.MARKED : 0, who, new Holder(kind, source, ws));
    }

    private static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
