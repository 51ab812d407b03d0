package dev.lsorg.emulator;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Identity;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.WorkspaceInviteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Membership of the current ({@code X-Tenant-Id}) workspace: lists, adding an existing org member, the
 * workspace batch invite (which adds org members at once and invites the others to the org), workspace role
 * changes, removal, and the workspace's pending invites.
 */
final class WorkspaceMembersHandler {
    private static final String BASE = "/api/v1/workspaces/current/members";

    private final Store store;
    private final Views views;
    private final Invites invites;
    private final Derived derived;
    private final ViewJson json;

    WorkspaceMembersHandler(Store store, Views views, ViewJson json) {
        this.store = store;
        this.views = views;
        this.json = json;
        this.invites = new Invites(store);
        this.derived = new Derived(store);
    }

    void register(Endpoints e) {
        e.workspace(GET, BASE, Roles.WS_READ, this::all);
        e.workspace(GET, BASE + "/active", Roles.WS_READ, this::active);
        e.workspace(GET, BASE + "/pending", Roles.WS_READ, this::pending);
        e.workspace(POST, BASE, Roles.WS_MEMBERS, this::add);
        e.workspace(POST, BASE + "/batch", Roles.WS_MEMBERS, this::batch);
        e.workspace(PATCH, BASE + "/:identity_id", Roles.WS_MEMBERS, this::patch);
        e.workspace(DELETE, BASE + "/:identity_id", Roles.WS_MEMBERS, this::remove);
        e.workspace(PATCH, BASE + "/:identity_id/pending", Roles.WS_MEMBERS, this::patchPending);
        e.workspace(DELETE, BASE + "/:identity_id/pending", Roles.WS_MEMBERS, this::removePending);
    }

    /** Every invite by the workspaces it names, in the org's invite order (one pass, not one per workspace). */
    private List<Invite> invitesFor(UUID workspaceId) {
        Map<UUID, List<Invite>> byWorkspace = derived.get("invites by workspace", () -> {
            Map<UUID, List<Invite>> map = new HashMap<>();
            store.invites.values().forEach(i -> i.workspaceIds.forEach(ws -> map.computeIfAbsent(ws,
                    k -> new ArrayList<>()).add(i)));
            return map;
        });
        return byWorkspace.getOrDefault(workspaceId, List.of());
    }

    /** {@code TenantMembers}: the workspace's members and its invites. */
    private RawJson all(Call c) {
        UUID ws = c.tenant().id;
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("tenant_id", ViewJson.write(ws));
        fields.put("members", RawJson.arrayBytes(store.membersOf(ws).stream().map(json::member).toList()));
        fields.put("pending", RawJson.arrayBytes(invitesFor(ws).stream().map(i -> json.workspacePending(i, ws))
                .toList()));
        return RawJson.object(fields);
    }

    /** A page of {@code MemberIdentity}. */
    private RawJson active(Call c) {
        MemberFilter f = MemberFilter.active(c.query());
        UUID ws = c.tenant().id;
        List<WorkspaceMember> all = derived.get("active|" + ws + "|" + f.orderKey(),
                () -> f.ordered(new ArrayList<>(store.membersOf(ws)), this::row));
        return RawJson.array(f.page(all).stream().map(json::member).toList());
    }

    /** A page of {@code PendingIdentity} as the workspace lists it. */
    private RawJson pending(Call c) {
        MemberFilter f = MemberFilter.pending(c.query());
        UUID ws = c.tenant().id;
        List<Invite> all = derived.get("pending|" + ws + "|" + f.orderKey(),
                () -> f.ordered(new ArrayList<>(invitesFor(ws)), this::row));
        return RawJson.array(f.page(all).stream().map(i -> json.workspacePending(i, ws)).toList());
    }

    private MemberFilter.Row row(WorkspaceMember w) {
        OrgMember m = w.member;
        return new MemberFilter.Row(w.id, m.email, m.fullName, name(w.roleId), w.createdAt, m.userId, m.lsUserId, m.disabled);
    }

    private MemberFilter.Row row(Invite i) {
        return new MemberFilter.Row(i.id, i.email, i.fullName, name(i.workspaceRoleId), i.createdAt, null, null, false);
    }

    private String name(UUID roleId) {
        Role r = roleId == null ? null : store.roles.get(roleId);
        return r == null ? "" : r.name();
    }

    /** Adds an org member found by org identity id (preferred), ls_user_id or user_id. */
    private Identity add(Call c) {
        RequestBody body = c.body();
        BodyFields f = body.object(false);
        UUID orgIdentity = f.optUuid("org_identity_id");
        UUID lsUser = f.optUuid("ls_user_id");
        UUID user = f.optUuid("user_id");
        UUID roleId = f.optUuid("role_id");
        f.optBool("read_only");
        body.checks().throwIfAny();
        if (orgIdentity == null && lsUser == null && user == null) {
            throw HttpProblem.badRequest("One of org_identity_id, ls_user_id or user_id is required");
        }
        OrgMember m = store.members.values().stream()
                .filter(o -> o.id.equals(orgIdentity) || o.lsUserId.equals(lsUser) || o.userId.equals(user))
                .findFirst().orElseThrow(() -> HttpProblem.notFound("Organization member not found"));
        return views.identity(join(m, c.tenant(), roleId));
    }

    private WorkspaceMember join(OrgMember m, Workspace ws, UUID roleId) {
        if (store.membership(m, ws.id) != null) {
            throw HttpProblem.conflict("User " + m.email + " is already a member of this workspace");
        }
        boolean rbac = Boolean.TRUE.equals(store.org.config.canUseRbac());
        if (roleId == null && rbac) {
            throw HttpProblem.badRequest("role_id is required when the organization uses RBAC"
                    + " (workspace_ids and workspace_role_id are not fields of this request)");
        }
        Role role = store.roleIn(AccessScope.WORKSPACE, roleId, null, Roles.WORKSPACE_ADMIN);
        return store.addMembership(m, ws.id, role.id(), store.now());
    }

    private List<WorkspaceInviteResult> batch(Call c) {
        List<Invites.Request> requests = Invites.readBatch(c.body());
        Workspace ws = c.tenant();
        invites.checkBatch(requests, ws.id);
        boolean newcomers = requests.stream().anyMatch(r -> store.memberByEmail(r.email()) == null);
        if (newcomers && !c.caller.isOrgAdmin() && !store.org.workspaceAdminCanInviteToOrg) {
            throw HttpProblem.forbidden("Workspace admins may not invite new users to the organization");
        }
        return requests.stream().map(r -> inviteOne(r, ws)).toList();
    }

    private WorkspaceInviteResult inviteOne(Invites.Request r, Workspace ws) {
        OrgMember m = store.memberByEmail(r.email());
        if (m == null) {
            PendingIdentity p = views.workspacePending(invites.create(r, ws.id), ws.id);
            return new WorkspaceInviteResult(p.email(), false, p.roleId(), p.roleName(), p.workspaceIds(),
                    p.workspaceRoleId(), p.workspaceRoleName(), p.fullName(), p.accessScope(), p.id(), null, ws.id,
                    store.org.id, p.createdAt(), p.orgRoleId(), p.orgRoleName(), null);
        }
        WorkspaceMember w = store.addMembership(m, ws.id, invites.workspaceRole(r).id(), store.now());
        MemberIdentity mi = views.member(w);
        return new WorkspaceInviteResult(r.email(), false, mi.roleId(), mi.roleName(), List.of(ws.id), mi.roleId(),
                mi.roleName(), m.fullName, AccessScope.WORKSPACE, w.id, m.userId, ws.id, store.org.id, w.createdAt,
                m.roleId, mi.orgRoleName(), m.lsUserId);
    }

    private MemberIdentity patch(Call c) {
        UUID id = c.pathId("identity_id");
        RequestBody body = c.body();
        BodyFields f = body.object(false);
        UUID roleId = f.requiredUuid("role_id");
        f.optBool("read_only");
        body.checks().throwIfAny();
        WorkspaceMember w = membership(c, id);
        w.roleId = store.roleIn(AccessScope.WORKSPACE, roleId, null, null).id();
        return views.member(w);
    }

    private Object remove(Call c) {
        store.removeMembership(membership(c, c.pathId("identity_id")));
        return Map.of();
    }

    private WorkspaceMember membership(Call c, UUID id) {
        WorkspaceMember w = store.workspaceMembers.get(id);
        if (w == null || !w.workspaceId.equals(c.tenant().id)) {
            throw HttpProblem.notFound("Workspace member not found");
        }
        return w;
    }

    private PendingIdentity patchPending(Call c) {
        UUID id = c.pathId("identity_id");
        RequestBody body = c.body();
        BodyFields f = body.object(false);
        UUID roleId = f.optUuid("role_id");
        String roleName = f.optString("role_name");
        body.checks().throwIfAny();
        Invite i = invite(c, id);
        if (roleId != null || roleName != null) {
            i.workspaceRoleId = store.roleIn(AccessScope.WORKSPACE, roleId, roleName, null).id();
        }
        return views.workspacePending(i, c.tenant().id);
    }

    /** Takes this workspace off the invite; an invite left with no workspace that came from a workspace goes. */
    private Object removePending(Call c) {
        Invite i = invite(c, c.pathId("identity_id"));
        i.workspaceIds.remove(c.tenant().id);
        if (i.workspaceIds.isEmpty() && i.tenantId != null) {
            store.invites.remove(i.id);
        }
        return Map.of();
    }

    private Invite invite(Call c, UUID id) {
        Invite i = store.invites.get(id);
        if (i == null || !i.workspaceIds.contains(c.tenant().id)) {
            throw HttpProblem.notFound("Pending invite not found in this workspace");
        }
        return i;
    }
}
