package dev.lsorg.api;

import static dev.lsorg.api.Transport.listOf;
import static dev.lsorg.api.Transport.type;

import dev.lsorg.model.OrgIdentityPatch;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.PendingIdentityPatch;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Members of the org: the whole list, the paged active and pending lists with filters, invites (one or in batches
 * of 500), org role changes, removal, and changes to or revocation of pending invites. Identity ids are the org
 * identity ids the lists return, never user ids.
 */
public final class OrgMembersApi {
    private static final String BASE = "/orgs/current/members";
    private final Transport transport;

    OrgMembersApi(Transport transport) {
        this.transport = transport;
    }

    /** Active members and pending invites in one unpaginated call. */
    public Future<OrganizationMembers> list() {
        return transport.send(transport.request("GET", BASE, Scope.org(), null, type(OrganizationMembers.class), Map.of()));
    }

    /** One page of active members. */
    public Future<List<OrgMemberIdentity>> activePage(MemberQuery query, int offset, int limit) {
        return transport.send(transport.request("GET", BASE + "/active", Scope.org(), null,
                listOf(OrgMemberIdentity.class), query.activeQuery(offset, limit)));
    }

    /** One page of pending invites. */
    public Future<List<OrgPendingIdentity>> pendingPage(MemberQuery query, int offset, int limit) {
        return transport.send(transport.request("GET", BASE + "/pending", Scope.org(), null,
                listOf(OrgPendingIdentity.class), query.pendingQuery(offset, limit)));
    }

    /** Every active member matching {@code query}, all pages. */
    public Future<List<OrgMemberIdentity>> active(MemberQuery query) {
        return Pager.fetchAll(offset -> activePage(query, offset, Pager.LIMIT), OrgMemberIdentity::id, maxWave());
    }

    /** Every pending invite matching {@code query}, all pages. */
    public Future<List<OrgPendingIdentity>> pending(MemberQuery query) {
        return Pager.fetchAll(offset -> pendingPage(query, offset, Pager.LIMIT), OrgPendingIdentity::id, maxWave());
    }

    /**
     * The same, asking at most {@code maxWave} pages at a time: 1 sends one request for a filter that matches
     * less than a page (people looked up by email), where the waves of {@link #active(MemberQuery)} send several.
     */
    public Future<List<OrgMemberIdentity>> active(MemberQuery query, int maxWave) {
        return Pager.fetchAll(offset -> activePage(query, offset, Pager.LIMIT), OrgMemberIdentity::id, maxWave);
    }

    /** Every pending invite matching {@code query}, at most {@code maxWave} pages at a time. */
    public Future<List<OrgPendingIdentity>> pending(MemberQuery query, int maxWave) {
        return Pager.fetchAll(offset -> pendingPage(query, offset, Pager.LIMIT), OrgPendingIdentity::id, maxWave);
    }

    /** Active members and pending invites read through the paged lists (both at once). */
    public Future<OrganizationMembers> listPaged() {
        return listPaged(maxWave());
    }

    /** The same, in {@code query}'s order. */
    public Future<OrganizationMembers> listPaged(MemberQuery query) {
        return listPaged(query, maxWave());
    }

    /**
     * The same, asking at most {@code maxWave} pages of each list at a time: 1 asks for no page beyond the last,
     * which suits one-off commands counted against a rate limit; more is faster on large orgs.
     */
    public Future<OrganizationMembers> listPaged(int maxWave) {
        return listPaged(MemberQuery.all(), maxWave);
    }

    /** Every active member and pending invite matching {@code query} (in its order), through the paged lists. */
    public Future<OrganizationMembers> listPaged(MemberQuery query, int maxWave) {
        Future<List<OrgMemberIdentity>> active = Pager.fetchAll(offset -> activePage(query, offset, Pager.LIMIT),
                OrgMemberIdentity::id, maxWave);
        Future<List<OrgPendingIdentity>> pending = Pager.fetchAll(offset -> pendingPage(query, offset, Pager.LIMIT),
                OrgPendingIdentity::id, maxWave);
        return Future.all(active, pending).compose(all -> transport.discoverOrganization()
                .map(org -> new OrganizationMembers(org, active.result(), pending.result())));
    }

    /** Invites one person (a pending invite until they accept). */
    public Future<PendingIdentity> invite(PendingIdentityCreate invite) {
        return transport.send(inviteRequest(invite));
    }

    /** The request {@link #invite} sends. */
    public ApiRequest<PendingIdentity> inviteRequest(PendingIdentityCreate invite) {
        return transport.request("POST", BASE, Scope.org(), invite, type(PendingIdentity.class), Map.of());
    }

    /** Invites many people, 500 per call, calls in order; stops at the first failed call. */
    public Future<List<PendingIdentity>> inviteBatch(List<PendingIdentityCreate> invites) {
        return Batches.sendInOrder(transport, inviteBatchRequests(invites));
    }

    /** The requests {@link #inviteBatch} sends, one per chunk of 500. */
    public List<ApiRequest<List<PendingIdentity>>> inviteBatchRequests(List<PendingIdentityCreate> invites) {
        return Batches.chunks(invites).stream().map(chunk -> transport.<List<PendingIdentity>>request("POST",
                BASE + "/batch", Scope.org(), chunk, listOf(PendingIdentity.class), Map.of())).toList();
    }

    /** Gives a member another org role. */
    public Future<Void> changeRole(UUID identityId, UUID orgRoleId) {
        return transport.send(changeRoleRequest(identityId, orgRoleId));
    }

    /** The request {@link #changeRole} sends. */
    public ApiRequest<Void> changeRoleRequest(UUID identityId, UUID orgRoleId) {
        return transport.request("PATCH", BASE + "/" + identityId, Scope.org(), new OrgIdentityPatch(orgRoleId, null),
                type(Void.class), Map.of());
    }

    /** Removes a member from the org. */
    public Future<Void> remove(UUID identityId) {
        return transport.send(removeRequest(identityId));
    }

    /** The request {@link #remove} sends. */
    public ApiRequest<Void> removeRequest(UUID identityId) {
        return transport.request("DELETE", BASE + "/" + identityId, Scope.org(), null, type(Void.class), Map.of());
    }

    /** Changes the role a pending invite will grant. */
    public Future<OrgPendingIdentity> changePendingRole(UUID pendingId, PendingIdentityPatch patch) {
        return transport.send(changePendingRoleRequest(pendingId, patch));
    }

    /** The request {@link #changePendingRole} sends. */
    public ApiRequest<OrgPendingIdentity> changePendingRoleRequest(UUID pendingId, PendingIdentityPatch patch) {
        return transport.request("PATCH", BASE + "/" + pendingId + "/pending", Scope.org(), patch,
                type(OrgPendingIdentity.class), Map.of());
    }

    /** Revokes a pending invite. */
    public Future<Void> revokePending(UUID pendingId) {
        return transport.send(revokePendingRequest(pendingId));
    }

    /** The request {@link #revokePending} sends. */
    public ApiRequest<Void> revokePendingRequest(UUID pendingId) {
        return transport.request("DELETE", BASE + "/" + pendingId + "/pending", Scope.org(), null, type(Void.class),
                Map.of());
    }

    private int maxWave() {
        return transport.config().maxPoolSize();
    }
}
