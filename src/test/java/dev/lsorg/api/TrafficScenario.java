package dev.lsorg.api;

import static dev.lsorg.testing.Await.await;

import dev.lsorg.model.APIKeyCreateRequest;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.APIKeyUpdateRequest;
import dev.lsorg.model.CreateRoleRequest;
import dev.lsorg.model.OrganizationUpdate;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.PendingIdentityPatch;
import dev.lsorg.model.Role;
import dev.lsorg.model.UpdateRoleRequest;
import dev.lsorg.model.WorkspaceCreate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Calls every operation of the client once against a demo emulator (each mutation through its request-building
 * form, so the bodies can be checked afterwards): the traffic that the header, spec and secret tests inspect.
 */
final class TrafficScenario {
    final List<ApiRequest<?>> sent = new ArrayList<>();
    private final Fixture fx;
    private final LangSmithClient c;

    TrafficScenario(Fixture fx, LangSmithClient client) {
        this.fx = fx;
        this.c = client;
    }

    <T> T send(ApiRequest<T> request) {
        sent.add(request);
        return await(c.send(request));
    }

    void run() {
        await(c.orgInfo().get());
        List<Role> roles = await(c.roles().list());
        UUID orgUser = role(roles, "ORGANIZATION_USER");
        UUID wsUser = role(roles, "WORKSPACE_USER");
        UUID wsViewer = role(roles, "WORKSPACE_VIEWER");
        UUID ws = workspaces();
        orgMembers(orgUser, role(roles, "ORGANIZATION_VIEWER"));
        workspaceMembers(ws, orgUser, wsUser, wsViewer);
        keys(ws, role(roles, "ORGANIZATION_VIEWER"));
        customRole();
        send(c.orgInfo().updateRequest(OrganizationUpdate.empty().withPatCreationDisabled(false)));
        send(c.orgInfo().unshareAllRequest());
        await(c.loadOrg(LoadProgress.NONE));
        java.time.Instant now = c.clock().instant();
        AuditLogQuery created = new AuditLogQuery(now.minusSeconds(3600), now, List.of("create_workspace"), ws);
        await(c.auditLogs().list(created, 10));
    }

    private void customRole() {
        UUID id = send(c.roles().createRequest(new CreateRoleRequest("Traffic", "t", List.of("workspaces:read"))))
                .id();
        send(c.roles().updateRequest(id, new UpdateRoleRequest("Traffic 2", "t", List.of("runs:read"))));
        send(c.roles().deleteRequest(id));
    }

    private UUID workspaces() {
        await(c.workspaces().list(false));
        UUID ws = send(c.workspaces().createRequest(new WorkspaceCreate(null, "Traffic", null))).id();
        await(c.workspaces().get(ws));
        send(c.workspaces().renameRequest(ws, "Traffic 2"));
        UUID doomed = send(c.workspaces().createRequest(new WorkspaceCreate(null, "Doomed", null))).id();
        send(c.workspaces().deleteRequest(doomed));
        return ws;
    }

    private void orgMembers(UUID orgUser, UUID orgViewer) {
        await(c.orgMembers().list());
        await(c.orgMembers().activePage(MemberQuery.byEmails(List.of("a@b.c")).sortedBy("email", false), 0, 10));
        await(c.orgMembers().pendingPage(MemberQuery.search("x"), 0, 10));
        PendingIdentity p = send(c.orgMembers().inviteRequest(invite("traffic1@example.org", orgUser, null, null)));
        send(c.orgMembers().changePendingRoleRequest(p.id(), new PendingIdentityPatch(orgViewer, null)));
        send(c.orgMembers().revokePendingRequest(p.id()));
        List<PendingIdentity> batch = send(c.orgMembers().inviteBatchRequests(
                List.of(invite("traffic2@example.org", orgUser, null, null))).get(0));
        UUID member = InviteAcceptor.accept(fx, batch.get(0).id());
        send(c.orgMembers().changeRoleRequest(member, orgViewer));
        send(c.orgMembers().removeRequest(member));
    }

    private void workspaceMembers(UUID ws, UUID orgUser, UUID wsUser, UUID wsViewer) {
        await(c.workspaceMembers().list(ws));
        await(c.workspaceMembers().activePage(ws, MemberQuery.all(), 0, 10));
        await(c.workspaceMembers().pendingPage(ws, MemberQuery.all(), 0, 10));
        PendingIdentity p = send(c.orgMembers().inviteRequest(invite("traffic3@example.org", orgUser, null, null)));
        UUID orgIdentity = InviteAcceptor.accept(fx, p.id());
        UUID wsIdentity = send(c.workspaceMembers().addRequest(ws, orgIdentity, wsUser)).id();
        send(c.workspaceMembers().changeRoleRequest(ws, wsIdentity, wsViewer));
        send(c.workspaceMembers().removeRequest(ws, wsIdentity));
        UUID pending = send(c.workspaceMembers().inviteBatchRequests(ws,
                List.of(invite("traffic4@example.org", orgUser, List.of(ws), wsUser))).get(0)).get(0).id();
        send(c.workspaceMembers().changePendingRoleRequest(ws, pending, new PendingIdentityPatch(wsViewer, null)));
        send(c.workspaceMembers().revokePendingRequest(ws, pending));
    }

    private void keys(UUID ws, UUID orgViewer) {
        await(c.apiKeys().listServiceKeys(List.of(ws)));
        UUID key = send(c.apiKeys().createServiceKeyRequest(new APIKeyCreateRequest("traffic", null, null, null,
                orgViewer, null))).id();
        send(c.apiKeys().updateServiceKeyRequest(key, new APIKeyUpdateRequest(null, orgViewer)));
        send(c.apiKeys().deleteServiceKeyRequest(key));
        await(c.apiKeys().listWorkspaceKeys(ws));
        UUID wsKey = send(c.apiKeys().createWorkspaceKeyRequest(ws, new APIKeyCreateRequest("traffic ws", null,
                null, null, null, null))).id();
        send(c.apiKeys().deleteWorkspaceKeyRequest(ws, wsKey));
        await(c.apiKeys().listPersonalAccessTokens());
        List<APIKeyGetResponse> pats = await(c.apiKeys().listOrgPersonalAccessTokens()).tokens();
        send(c.apiKeys().revokePersonalAccessTokenRequest(pats.get(0).id()));
    }

    private static PendingIdentityCreate invite(String email, UUID orgRole, List<UUID> workspaces, UUID wsRole) {
        return new PendingIdentityCreate(email, orgRole, null, workspaces, wsRole, null, null);
    }

    private static UUID role(List<Role> roles, String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }
}
