package dev.lsorg.app.rows;

import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.ProviderUserSlim;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Renders org members and pending invites together, with a status column. */
public final class MemberRows {
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("STATUS", 8, 0, 0), Column.of("EMAIL", 28, 3, 0),
            Column.of("NAME", 10, 2, 2), Column.of("ORG ROLE", 10, 1, 0), Column.num("WS", 3, 1),
            Column.of("AGE", 4, 0, 1), Column.of("LOGIN", 7, 1, 3));

    private MemberRows() {
    }

    /** Active members first, then invites, as the API lists them. */
    public static List<Row> rows(OrgData d, Instant now) {
        if (d.members() == null) {
            return List.of();
        }
        List<Row> out = new ArrayList<>();
        Labels labels = new Labels(d);
        // each row is made on its own, so a large org's are made on every core (the GUI thread's first view of the
        // 50,000-member org waits for them)
        if (d.members().members().size() >= 5_000) {
            out.addAll(d.members().members().parallelStream().map(m -> member(m, d, labels, now)).toList());
        } else {
            d.members().members().forEach(m -> out.add(member(m, d, labels, now)));
        }
        d.members().pending().forEach(p -> out.add(pending(p, d, now)));
        return out;
    }

    private static Row member(OrgMemberIdentity m, OrgData d, Labels labels, Instant now) {
        String status = m.isDisabled() ? "disabled" : "active";
        int ws = m.tenantIds() == null ? 0 : m.tenantIds().size();
        String[] role = labels.of(m.roleName(), m.roleId());
        String[] cells = {status, m.email(), m.fullName(), role[0], String.valueOf(ws),
                Ages.age(m.createdAt(), now), logins(m.linkedLoginMethods())};
        String[] sort = {status, WorkspaceRows.lower(m.email()), WorkspaceRows.lower(m.fullName()), role[1],
                Ages.key(ws), Ages.key(m.createdAt()), cells[6]};
        return Row.of(String.valueOf(m.id()), cells, sort, m.isDisabled() ? Row.DIM : 0, m.email(), m);
    }

    private static Row pending(OrgPendingIdentity p, OrgData d, Instant now) {
        int ws = p.workspaceIds() == null ? 0 : p.workspaceIds().size();
        String[] cells = {"pending", p.email(), p.fullName(), RoleLabels.of(p.roleName(), p.roleId(), d),
                String.valueOf(ws),
                Ages.age(p.createdAt(), now), "invite"};
        String[] sort = {"pending", WorkspaceRows.lower(p.email()), WorkspaceRows.lower(p.fullName()),
                WorkspaceRows.lower(cells[3]), Ages.key(ws), Ages.key(p.createdAt()), "invite"};
        return Row.of(String.valueOf(p.id()), cells, sort, Row.MARKED, p.email(), p);
    }

    /**
     * Each of the org's roles' label and its sort key, made once for all the rows: 50,000 members share a handful of
     * roles, and looking each one's up and lower-casing it was a tenth of making their rows.
     */
    private static final class Labels {
        private final Map<UUID, String[]> byId = new HashMap<>();

        Labels(OrgData d) {
            for (Role r : d.roles() == null ? List.<Role>of() : d.roles()) {
                if (r.id() != null) {
                    String label = RoleLabels.of(r);
                    byId.putIfAbsent(r.id(), new String[] {label, WorkspaceRows.lower(label)});
                }
            }
        }

        // The label of a role, as RoleLabels gives it, and its sort key; a role not among the org's by its name.
        String[] of(String name, UUID id) {
            String[] known = id == null ? null : byId.get(id);
            if (known != null) {
                return known;
            }
            String label = RoleLabels.of(name);
            return new String[] {label, WorkspaceRows.lower(label)};
        }
    }

    private static String logins(List<ProviderUserSlim> methods) {
        if (methods == null || methods.isEmpty()) {
            return "-";
        }
        if (methods.size() == 1) {
            // most members have one login method: no stream for each of 50,000 rows
            return String.valueOf(methods.get(0).provider());
        }
        return methods.stream().map(ProviderUserSlim::provider).distinct().collect(Collectors.joining(","));
    }

    /** Field lines for a member: identity, org role and the role in every workspace whose members are loaded. */
    public static List<String[]> detail(Object source, OrgData d, Instant now) {
        List<String[]> out = new ArrayList<>();
        if (source instanceof OrgMemberIdentity m) {
            out.add(new String[] {"Email", m.email()});
            out.add(new String[] {"Name", m.fullName()});
            out.add(new String[] {"Status", m.isDisabled() ? "disabled" : "active"});
            out.add(new String[] {"Org role", RoleLabels.of(m.roleName(), m.roleId(), d) + " (" + m.roleName() + ")"});
            out.add(new String[] {"Identity id", String.valueOf(m.id())});
            out.add(new String[] {"User id", String.valueOf(m.userId())});
            out.add(new String[] {"LangSmith user id", String.valueOf(m.lsUserId())});
            out.add(new String[] {"Joined", m.createdAt() + " (" + Ages.ago(m.createdAt(), now) + ")"});
            out.add(new String[] {"Login", logins(m.linkedLoginMethods())});
            out.add(new String[] {"Workspaces", String.valueOf(m.tenantIds() == null ? 0 : m.tenantIds().size())});
            workspaceRoles(m, d).forEach(out::add);
        } else if (source instanceof OrgPendingIdentity p) {
            out.add(new String[] {"Email", p.email()});
            out.add(new String[] {"Status", "pending invite"});
            out.add(new String[] {"Org role", RoleLabels.of(p.roleName(), p.roleId(), d)});
            out.add(new String[] {"Invited", p.createdAt() + " (" + Ages.ago(p.createdAt(), now) + ")"});
            out.add(new String[] {"Workspace role", p.workspaceRoleName() == null ? "-"
                    : RoleLabels.of(p.workspaceRoleName(), p.workspaceRoleId(), d)});
            if (p.workspaceIds() != null) {
                p.workspaceIds().forEach(w -> out.add(new String[] {"  workspace", name(d, w)}));
            }
        }
        return out;
    }

    private static List<String[]> workspaceRoles(OrgMemberIdentity m, OrgData d) {
        List<String[]> out = new ArrayList<>();
        for (UUID w : m.tenantIds() == null ? List.<UUID>of() : m.tenantIds()) {
            out.add(new String[] {"  " + name(d, w), roleIn(d, w, m.lsUserId())});
        }
        return out;
    }

    private static String roleIn(OrgData d, UUID ws, UUID user) {
        TenantMembers tm = d.workspaceMembers().get(ws);
        if (tm == null) {
            return "(loading)";
        }
        return tm.members().stream().filter(x -> user != null && user.equals(x.lsUserId()))
                .map(x -> RoleLabels.of(x.roleName(), x.roleId(), d)).findFirst().orElse("-");
    }

    static String name(OrgData d, UUID ws) {
        TenantForUser w = d.workspace(ws);
        return w == null ? String.valueOf(ws) : w.displayName();
    }
}
