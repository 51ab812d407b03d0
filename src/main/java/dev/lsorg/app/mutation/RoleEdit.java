package dev.lsorg.app.mutation;

import java.util.List;

/**
 * What to change in a custom role: each part null (or, for the lists, empty) stays as it is.
 *
 * @param name        the new display name, or null
 * @param description the new description, or null
 * @param permissions the whole new set of permissions, or null
 * @param add         permissions to add to the set (the new one, else the role's)
 * @param drop        permissions to take out of it; each must be in it
 */
public record RoleEdit(String name, String description, List<String> permissions, List<String> add,
                       List<String> drop) {
    /** Null lists are empty. */
    public RoleEdit {
        permissions = permissions == null ? null : List.copyOf(permissions);
        add = add == null ? List.of() : List.copyOf(add);
        drop = drop == null ? List.of() : List.copyOf(drop);
    }

    /** A new name, description and whole set of permissions (as the console's form gives them). */
    public static RoleEdit replacing(String name, String description, List<String> permissions) {
        return new RoleEdit(name, description, permissions, List.of(), List.of());
    }
}
