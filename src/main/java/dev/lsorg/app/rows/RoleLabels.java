package dev.lsorg.app.rows;

import dev.lsorg.model.OrgData;
import dev.lsorg.model.Role;
import java.util.UUID;

/**
 * Short role labels for narrow columns, the same in every pane: org roles carry "Org" ("Org Admin") so they cannot
 * be mistaken for the workspace role of the same name ("Admin") where both kinds share a column, as in the API keys
 * pane. Custom roles (all named {@code CUSTOM} by the API) are shown by their display name.
 */
public final class RoleLabels {
    /** The name the API gives every custom role; only the display name tells them apart. */
    private static final String CUSTOM = "CUSTOM";

    private RoleLabels() {
    }

    /** The label for a system role name, e.g. "ORGANIZATION_USER" reads "Org User"; other names are kept; null "-". */
    public static String of(String name) {
        if (name == null) {
            return "-";
        }
        return switch (name) {
            case "ORGANIZATION_ADMIN" -> "Org Admin";
            case "ORGANIZATION_USER" -> "Org User";
            case "ORGANIZATION_VIEWER" -> "Org Viewer";
            case "ORGANIZATION_OPERATOR" -> "Org Operator";
            case "WORKSPACE_ADMIN" -> "Admin";
            case "WORKSPACE_USER" -> "Editor";
            case "WORKSPACE_VIEWER" -> "Viewer";
            case CUSTOM -> "Custom";
            default -> name;
        };
    }

    /** The label for a role record: system roles by their name, custom ones by their display name. */
    public static String of(Role r) {
        boolean custom = r.name() == null || r.name().equals(CUSTOM) || of(r.name()).equals(r.name());
        return custom && r.displayName() != null && !r.displayName().isBlank() ? r.displayName() : of(r.name());
    }

    /** The label for a member's role: by its id in the loaded roles when known (custom roles), else by name. */
    public static String of(String name, UUID roleId, OrgData d) {
        Role r = d == null ? null : d.role(roleId);
        return r != null ? of(r) : of(name);
    }
}
