package dev.lsorg.emulator;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Org membership: the full and paged member lists, invites (single and batch), org role changes, removal (which
 * also removes the member's workspace identities and PATs) and pending invite changes.
 */
final class OrgMembersHandler {
    private static final String BASE = "/api/v1/orgs/current/members";

    private final Store store;
    private final Views views;
    private final Invites invites;
    private final Derived derived;
    private final ViewJson json;

    OrgMembersHandler(Store store, Views views, ViewJson json) {
        this.store = store;
        this.views = views;
        this.json = json;
        this.invites = new Invites(store);
        this.derived = new Derived(store);
    }

    void register(Endpoints e) {
        e.org(GET, BASE, Roles.ORG_READ, c -> all());
        e.org(GET, BASE + "/active", Roles.ORG_READ, this::active);
        e.org(GET, BASE + "/pending", Roles.ORG_READ, this::pending);
        e.org(POST, BASE, Roles.ORG_MANAGE, this::invite);
        e.org(POST, BASE + "/batch", Roles.ORG_MANAGE, this::inviteBatch);
        e.org(PATCH, BASE + "/:identity_id", Roles.ORG_MANAGE, this::patch);
        e.org(DELETE, BASE + "/:identity_id", Roles.ORG_MANAGE, this::remove);
        e.org(PATCH, BASE + "/:identity_id/pending", Roles.ORG_MANAGE, this::patchPending);
        e.org(DELETE, BASE + "/:identity_id/pending", Roles.ORG_MANAGE, this::removePending);
    }

    /** {@code OrganizationMembers}: members oldest first, then every invite. */
    private RawJson all() {
        List<OrgMember> members = derived.get("all", () -> store.members.values().stream()
                .sorted(Comparator.comparing((OrgMember m) -> m.createdAt)).toList());
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("organization_id", ViewJson.write(store.org.id));
        fields.put("members", RawJson.arrayBytes(members.stream().map(json::orgMember).toList()));
        fields.put("pending", RawJson.arrayBytes(store.invites.values().stream().map(json::orgPending).toList()));
        return RawJson.object(fields);
    }

    /** A page of {@code OrgMemberIdentity}. */
    private RawJson active(Call c) {
        MemberFilter f = MemberFilter.active(c.query());
        List<OrgMember> all = derived.get("active|" + f.orderKey(),
                () -> f.ordered(new ArrayList<>(store.members.values()), this::row));
        return RawJson.array(f.page(all).stream().map(json::orgMember).toList());
    }

    /** A page of {@code OrgPendingIdentity}. */
    private RawJson pending(Call c) {
        MemberFilter f = MemberFilter.pending(c.query());
        List<Invite> all = derived.get("pending|" + f.orderKey(),
                () -> f.ordered(new ArrayList<>(store.invites.values()), this::row));
        return RawJson.array(f.page(all).stream().map(json::orgPending).toList());
    }

    private MemberFilter.Row row(OrgMember m) {
        return new MemberFilter.Row(m.id, m.email, m.fullName, roleName(m.roleId), m.createdAt, m.userId,
                m.lsUserId, m.disabled);
    }

    MemberFilter.Row row(Invite i) {
        return new MemberFilter.Row(i.id, i.email, i.fullName, roleName(i.roleId), i.createdAt, null, null, false);
    }

    private String roleName(java.util.UUID id) {
        Role r = store.roles.get(id);
        return r == null ? "" : r.name();
    }

    private PendingIdentity invite(Call c) {
        RequestBody body = c.body();
        Invites.Request r = Invites.read(body.object(false), body.checks(), Checks.loc("body"));
        body.checks().throwIfAny();
        invites.checkBatch(List.of(r), null);
        return views.pending(invites.create(r, null));
    }

    private List<PendingIdentity> inviteBatch(Call c) {
        List<Invites.Request> requests = Invites.readBatch(c.body());
        invites.checkBatch(requests, null);
        return requests.stream().map(r -> views.pending(invites.create(r, null))).toList();
    }

    private OrgMemberIdentity patch(Call c) {
        java.util.UUID id = c.pathId("identity_id");
        RequestBody body = c.body();
        BodyFields f = body.object(false);
        java.util.UUID roleId = f.optUuid("role_id");
        String fullName = f.optString("full_name");
        f.optString("password");
        body.checks().throwIfAny();
        OrgMember m = store.member(id);
        if (roleId != null) {
            Role role = store.roleIn(AccessScope.ORGANIZATION, roleId, null, null);
            keepOneAdmin(m, role);
            m.roleId = role.id();
        }
        if (fullName != null) {
            m.fullName = fullName;
        }
        return views.orgMember(m);
    }

    private Object remove(Call c) {
        OrgMember m = store.member(c.pathId("identity_id"));
        keepOneAdmin(m, null);
        store.removeMember(m);
        return Map.of();
    }

    /** LangSmith never lets an org lose its last active admin; demoting or removing that one is refused. */
    private void keepOneAdmin(OrgMember m, Role newRole) {
        boolean isAdmin = Roles.ORGANIZATION_ADMIN.equals(roleName(m.roleId)) && !m.disabled;
        boolean staysAdmin = newRole != null && Roles.ORGANIZATION_ADMIN.equals(newRole.name());
        long admins = store.members.values().stream()
                .filter(o -> !o.disabled && Roles.ORGANIZATION_ADMIN.equals(roleName(o.roleId))).count();
        if (isAdmin && !staysAdmin && admins <= 1) {
            throw HttpProblem.badRequest("Cannot remove or demote the organization's last active Organization Admin");
        }
    }

    private OrgPendingIdentity patchPending(Call c) {
        java.util.UUID id = c.pathId("identity_id");
        RequestBody body = c.body();
        BodyFields f = body.object(false);
        java.util.UUID roleId = f.optUuid("role_id");
        String roleName = f.optString("role_name");
        body.checks().throwIfAny();
        Invite i = pendingInvite(id);
        if (roleId != null || roleName != null) {
            i.roleId = store.roleIn(AccessScope.ORGANIZATION, roleId, roleName, null).id();
        }
        return views.orgPending(i);
    }

    private Object removePending(Call c) {
        store.invites.remove(pendingInvite(c.pathId("identity_id")).id);
        return Map.of();
    }

    private Invite pendingInvite(java.util.UUID id) {
        Invite i = store.invites.get(id);
        if (i == null) {
            throw HttpProblem.notFound("Pending invite not found");
        }
        return i;
    }
}
