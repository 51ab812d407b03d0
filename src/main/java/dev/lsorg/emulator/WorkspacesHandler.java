package dev.lsorg.emulator;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

import dev.lsorg.model.Role;
import dev.lsorg.model.Tenant;
import dev.lsorg.model.TenantForUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Workspaces: list and get (org-scoped, showing the workspaces the key may see with its role there), create,
 * rename and soft delete (workspace-scoped: the path id must be the {@code X-Tenant-Id} workspace).
 */
final class WorkspacesHandler {
    static final Pattern DISPLAY_NAME = Pattern.compile("^[a-zA-Z0-9\\-_ '@()]+$");
    private static final String BASE = "/api/v1/workspaces";

    private final Store store;
    private final Views views;

    WorkspacesHandler(Store store, Views views) {
        this.store = store;
        this.views = views;
    }

    void register(Endpoints e) {
        e.org(GET, BASE, null, this::list);
        e.org(POST, BASE, Roles.ORG_MANAGE, this::create);
        e.org(GET, BASE + "/:workspace_id", null, this::get);
        e.workspace(PATCH, BASE + "/:workspace_id", Roles.WS_MANAGE, this::rename);
        e.workspace(DELETE, BASE + "/:workspace_id", Roles.WS_MANAGE, this::delete);
    }

    private List<TenantForUser> list(Call c) {
        QueryParams q = c.query();
        boolean includeDeleted = q.bool("include_deleted", false);
        q.uuid("data_plane_id");
        q.done();
        List<TenantForUser> out = new ArrayList<>();
        for (Workspace w : store.workspaces.values()) {
            Role role = c.roleIn(w);
            if ((includeDeleted || !w.deleted) && visible(c, role)) {
                out.add(views.tenantForUser(w, role));
            }
        }
        return out;
    }

    /** Org admins see every workspace; other keys see the workspaces they hold a role in. */
    private static boolean visible(Call c, Role role) {
        return role != null || c.caller.isOrgAdmin();
    }

    private TenantForUser get(Call c) {
        UUID id = c.pathId("workspace_id");
        QueryParams q = c.query();
        boolean includeDeleted = q.bool("include_deleted", false);
        q.uuid("data_plane_id");
        q.done();
        Workspace w = store.workspaces.get(id);
        Role role = w == null ? null : c.roleIn(w);
        if (w == null || (w.deleted && !includeDeleted) || !visible(c, role)) {
            throw HttpProblem.notFound("Workspace not found");
        }
        return views.tenantForUser(w, role);
    }

    private Tenant create(Call c) {
        RequestBody body = c.body();
        BodyFields f = body.object(false);
        String name = f.patterned("display_name", true, DISPLAY_NAME);
        UUID id = f.optUuid("id");
        String handle = f.optString("tenant_handle");
        body.checks().throwIfAny();
        if (id != null && store.workspaces.containsKey(id)) {
            throw HttpProblem.conflict("A workspace with id " + id + " already exists");
        }
        if (handle != null && store.workspaces.values().stream().anyMatch(w -> handle.equalsIgnoreCase(w.handle))) {
            throw HttpProblem.conflict("Workspace handle '" + handle + "' is already taken");
        }
        PlanLimits.checkWorkspace(store);
        Workspace w = new Workspace(id != null ? id : store.newId(), name, handle, store.now());
        store.workspaces.put(w.id, w);
        if (c.caller.owner() != null) {
            store.addMembership(c.caller.owner(), w.id, Roles.systemId(Roles.WORKSPACE_ADMIN), w.createdAt);
        }
        return views.tenant(w);
    }

    private Tenant rename(Call c) {
        UUID id = c.pathId("workspace_id");
        RequestBody body = c.body();
        String name = body.object(false).patterned("display_name", true, DISPLAY_NAME);
        body.checks().throwIfAny();
        Workspace w = sameAsTenant(c, id);
        w.displayName = name;
        return views.tenant(w);
    }

    private Object delete(Call c) {
        sameAsTenant(c, c.pathId("workspace_id")).deleted = true;
        return Map.of();
    }

    /** Workspace operations act on the {@code X-Tenant-Id} workspace; a different path id is refused. */
    private static Workspace sameAsTenant(Call c, UUID id) {
        if (!c.tenant().id.equals(id)) {
            throw HttpProblem.forbidden("workspace_id does not match the X-Tenant-Id workspace");
        }
        return c.tenant();
    }
}
