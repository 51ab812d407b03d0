package dev.lsorg.app.rows;

import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.TenantMembers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Renders one workspace's members and pending invites. */
public final class WorkspaceMemberRows {
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("EMAIL", 28, 3, 0), Column.of("NAME", 10, 2, 1),
            Column.of("WS ROLE", 9, 1, 0), Column.of("ORG ROLE", 10, 1, 2), Column.of("STATUS", 8, 0, 0),
            Column.of("ADDED", 5, 0, 3));

    private WorkspaceMemberRows() {
    }

    /** Members, then invites; empty while the list is not loaded; {@code d} names custom roles. */
    public static List<Row> rows(TenantMembers tm, OrgData d, Instant now) {
        if (tm == null) {
            return List.of();
        }
        List<Row> out = new ArrayList<>();
        tm.members().forEach(m -> out.add(member(m, d, now)));
        tm.pending().forEach(p -> out.add(pending(p, d, now)));
        return out;
    }

    private static Row member(MemberIdentity m, OrgData d, Instant now) {
        String status = m.isDisabled() ? "disabled" : "member";
        String[] cells = {m.email(), m.fullName(), RoleLabels.of(m.roleName(), m.roleId(), d),
                RoleLabels.of(m.orgRoleName(), m.orgRoleId(), d), status, Ages.age(m.createdAt(), now)};
        String[] sort = {WorkspaceRows.lower(m.email()), WorkspaceRows.lower(m.fullName()), cells[2], cells[3],
                status, Ages.key(m.createdAt())};
        return Row.of(String.valueOf(m.id()), cells, sort, m.isDisabled() ? Row.DIM : 0, m.email(), m);
    }

    private static Row pending(PendingIdentity p, OrgData d, Instant now) {
        String[] cells = {p.email(), p.fullName(), RoleLabels.of(p.roleName(), p.roleId(), d),
                RoleLabels.of(p.orgRoleName(), p.orgRoleId(), d), "pending", Ages.age(p.createdAt(), now)};
        String[] sort = {WorkspaceRows.lower(p.email()), WorkspaceRows.lower(p.fullName()), cells[2], cells[3],
                "pending", Ages.key(p.createdAt())};
        return Row.of(String.valueOf(p.id()), cells, sort, Row.MARKED, p.email(), p);
    }

    /** Field lines for one workspace member or invite. */
    public static List<String[]> detail(Object source, OrgData d, Instant now) {
        List<String[]> out = new ArrayList<>();
        if (source instanceof MemberIdentity m) {
            out.add(new String[] {"Email", m.email()});
            out.add(new String[] {"Name", m.fullName()});
            out.add(new String[] {"Workspace role", RoleLabels.of(m.roleName(), m.roleId(), d) + " (" + m.roleName()
                    + ")"});
            out.add(new String[] {"Org role", RoleLabels.of(m.orgRoleName(), m.orgRoleId(), d)});
            out.add(new String[] {"Identity id", String.valueOf(m.id())});
            out.add(new String[] {"User id", String.valueOf(m.userId())});
            out.add(new String[] {"LangSmith user id", String.valueOf(m.lsUserId())});
            out.add(new String[] {"Added", m.createdAt() + " (" + Ages.ago(m.createdAt(), now) + ")"});
            out.add(new String[] {"Disabled", m.isDisabled() ? "yes" : "no"});
        } else if (source instanceof PendingIdentity p) {
            out.add(new String[] {"Email", p.email()});
            out.add(new String[] {"Status", "pending invite"});
            out.add(new String[] {"Workspace role", RoleLabels.of(p.roleName(), p.roleId(), d)});
            out.add(new String[] {"Invite id", String.valueOf(p.id())});
            out.add(new String[] {"Invited", p.createdAt() + " (" + Ages.ago(p.createdAt(), now) + ")"});
        }
        return out;
    }
}
