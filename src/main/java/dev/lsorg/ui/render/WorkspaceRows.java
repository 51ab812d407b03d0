package dev.lsorg.ui.render;

import dev.lsorg.app.OrgSnapshot;
import dev.lsorg.model.APIKeyGetResponse;
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
    public static List<Row> rows(OrgSnapshot d, boolean showDeleted, Instant now) {
        if (d.workspaces() == null) {
            return List.of();
        }
        Map<UUID, Integer> members = memberCounts(d);
        Map<String, Integer> keys = keyCounts(d);
        List<Row> out = new ArrayList<>(d.workspaces().size());
        for (TenantForUser w : d.workspaces()) {
            if (showDeleted || !w.isDeleted()) {
                out.add(row(w, members.get(w.id()), keys.getOrDefault(w.displayName(), 0), now));
            }
        }
        return out;
    }

    private static Row row(TenantForUser w, Integer members, int keys, Instant now) {
        String m = members == null ? "?" : String.valueOf(members);
        String[] cells = {w.displayName(), w.tenantHandle() == null ? "-" : w.tenantHandle(), m,
                String.valueOf(keys), Ages.age(w.createdAt(), now), w.isDeleted() ? "deleted" : ""};
        String[] keysSort = {lower(w.displayName()), lower(w.tenantHandle()), Ages.key(members == null ? 0 : members),
                Ages.key(keys), Ages.key(w.createdAt()), w.isDeleted() ? "1" : "0"};
        return Row.of(String.valueOf(w.id()), cells, keysSort, w.isDeleted() ? Row.DIM : 0, String.valueOf(w.id()), w);
    }

    // Counts come from the workspace member lists when loaded, else from each org member's workspace ids.
    private static Map<UUID, Integer> memberCounts(OrgSnapshot d) {
        Map<UUID, Integer> out = new HashMap<>();
        if (d.members() != null) {
            for (OrgMemberIdentity m : d.members().members()) {
                if (m.tenantIds() != null) {
                    m.tenantIds().forEach(t -> out.merge(t, 1, Integer::sum));
                }
            }
        }
        for (Map.Entry<UUID, TenantMembers> e : d.memberships().entrySet()) {
            out.put(e.getKey(), e.getValue().members().size());
        }
        return out;
    }

    private static Map<String, Integer> keyCounts(OrgSnapshot d) {
        Map<String, Integer> out = new HashMap<>();
        if (d.keys() != null) {
            for (APIKeyGetResponse k : d.keys().serviceKeys()) {
                if (k.workspaceNames() != null) {
                    k.workspaceNames().forEach(n -> out.merge(n, 1, Integer::sum));
                }
            }
        }
        return out;
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
    }

    /** Field lines for the detail view: the workspace and who is in it with which role. */
    public static List<String[]> detail(TenantForUser w, OrgSnapshot d, Instant now) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Name", w.displayName()});
        out.add(new String[] {"Id", String.valueOf(w.id())});
        out.add(new String[] {"Handle", w.tenantHandle() == null ? "-" : w.tenantHandle()});
        out.add(new String[] {"Created", w.createdAt() + " (" + Ages.age(w.createdAt(), now) + " ago)"});
        out.add(new String[] {"Deleted", w.isDeleted() ? "yes" : "no"});
        out.add(new String[] {"Personal", w.isPersonal() ? "yes" : "no"});
        out.add(new String[] {"Your role", w.roleName() == null ? "-" : w.roleName()});
        TenantMembers tm = d.memberships().get(w.id());
        if (tm != null) {
            out.add(new String[] {"Members", tm.members().size() + " (+" + tm.pending().size() + " pending)"});
            tm.members().forEach(m -> out.add(new String[] {"  " + m.email(), m.roleName()}));
            tm.pending().forEach(p -> out.add(new String[] {"  " + p.email(), "pending, " + p.roleName()}));
        }
        return out;
    }
}
