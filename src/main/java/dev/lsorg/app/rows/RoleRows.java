package dev.lsorg.app.rows;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Role;
import java.util.ArrayList;
import java.util.List;

/** Renders org and workspace roles; their permissions are in the detail view. */
public final class RoleRows {
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("NAME", 14, 2, 0), Column.of("SCOPE", 9, 0, 0),
            Column.of("KIND", 6, 0, 1), Column.num("PERMS", 5, 1), Column.of("DESCRIPTION", 12, 3, 2));

    private RoleRows() {
    }

    /** One row per role. */
    public static List<Row> rows(List<Role> roles) {
        if (roles == null) {
            return List.of();
        }
        List<Row> out = new ArrayList<>(roles.size());
        for (Role r : roles) {
            String scope = r.accessScope() == AccessScope.WORKSPACE ? "workspace" : "org";
            String kind = r.organizationId() == null ? "system" : "custom";
            int perms = r.permissions() == null ? 0 : r.permissions().size();
            String[] cells = {r.displayName(), scope, kind, String.valueOf(perms), r.description()};
            String[] sort = {WorkspaceRows.lower(r.displayName()), scope, kind, Ages.key(perms),
                    WorkspaceRows.lower(r.description())};
            out.add(Row.of(String.valueOf(r.id()), cells, sort, 0, String.valueOf(r.id()), r));
        }
        return out;
    }

    /** Field lines for one role, every permission on its own line. */
    public static List<String[]> detail(Role r) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Name", r.displayName() + " (" + r.name() + ")"});
        out.add(new String[] {"Id", String.valueOf(r.id())});
        out.add(new String[] {"Scope", String.valueOf(r.accessScope())});
        out.add(new String[] {"Kind", r.organizationId() == null ? "system" : "custom"});
        out.add(new String[] {"Description", r.description() == null ? "-" : r.description()});
        List<String> perms = r.permissions() == null ? List.of() : r.permissions();
        out.add(new String[] {"Permissions", String.valueOf(perms.size())});
        perms.stream().sorted().forEach(p -> out.add(new String[] {"", p}));
        return out;
    }
}
