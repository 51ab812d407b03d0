package dev.lsorg.app.rows;

import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Renders the workspaces one org member is in, with their role in each (the Members pane's drill-down). */
public final class MemberWorkspaceRows {
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("WORKSPACE", 20, 3, 0), Column.of("WS ROLE", 9, 1, 0),
            Column.of("HANDLE", 8, 1, 2), Column.of("ADDED", 5, 0, 1));

    private MemberWorkspaceRows() {
    }

    /** The member with identity id {@code memberId}, or null while members are not loaded or it is gone. */
    public static OrgMemberIdentity member(OrgData d, String memberId) {
        if (d.members() == null || memberId == null) {
            return null;
        }
        return d.members().members().stream().filter(m -> memberId.equals(String.valueOf(m.id()))).findFirst()
                .orElse(null);
    }

    /** One row per workspace the member is in, as the org lists them; the role from its member list. */
    public static List<Row> rows(OrgData d, String memberId, Instant now) {
        OrgMemberIdentity m = member(d, memberId);
        if (m == null || m.tenantIds() == null) {
            return List.of();
        }
        List<Row> out = new ArrayList<>();
        for (UUID ws : m.tenantIds()) {
            out.add(row(d, ws, in(d, ws, m.lsUserId()), now));
        }
        return out;
    }

    /** The member's entry in {@code ws}'s member list, or null (not loaded, or not there). */
    public static MemberIdentity in(OrgData d, UUID ws, UUID user) {
        TenantMembers tm = d.workspaceMembers().get(ws);
        if (tm == null || user == null) {
            return null;
        }
        return tm.members().stream().filter(x -> user.equals(x.lsUserId())).findFirst().orElse(null);
    }

    private static Row row(OrgData d, UUID ws, MemberIdentity in, Instant now) {
        TenantForUser w = d.workspace(ws);
        String name = w == null ? String.valueOf(ws) : w.displayName();
        String role = in != null ? RoleLabels.of(in.roleName(), in.roleId(), d)
                : d.workspaceMembers().get(ws) == null ? "(loading)" : "-";
        String handle = w == null || w.tenantHandle() == null ? "-" : w.tenantHandle();
        String[] cells = {name, role, handle, in == null ? "-" : Ages.age(in.createdAt(), now)};
        String[] sort = {WorkspaceRows.lower(name), role, handle, Ages.key(in == null ? null : in.createdAt())};
        return Row.of(String.valueOf(ws), cells, sort, w != null && w.isDeleted() ? Row.DIM : 0, String.valueOf(ws),
                w == null ? ws : w);
    }
}
