package dev.lsorg.emulator;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Roles: the list (system org and workspace roles plus the org's custom roles), and custom role create,
 * update, delete and restriction. Custom roles are workspace roles named {@code CUSTOM} and need RBAC; system
 * roles cannot be changed or deleted (400), a duplicate display name is a 409, and so is deleting a role that a
 * member, a workspace member, a pending invite or a key still holds (the answer counts them).
 */
final class RolesHandler {
    private static final String BASE = "/api/v1/orgs/current/roles";

    private final Store store;

    RolesHandler(Store store) {
        this.store = store;
    }

    void register(Endpoints e) {
        e.org(GET, BASE, Roles.ORG_READ, c -> List.copyOf(store.roles.values()));
        e.org(POST, BASE, Roles.ORG_MANAGE, this::create);
        e.org(PATCH, BASE + "/:role_id", Roles.ORG_MANAGE, this::update);
        e.org(DELETE, BASE + "/:role_id", Roles.ORG_MANAGE, this::delete);
        e.org(PUT, BASE + "/:role_id/restriction", Roles.ORG_MANAGE, this::restrict);
    }

    /** The three required fields of a create or update body. */
    private record Fields(String displayName, String description, List<String> permissions) {
    }

    private Fields read(Call c) {
        RequestBody body = c.body();
        BodyFields f = body.object(false);
        String name = f.requiredString("display_name");
        String description = f.requiredString("description");
        List<String> perms = f.has("permissions") ? f.optStringList("permissions") : null;
        if (!f.has("permissions")) {
            body.checks().missing(Checks.loc("body", "permissions"));
        }
        body.checks().throwIfAny();
        return new Fields(name, description, perms);
    }

    private Role create(Call c) {
        Fields f = read(c);
        if (!Boolean.TRUE.equals(store.org.config.canUseRbac())) {
            throw HttpProblem.forbidden("Custom roles need RBAC (Enterprise plan)");
        }
        checkFields(f, null);
        Role r = new Role(store.newId(), "CUSTOM", f.displayName(), f.description(), store.org.id,
                List.copyOf(f.permissions()), AccessScope.WORKSPACE, false);
        store.roles.put(r.id(), r);
        return r;
    }

    private Role update(Call c) {
        UUID id = c.pathId("role_id");
        Fields f = read(c);
        Role old = custom(id);
        checkFields(f, id);
        Role r = new Role(id, old.name(), f.displayName(), f.description(), old.organizationId(),
                List.copyOf(f.permissions()), old.accessScope(), old.isRestricted());
        store.roles.put(id, r);
        return r;
    }

    private Role delete(Call c) {
        Role r = custom(c.pathId("role_id"));
        List<String> holders = holders(r.id());
        if (!holders.isEmpty()) {
            throw HttpProblem.conflict("Role '" + r.displayName() + "' is in use by " + words(holders)
                    + " and cannot be deleted; assign them another role first");
        }
        store.roles.remove(r.id());
        return r;
    }

    /** Who holds role {@code id}, counted per kind in words ({@code 2 workspace members}); empty when no one. */
    private List<String> holders(UUID id) {
        long members = store.members.values().stream().filter(m -> id.equals(m.roleId)).count();
        long workspaceMembers = store.workspaceMembers.values().stream().filter(w -> id.equals(w.roleId)).count();
        long invites = store.invites.values().stream()
                .filter(i -> id.equals(i.roleId) || id.equals(i.workspaceRoleId)).count();
        long keys = store.keys.values().stream().filter(k -> id.equals(k.roleId) || id.equals(k.orgRoleId)).count();
        List<String> out = new ArrayList<>();
        counted(out, members, "org member");
        counted(out, workspaceMembers, "workspace member");
        counted(out, invites, "pending invite");
        counted(out, keys, "API key");
        return out;
    }

    private static String words(List<String> parts) {
        int last = parts.size() - 1;
        return last == 0 ? parts.get(0) : String.join(", ", parts.subList(0, last)) + " and " + parts.get(last);
    }

    private static void counted(List<String> out, long n, String noun) {
        if (n > 0) {
            out.add(n + " " + noun + (n == 1 ? "" : "s"));
        }
    }

    private Role restrict(Call c) {
        UUID id = c.pathId("role_id");
        RequestBody body = c.body();
        Boolean restricted = body.object(false).requiredBool("is_restricted");
        body.checks().throwIfAny();
        Role o = store.role(id);
        Role r = new Role(o.id(), o.name(), o.displayName(), o.description(), o.organizationId(), o.permissions(),
                o.accessScope(), restricted);
        store.roles.put(id, r);
        return r;
    }

    private Role custom(UUID id) {
        Role r = store.role(id);
        if (r.organizationId() == null) {
            throw HttpProblem.badRequest("System roles cannot be changed or deleted");
        }
        return r;
    }

    private void checkFields(Fields f, UUID self) {
        List<String> unknown = new ArrayList<>(f.permissions());
        unknown.removeAll(Roles.workspacePermissions());
        if (!unknown.isEmpty()) {
            throw HttpProblem.badRequest("Unknown permissions: " + String.join(", ", unknown));
        }
        boolean taken = store.roles.values().stream()
                .anyMatch(r -> !r.id().equals(self) && r.displayName().equalsIgnoreCase(f.displayName()));
        if (taken) {
            throw HttpProblem.conflict("A role named '" + f.displayName() + "' already exists");
        }
    }
}
