package dev.lsorg.app.mutation;

import dev.lsorg.model.CreateRoleRequest;
import dev.lsorg.model.Role;
import dev.lsorg.model.UpdateRoleRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the custom-role changes: create, edit (name, description, permissions; LangSmith's PATCH replaces all three,
 * so unchanged ones are sent as they are) and delete. Permissions are checked against those the org's workspace roles
 * carry; system roles are never changed.
 */
final class RoleChanges {
    /** The spec sets no maximum; we cap names so a stray paste cannot become a role name. */
    static final int NAME_MAX = 128;
    private final OrgIndex index;
    private final Requests requests;

    RoleChanges(OrgIndex index, Requests requests) {
        this.index = index;
        this.requests = requests;
    }

    Proposal create(String name, String description, List<String> permissions) {
        Draft d = new Draft(index, MutationKind.CREATE_ROLE);
        String clean = name(d, name, null);
        List<String> perms = permissions(d, permissions);
        String desc = description == null ? "" : description.strip();
        d.targets.add(clean);
        Set<java.util.UUID> before = index.org().roles().stream().map(Role::id).collect(Collectors.toSet());
        d.send(requests.createRole(new CreateRoleRequest(clean, desc, perms)), new RoleChecks.Created(clean, before));
        d.notes.add(access(perms));
        d.notes.add("Nobody holds it yet: it takes effect where you give it to workspace members, invites or keys.");
        d.notes.add("Not sent, so LangSmith's default applies: the role is not restricted (is_restricted false)."
                + (desc.isEmpty() ? " The description is sent empty (LangSmith requires the field)." : ""));
        return d.finish("Create custom role " + clean + " with " + count(perms), "org " + index.orgName(), null,
                null);
    }

    Proposal edit(String roleText, RoleEdit e) {
        Draft d = new Draft(index, MutationKind.EDIT_ROLE);
        Role r = custom(d, roleText);
        if (r == null) {
            return d.finish("", "", null, null);
        }
        String name = e.name() == null || e.name().isBlank() ? r.displayName() : name(d, e.name(), r);
        String desc = e.description() == null ? current(r.description()) : e.description().strip();
        List<String> perms = edited(d, r, e);
        List<String> what = changes(r, name, desc, perms);
        d.check.require(!d.check.ok() || !what.isEmpty(), "permissions", "nothing to change: the role already has"
                + " that name, description and permissions");
        d.targets.add(r.displayName());
        d.send(requests.updateRole(r.id(), new UpdateRoleRequest(name, desc, perms)),
                new RoleChecks.Edited(r.id(), name, desc, perms));
        d.notes.add(access(perms));
        d.notes.add("Whoever holds " + r.displayName() + " gets the new permissions at once.");
        d.notes.add("LangSmith replaces name, description and permissions together: the unchanged ones are sent as"
                + " they are.");
        return d.finish("Edit custom role " + r.displayName() + ": " + String.join("; ", what),
                "org " + index.orgName(), null, null);
    }

    // The new set: the one given (else the role's), plus what to add, less what to drop (which must be there).
    private List<String> edited(Draft d, Role r, RoleEdit e) {
        Set<String> out = new LinkedHashSet<>(e.permissions() == null ? held(r) : permissions(d, e.permissions()));
        out.addAll(e.add().isEmpty() ? List.of() : permissions(d, e.add()));
        for (String raw : e.drop()) {
            String p = raw.strip();
            if (d.check.require(out.contains(p), "permissions", "'" + p + "' is not among the role's permissions")) {
                out.remove(p);
            }
        }
        d.check.require(!out.isEmpty() || !d.check.ok(), "permissions", "give at least one permission");
        return List.copyOf(out);
    }

    Proposal delete(String roleText) {
        Draft d = new Draft(index, MutationKind.DELETE_ROLE);
        Role r = custom(d, roleText);
        if (r == null) {
            return d.finish("", "", null, null);
        }
        d.targets.add(r.displayName());
        d.send(requests.deleteRole(r.id()), new RoleChecks.Gone(r.id(), r.displayName()));
        // Who holds it is the server's to say (its refusal counts them): the shell loads only the roles for this.
        d.notes.add("LangSmith refuses to delete a role that members, invites or keys still hold; give them another"
                + " role first.");
        return d.finish("Delete custom role " + r.displayName() + " (" + count(held(r)) + ")",
                "org " + index.orgName(), null, r.displayName());
    }

    private Role custom(Draft d, String text) {
        if (text == null || text.isBlank()) {
            d.check.fail("role", "choose a custom role: " + customNames());
            return null;
        }
        Optional<Role> r = index.anyRole(text);
        if (!d.check.require(r.isPresent(), "role", "no role called '" + text.strip() + "'; custom roles: "
                + customNames())) {
            return null;
        }
        boolean custom = r.get().organizationId() != null;
        d.check.require(custom, "role", r.get().displayName() + " is a system role: LangSmith does not change or"
                + " delete system roles");
        return custom ? r.get() : null;
    }

    private String name(Draft d, String text, Role self) {
        String name = text == null ? "" : text.strip();
        if (d.check.require(!name.isEmpty(), "name", "a role name is required")
                && d.check.require(name.length() <= NAME_MAX, "name", "at most " + NAME_MAX + " characters")) {
            boolean taken = index.org().roles().stream().anyMatch(r -> (self == null || !r.id().equals(self.id()))
                    && name.equalsIgnoreCase(r.displayName()));
            d.check.require(!taken, "name", "a role called " + name + " already exists");
        }
        return name;
    }

    /** The distinct permissions asked for, each one the org's roles carry; a problem for any other. */
    private List<String> permissions(Draft d, List<String> asked) {
        Set<String> out = new LinkedHashSet<>();
        List<String> known = index.rolePermissions();
        for (String raw : asked == null ? List.<String>of() : asked) {
            String p = raw.strip();
            if (!p.isEmpty() && d.check.require(known.contains(p), "permissions", "unknown permission '" + p
                    + "'; the org's roles carry: " + String.join(", ", known))) {
                out.add(p);
            }
        }
        d.check.require(!out.isEmpty() || !d.check.ok(), "permissions", "give at least one permission");
        return List.copyOf(out);
    }

    private static List<String> changes(Role r, String name, String desc, List<String> perms) {
        List<String> out = new ArrayList<>();
        if (!name.equals(r.displayName())) {
            out.add("rename to " + name);
        }
        if (!desc.equals(current(r.description()))) {
            out.add("description '" + desc + "'");
        }
        List<String> added = perms.stream().filter(p -> !held(r).contains(p)).toList();
        List<String> removed = held(r).stream().filter(p -> !perms.contains(p)).toList();
        if (!added.isEmpty()) {
            out.add("add " + Draft.join(added));
        }
        if (!removed.isEmpty()) {
            out.add("remove " + Draft.join(removed));
        }
        return out;
    }

    // Effective access in words: a custom role is a workspace role, so it grants nothing at the org level.
    private static String access(List<String> perms) {
        return "Effective access: in each workspace where it is given, " + Draft.join(perms) + "; nothing more"
                + " (a workspace role grants no org permission).";
    }

    private static List<String> held(Role r) {
        return r.permissions() == null ? List.of() : r.permissions();
    }

    private static String current(String description) {
        return description == null ? "" : description;
    }

    private String customNames() {
        List<String> names = index.customRoles().stream().map(Role::displayName).toList();
        return names.isEmpty() ? "(none yet)" : String.join(", ", names);
    }

    private static String count(List<String> perms) {
        return perms.size() + " permission" + (perms.size() == 1 ? "" : "s");
    }
}
