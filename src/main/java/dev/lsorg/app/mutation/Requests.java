package dev.lsorg.app.mutation;

import dev.lsorg.api.ApiRequest;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.model.APIKeyCreateRequest;
import dev.lsorg.model.APIKeyUpdateRequest;
import dev.lsorg.model.CreateRoleRequest;
import dev.lsorg.model.IdentityCreate;
import dev.lsorg.model.IdentityPatch;
import dev.lsorg.model.OrgIdentityPatch;
import dev.lsorg.model.OrganizationUpdate;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.PendingIdentityPatch;
import dev.lsorg.model.UpdateRoleRequest;
import dev.lsorg.model.WorkspaceCreate;
import dev.lsorg.model.WorkspacePatch;
import java.util.List;
import java.util.UUID;

/**
 * The client's request-building forms, named for the changes lsorg makes: a mutation holds exactly the
 * {@link ApiRequest} the client will send, so its preview is the truth. The one seam between mutations and the
 * api layer.
 */
final class Requests {
    private final LangSmithClient client;

    Requests(LangSmithClient client) {
        this.client = client;
    }

    ApiRequest<?> createWorkspace(WorkspaceCreate body) {
        return client.workspaces().createRequest(body);
    }

    ApiRequest<?> renameWorkspace(UUID id, WorkspacePatch body) {
        return client.workspaces().renameRequest(id, body.displayName());
    }

    ApiRequest<?> deleteWorkspace(UUID id) {
        return client.workspaces().deleteRequest(id);
    }

    ApiRequest<?> inviteOne(PendingIdentityCreate body) {
        return client.orgMembers().inviteRequest(body);
    }

    /** One request per chunk of at most 500 invites (the client does the chunking). */
    List<ApiRequest<?>> inviteBatch(List<PendingIdentityCreate> bodies) {
        return List.copyOf(client.orgMembers().inviteBatchRequests(bodies));
    }

    ApiRequest<?> changeOrgRole(UUID identityId, OrgIdentityPatch body) {
        return client.orgMembers().changeRoleRequest(identityId, body.roleId());
    }

    ApiRequest<?> removeOrgMember(UUID identityId) {
        return client.orgMembers().removeRequest(identityId);
    }

    ApiRequest<?> changeInviteRole(UUID pendingId, PendingIdentityPatch body) {
        return client.orgMembers().changePendingRoleRequest(pendingId, body);
    }

    ApiRequest<?> changeInviteWorkspaceRole(UUID workspaceId, UUID pendingId, PendingIdentityPatch body) {
        return client.workspaceMembers().changePendingRoleRequest(workspaceId, pendingId, body);
    }

    ApiRequest<?> revokeInvite(UUID pendingId) {
        return client.orgMembers().revokePendingRequest(pendingId);
    }

    ApiRequest<?> addWorkspaceMember(UUID workspaceId, IdentityCreate body) {
        return client.workspaceMembers().addRequest(workspaceId, body.orgIdentityId(), body.roleId());
    }

    ApiRequest<?> changeWorkspaceRole(UUID workspaceId, UUID identityId, IdentityPatch body) {
        return client.workspaceMembers().changeRoleRequest(workspaceId, identityId, body.roleId());
    }

    ApiRequest<?> removeWorkspaceMember(UUID workspaceId, UUID identityId) {
        return client.workspaceMembers().removeRequest(workspaceId, identityId);
    }

    ApiRequest<?> createServiceKey(APIKeyCreateRequest body) {
        return client.apiKeys().createServiceKeyRequest(body);
    }

    ApiRequest<?> updateServiceKey(UUID keyId, APIKeyUpdateRequest body) {
        return client.apiKeys().updateServiceKeyRequest(keyId, body);
    }

    ApiRequest<?> deleteServiceKey(UUID keyId) {
        return client.apiKeys().deleteServiceKeyRequest(keyId);
    }

    ApiRequest<?> deleteWorkspaceKey(UUID workspaceId, UUID keyId) {
        return client.apiKeys().deleteWorkspaceKeyRequest(workspaceId, keyId);
    }

    ApiRequest<?> revokePersonalAccessToken(UUID patId) {
        return client.apiKeys().revokePersonalAccessTokenRequest(patId);
    }

    ApiRequest<?> createRole(CreateRoleRequest body) {
        return client.roles().createRequest(body);
    }

    ApiRequest<?> updateRole(UUID roleId, UpdateRoleRequest body) {
        return client.roles().updateRequest(roleId, body);
    }

    ApiRequest<?> deleteRole(UUID roleId) {
        return client.roles().deleteRequest(roleId);
    }

    ApiRequest<?> updateOrgInfo(OrganizationUpdate body) {
        return client.orgInfo().updateRequest(body);
    }
}
