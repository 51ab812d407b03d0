package dev.lsorg.api;

import static dev.lsorg.api.Transport.listOf;
import static dev.lsorg.api.Transport.type;

import dev.lsorg.model.Identity;
import dev.lsorg.model.IdentityCreate;
import dev.lsorg.model.IdentityPatch;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.PendingIdentityPatch;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.model.WorkspaceInviteResult;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Members of one workspace, always named by the {@code workspaceId} argument (sent as {@code X-Tenant-Id}): list,
 * paged lists, add an org member with a workspace role, invite in batches, change role, remove, and manage pending
 * workspace invites. Identity ids here are workspace identity ids, not org ones.
 */
public final class WorkspaceMembersApi {
    private static final String BASE = "/workspaces/current/members";
    private final Transport transport;

    WorkspaceMembersApi(Transport transport) {
        this.transport = transport;
    }

    /** Members and pending invites of the workspace, unpaginated. */
    public Future<TenantMembers> list(UUID workspaceId) {
        return transport.send(transport.request("GET", BASE, Scope.workspace(workspaceId), null,
                type(TenantMembers.class), Map.of()));
    }

    /** One page of the workspace's active members. */
    public Future<List<MemberIdentity>> activePage(UUID workspaceId, MemberQuery query, int offset, int limit) {
        return transport.send(transport.request("GET", BASE + "/active", Scope.workspace(workspaceId), null,
                listOf(MemberIdentity.class), query.activeQuery(offset, limit)));
    }

    /** One page of the workspace's pending invites. */
    public Future<List<PendingIdentity>> pendingPage(UUID workspaceId, MemberQuery query, int offset, int limit) {
        return transport.send(transport.request("GET", BASE + "/pending", Scope.workspace(workspaceId), null,
                listOf(PendingIdentity.class), query.pendingQuery(offset, limit)));
    }

    /** Every active member of the workspace matching {@code query}. */
    public Future<List<MemberIdentity>> active(UUID workspaceId, MemberQuery query) {
        return Pager.fetchAll(offset -> activePage(workspaceId, query, offset, Pager.LIMIT), MemberIdentity::id,
                transport.config().maxPoolSize());
    }

    /** Every pending invite of the workspace matching {@code query}. */
    public Future<List<PendingIdentity>> pending(UUID workspaceId, MemberQuery query) {
        return Pager.fetchAll(offset -> pendingPage(workspaceId, query, offset, Pager.LIMIT), PendingIdentity::id,
                transport.config().maxPoolSize());
    }

    /**
     * Every active member of the workspace matching {@code query}, at most {@code maxWave} pages at a time: 1 sends
     * one request for a filter that matches less than a page (people looked up by email).
     */
    public Future<List<MemberIdentity>> active(UUID workspaceId, MemberQuery query, int maxWave) {
        return Pager.fetchAll(offset -> activePage(workspaceId, query, offset, Pager.LIMIT), MemberIdentity::id,
                maxWave);
    }

    /** Every pending invite of the workspace matching {@code query}, at most {@code maxWave} pages at a time. */
    public Future<List<PendingIdentity>> pending(UUID workspaceId, MemberQuery query, int maxWave) {
        return Pager.fetchAll(offset -> pendingPage(workspaceId, query, offset, Pager.LIMIT), PendingIdentity::id,
                maxWave);
    }

    /** Adds an existing org member (by {@code orgIdentityId}) with a workspace role. */
    public Future<Identity> add(UUID workspaceId, UUID orgIdentityId, UUID workspaceRoleId) {
        return transport.send(addRequest(workspaceId, orgIdentityId, workspaceRoleId));
    }

    /** The request {@link #add} sends. */
    public ApiRequest<Identity> addRequest(UUID workspaceId, UUID orgIdentityId, UUID workspaceRoleId) {
        return transport.request("POST", BASE, Scope.workspace(workspaceId),
                new IdentityCreate(null, orgIdentityId, null, null, workspaceRoleId), type(Identity.class), Map.of());
    }

    /** Invites people to the org and this workspace, 500 per call, in order. */
    public Future<List<WorkspaceInviteResult>> inviteBatch(UUID workspaceId, List<PendingIdentityCreate> invites) {
        return Batches.sendInOrder(transport, inviteBatchRequests(workspaceId, invites));
    }

    /** The requests {@link #inviteBatch} sends. */
    public List<ApiRequest<List<WorkspaceInviteResult>>> inviteBatchRequests(UUID workspaceId,
                                                                             List<PendingIdentityCreate> invites) {
        return Batches.chunks(invites).stream().map(chunk -> transport.<List<WorkspaceInviteResult>>request("POST",
                BASE + "/batch", Scope.workspace(workspaceId), chunk, listOf(WorkspaceInviteResult.class), Map.of()))
                .toList();
    }

    /** Gives a workspace member another workspace role. */
    public Future<Void> changeRole(UUID workspaceId, UUID identityId, UUID workspaceRoleId) {
        return transport.send(changeRoleRequest(workspaceId, identityId, workspaceRoleId));
    }

    /** The request {@link #changeRole} sends. */
    public ApiRequest<Void> changeRoleRequest(UUID workspaceId, UUID identityId, UUID workspaceRoleId) {
        return transport.request("PATCH", BASE + "/" + identityId, Scope.workspace(workspaceId),
                new IdentityPatch(workspaceRoleId, null), type(Void.class), Map.of());
    }

    /** Removes a member from the workspace (they stay in the org). */
    public Future<Void> remove(UUID workspaceId, UUID identityId) {
        return transport.send(removeRequest(workspaceId, identityId));
    }

    /** The request {@link #remove} sends. */
    public ApiRequest<Void> removeRequest(UUID workspaceId, UUID identityId) {
        return transport.request("DELETE", BASE + "/" + identityId, Scope.workspace(workspaceId), null,
                type(Void.class), Map.of());
    }

    /** Changes the role a pending workspace invite will grant. */
    public Future<PendingIdentity> changePendingRole(UUID workspaceId, UUID pendingId, PendingIdentityPatch patch) {
        return transport.send(changePendingRoleRequest(workspaceId, pendingId, patch));
    }

    /** The request {@link #changePendingRole} sends. */
    public ApiRequest<PendingIdentity> changePendingRoleRequest(UUID workspaceId, UUID pendingId,
                                                                PendingIdentityPatch patch) {
        return transport.request("PATCH", BASE + "/" + pendingId + "/pending", Scope.workspace(workspaceId), patch,
                type(PendingIdentity.class), Map.of());
    }

    /** Revokes a pending workspace invite. */
    public Future<Void> revokePending(UUID workspaceId, UUID pendingId) {
        return transport.send(revokePendingRequest(workspaceId, pendingId));
    }

    /** The request {@link #revokePending} sends. */
    public ApiRequest<Void> revokePendingRequest(UUID workspaceId, UUID pendingId) {
        return transport.request("DELETE", BASE + "/" + pendingId + "/pending", Scope.workspace(workspaceId), null,
                type(Void.class), Map.of());
    }
}
