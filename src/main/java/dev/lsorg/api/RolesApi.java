package dev.lsorg.api;

import static dev.lsorg.api.Transport.listOf;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Role;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;

/** The org's roles: one list holding both org and workspace roles, told apart by {@code access_scope}. */
public final class RolesApi {
    private final Transport transport;

    RolesApi(Transport transport) {
        this.transport = transport;
    }

    /** Every role, system and custom, org and workspace. */
    public Future<List<Role>> list() {
        return transport.send(transport.request("GET", "/orgs/current/roles", Scope.org(), null, listOf(Role.class),
                Map.of()));
    }

    /** The roles of {@code scope} in {@code roles}. */
    public static List<Role> ofScope(List<Role> roles, AccessScope scope) {
        return roles.stream().filter(r -> r.accessScope() == scope).toList();
    }
}
