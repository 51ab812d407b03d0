package dev.lsorg.api;

import static dev.lsorg.api.Transport.listOf;
import static dev.lsorg.api.Transport.type;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.CreateRoleRequest;
import dev.lsorg.model.Role;
import dev.lsorg.model.UpdateRoleRequest;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The org's roles: one list holding both org and workspace roles, told apart by {@code access_scope}; and the org's
 * custom roles (RBAC plans): create, replace name, description and permissions, delete. The permission catalogue
 * ({@code GET /orgs/permissions}) is Bearer-only, so lsorg never asks for it with an API key: the roles' own
 * permissions are the catalogue.
 */
public final class RolesApi {
    private static final String ROLES = "/orgs/current/roles";
    private final Transport transport;

    RolesApi(Transport transport) {
        this.transport = transport;
    }

    /** Every role, system and custom, org and workspace. */
    public Future<List<Role>> list() {
        return transport.send(transport.request("GET", ROLES, Scope.org(), null, listOf(Role.class),
                Map.of()));
    }

    /** Creates a custom role; the answer is the role with its new id. */
    public Future<Role> create(CreateRoleRequest body) {
        return transport.send(createRequest(body));
    }

    /** The request {@link #create} sends. */
    public ApiRequest<Role> createRequest(CreateRoleRequest body) {
        return transport.request("POST", ROLES, Scope.org(), body, type(Role.class), Map.of());
    }

    /** Replaces a custom role's display name, description and permissions (all three are required). */
    public Future<Role> update(UUID roleId, UpdateRoleRequest body) {
        return transport.send(updateRequest(roleId, body));
    }

    /** The request {@link #update} sends. */
    public ApiRequest<Role> updateRequest(UUID roleId, UpdateRoleRequest body) {
        return transport.request("PATCH", ROLES + "/" + roleId, Scope.org(), body, type(Role.class), Map.of());
    }

    /** Deletes a custom role; the server refuses while anyone holds it. The answer is the deleted role. */
    public Future<Role> delete(UUID roleId) {
        return transport.send(deleteRequest(roleId));
    }

    /** The request {@link #delete} sends. */
    public ApiRequest<Role> deleteRequest(UUID roleId) {
        return transport.request("DELETE", ROLES + "/" + roleId, Scope.org(), null, type(Role.class), Map.of());
    }

    /** The roles of {@code scope} in {@code roles}. */
    public static List<Role> ofScope(List<Role> roles, AccessScope scope) {
        return roles.stream().filter(r -> r.accessScope() == scope).toList();
    }
}
