package dev.lsorg.app.rows;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Renders service keys and PATs with their scope, role and age, marking expired, never-used and stale keys. */
public final class ApiKeyRows {
    /** Unused for this long makes a key stale. */
    public static final Duration STALE = Duration.ofDays(90);
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("DESCRIPTION", 12, 3, 0), Column.of("KEY", 15, 0, 3),
            Column.of("TYPE", 7, 0, 1), Column.of("SCOPE", 8, 2, 0), Column.of("ROLE", 10, 1, 1),
            Column.of("CREATED", 7, 0, 3), Column.of("USED", 6, 0, 0), Column.of("EXPIRES", 8, 0, 2),
            Column.of("FLAG", 10, 0, 0));

    private ApiKeyRows() {
    }

    /** Service keys, then PATs. */
    public static List<Row> rows(OrgData d, Instant now) {
        List<Row> out = new ArrayList<>();
        if (d.serviceKeys() != null) {
            d.serviceKeys().forEach(k -> out.add(row(k, "service", d, now)));
        }
        if (d.personalAccessTokens() != null) {
            d.personalAccessTokens().forEach(k -> out.add(row(k, "PAT", d, now)));
        }
        return out;
    }

    private static Row row(APIKeyGetResponse k, String type, OrgData d, Instant now) {
        String flag = flag(k, now);
        String[] cells = {k.description(), k.shortKey(), type, scope(k), roleName(k, d), Ages.age(k.createdAt(), now),
                k.lastUsedAt() == null ? "never" : Ages.age(k.lastUsedAt(), now),
                Ages.until(k.expiresAt(), now), flag};
        String[] sort = {WorkspaceRows.lower(k.description()), k.shortKey(), type, cells[3], cells[4],
                Ages.key(k.createdAt()), Ages.key(k.lastUsedAt()), Ages.key(k.expiresAt()), flag};
        int flags = flag.isEmpty() ? 0 : Row.WARN;
        // The id, never the key: the secret is not even in the listing, and copying must not invite pasting it.
        return Row.of(String.valueOf(k.id()), cells, sort, flags, String.valueOf(k.id()), k);
    }

    /** "expired", "never used", "stale" or "". */
    public static String flag(APIKeyGetResponse k, Instant now) {
        if (k.expiresAt() != null && !k.expiresAt().isAfter(now)) {
            return "expired";
        }
        if (k.lastUsedAt() == null) {
            return "never used";
        }
        return k.lastUsedAt().isBefore(now.minus(STALE)) ? "stale" : "";
    }

    private static String scope(APIKeyGetResponse k) {
        if (k.accessScope() == AccessScope.ORGANIZATION || k.workspaceNames() == null || k.workspaceNames().isEmpty()) {
            return k.accessScope() == AccessScope.WORKSPACE && k.defaultWorkspaceName() != null
                    ? k.defaultWorkspaceName() : "org-wide";
        }
        return String.join(",", k.workspaceNames());
    }

    private static String roleName(APIKeyGetResponse k, OrgData d) {
        Role r = d.role(k.orgRoleId() != null ? k.orgRoleId() : k.roleId());
        if (r != null) {
            // Org and workspace roles share this column, so the label must say which ("Org Admin" vs "Admin").
            return RoleLabels.of(r);
        }
        return k.readOnly() ? "read-only" : "-";
    }

    /** Field lines for one key (never the secret: listings do not have it). */
    public static List<String[]> detail(APIKeyGetResponse k, OrgData d, Instant now) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Description", k.description()});
        out.add(new String[] {"Key", k.shortKey()});
        out.add(new String[] {"Id", String.valueOf(k.id())});
        out.add(new String[] {"Scope", scope(k) + " (" + k.accessScope() + ")"});
        out.add(new String[] {"Role", roleName(k, d)});
        out.add(new String[] {"Created", k.createdAt() + " (" + Ages.ago(k.createdAt(), now) + ")"});
        out.add(new String[] {"Last used", k.lastUsedAt() == null ? "never"
                : k.lastUsedAt() + " (" + Ages.ago(k.lastUsedAt(), now) + ")"});
        out.add(new String[] {"Expires", k.expiresAt() == null ? "never"
                : k.expiresAt() + " (" + Ages.until(k.expiresAt(), now) + ")"});
        out.add(new String[] {"Default workspace", k.defaultWorkspaceName() == null ? "-" : k.defaultWorkspaceName()});
        String flag = flag(k, now);
        out.add(new String[] {"Attention", flag.isEmpty() ? "none" : flag});
        return out;
    }
}
