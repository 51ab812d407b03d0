package dev.lsorg.app.rows;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Renders workspaces: name, handle, member and key counts, age, and whether deleted. */
public final class WorkspaceRows {
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("NAME", 12, 3, 0), Column.of("HANDLE", 8, 2, 2),
            Column.num("MEMBERS", 7, 0), Column.num("KEYS", 4, 1), Column.of("CREATED", 7, 0, 1),
            Column.of("DELETED", 7, 0, 1));

    private WorkspaceRows() {
    }

    /** One row per workspace; deleted ones only when {@code showDeleted}. */
    public static List<Row> rows(OrgData d, boolean showDeleted, Instant now) {
        if (d.workspaces() == null) {
            return List.of();
        }
        Map<UUID, Integer> members = memberCounts(d);
        Map<String, Integer> keys = keyCounts(d);
        List<Row> out = new ArrayList<>(d.workspaces().size());
        for (TenantForUser w : d.workspaces()) {
            if (showDeleted || !w.isDeleted()) {
                // Unknown ("?") until the keys arrive (a 0 would claim the workspace has none), and for a name other
                // live workspaces share: keys name their workspaces only by name here, and lsorg does not guess.
                Integer k = d.serviceKeys() == null || shared(d, w) ? null : keys.getOrDefault(w.displayName(), 0);
                out.add(row(w, members.get(w.id()), k, now));
            }
        }
        return out;
    }

    private static Row row(TenantForUser w, Integer members, Integer keys, Instant now) {
        String m = members == null ? "?" : String.valueOf(members);
        String k = keys == null ? "?" : String.valueOf(keys);
        String[] cells = {w.displayName(), w.tenantHandle() == null ? "-" : w.tenantHandle(), m, k,
                Ages.age(w.createdAt(), now), w.isDeleted() ? "deleted" : ""};
        String[] keysSort = {lower(w.displayName()), lower(w.tenantHandle()), Ages.key(members == null ? 0 : members),
                Ages.key(keys == null ? 0 : keys), Ages.key(w.createdAt()), w.isDeleted() ? "1" : "0"};
        return Row.of(String.valueOf(w.id()), cells, keysSort, w.isDeleted() ? Row.DIM : 0, String.valueOf(w.id()), w);
    }

    // Counts come from the workspace member lists when loaded, else from each org member's workspace ids.
    private static Map<UUID, Integer> memberCounts(OrgData d) {
        Map<UUID, Integer> out = new HashMap<>();
        if (d.members() != null) {
            for (OrgMemberIdentity m : d.members().members()) {
                if (m.tenantIds() != null) {
                    m.tenantIds().forEach(t -> out.merge(t, 1, Integer::sum));
                }
            }
        }
        for (Map.Entry<UUID, TenantMembers> e : d.workspaceMembers().entrySet()) {
            out.put(e.getKey(), e.getValue().members().size());
        }
        return out;
    }

    private static Map<String, Integer> keyCounts(OrgData d) {
        Map<String, Integer> out = new HashMap<>();
        if (d.serviceKeys() != null) {
            for (APIKeyGetResponse k : d.serviceKeys()) {
                if (k.workspaceNames() != null) {
                    k.workspaceNames().forEach(n -> out.merge(n, 1, Integer::sum));
                }
            }
        }
        return out;
    }

    /** Whether another live workspace has {@code w}'s name. */
    private static boolean shared(OrgData d, TenantForUser w) {
        return !w.isDeleted() && d.workspaces().stream().filter(o -> !o.isDeleted()
                && o.displayName().equals(w.displayName())).count() > 1;
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
    }

    /** Field lines for the detail view: the workspace and who is in it with which role. */
    public static List<String[]> detail(TenantForUser w, OrgData d, Instant now) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Name", w.displayName()});
        out.add(new String[] {"Id", String.valueOf(w.id())});
        out.add(new String[] {"Handle", w.tenantHandle() == null ? "-" : w.tenantHandle()});
        out.add(new String[] {"Created", w.createdAt() + " (" + Ages.ago(w.createdAt(), now) + ")"});
        out.add(new String[] {"Deleted", w.isDeleted() ? "yes" : "no"});
        out.add(new String[] {"Personal", w.isPersonal() ? "yes" : "no"});
        out.add(new String[] {"Your role", w.roleName() == null ? "-" : RoleLabels.of(w.roleName(), w.roleId(), d)});
        TenantMembers tm = d.workspaceMembers().get(w.id());
        if (tm != null) {
            out.add(new String[] {"Members", tm.members().size() + " (+" + tm.pending().size() + " pending)"});
            tm.members().forEach(m -> out.add(new String[] {"  " + m.email(),
                    RoleLabels.of(m.roleName(), m.roleId(), d)}));
            tm.pending().forEach(p -> out.add(new String[] {"  " + p.email(),
                    "pending, " + RoleLabels.of(p.roleName(), p.roleId(), d)}));
        }
        return out;
    }
}
