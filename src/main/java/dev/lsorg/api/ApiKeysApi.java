package dev.lsorg.api;

import static dev.lsorg.api.Transport.listOf;
import static dev.lsorg.api.Transport.type;

import dev.lsorg.model.APIKeyCreateRequest;
import dev.lsorg.model.APIKeyCreateResponse;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.APIKeyUpdateRequest;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * API keys: the org's service keys ({@code /orgs/current/service-keys}: list, create org-wide or for workspaces,
 * change role, delete), one workspace's own service keys ({@code /api-key}, workspace-scoped) and the PAT list.
 * A created key's secret is in the answer once; lsorg never logs it.
 */
public final class ApiKeysApi {
    private static final String ORG_KEYS = "/orgs/current/service-keys";
    private static final String WORKSPACE_KEYS = "/api-key";
    private final Transport transport;

    ApiKeysApi(Transport transport) {
        this.transport = transport;
    }

    /** The org's service keys, org-wide and workspace-scoped; only those of {@code workspaceIds} when non-empty. */
    public Future<List<APIKeyGetResponse>> listServiceKeys(List<UUID> workspaceIds) {
        return transport.send(transport.request("GET", ORG_KEYS, Scope.org(), null, listOf(APIKeyGetResponse.class),
                ApiRequest.query("workspace_ids", workspaceIds)));
    }

    /** Creates an org service key: org-wide when {@code workspaces} is null, else for those workspaces. */
    public Future<APIKeyCreateResponse> createServiceKey(APIKeyCreateRequest body) {
        return transport.send(createServiceKeyRequest(body));
    }

    /** The request {@link #createServiceKey} sends. */
    public ApiRequest<APIKeyCreateResponse> createServiceKeyRequest(APIKeyCreateRequest body) {
        return transport.request("POST", ORG_KEYS, Scope.org(), body, type(APIKeyCreateResponse.class), Map.of());
    }

    /** Changes a service key's workspace or org role without rotating it. */
    public Future<APIKeyGetResponse> updateServiceKey(UUID keyId, APIKeyUpdateRequest body) {
        return transport.send(updateServiceKeyRequest(keyId, body));
    }

    /** The request {@link #updateServiceKey} sends. */
    public ApiRequest<APIKeyGetResponse> updateServiceKeyRequest(UUID keyId, APIKeyUpdateRequest body) {
        return transport.request("PATCH", ORG_KEYS + "/" + keyId, Scope.org(), body, type(APIKeyGetResponse.class),
                Map.of());
    }

    /** Deletes (revokes) an org service key; the answer is the deleted key. */
    public Future<APIKeyGetResponse> deleteServiceKey(UUID keyId) {
        return transport.send(deleteServiceKeyRequest(keyId));
    }

    /** The request {@link #deleteServiceKey} sends. */
    public ApiRequest<APIKeyGetResponse> deleteServiceKeyRequest(UUID keyId) {
        return transport.request("DELETE", ORG_KEYS + "/" + keyId, Scope.org(), null, type(APIKeyGetResponse.class),
                Map.of());
    }

    /** The service keys of one workspace. */
    public Future<List<APIKeyGetResponse>> listWorkspaceKeys(UUID workspaceId) {
        return transport.send(transport.request("GET", WORKSPACE_KEYS, Scope.workspace(workspaceId), null,
                listOf(APIKeyGetResponse.class), Map.of()));
    }

    /** Creates a service key in one workspace. */
    public Future<APIKeyCreateResponse> createWorkspaceKey(UUID workspaceId, APIKeyCreateRequest body) {
        return transport.send(createWorkspaceKeyRequest(workspaceId, body));
    }

    /** The request {@link #createWorkspaceKey} sends. */
    public ApiRequest<APIKeyCreateResponse> createWorkspaceKeyRequest(UUID workspaceId, APIKeyCreateRequest body) {
        return transport.request("POST", WORKSPACE_KEYS, Scope.workspace(workspaceId), body,
                type(APIKeyCreateResponse.class), Map.of());
    }

    /** Deletes a service key of one workspace; the answer is the deleted key. */
    public Future<APIKeyGetResponse> deleteWorkspaceKey(UUID workspaceId, UUID keyId) {
        return transport.send(deleteWorkspaceKeyRequest(workspaceId, keyId));
    }

    /** The request {@link #deleteWorkspaceKey} sends. */
    public ApiRequest<APIKeyGetResponse> deleteWorkspaceKeyRequest(UUID workspaceId, UUID keyId) {
        return transport.request("DELETE", WORKSPACE_KEYS + "/" + keyId, Scope.workspace(workspaceId), null,
                type(APIKeyGetResponse.class), Map.of());
    }

    /** The personal access tokens visible to the calling key. */
    public Future<List<APIKeyGetResponse>> listPersonalAccessTokens() {
        return transport.send(transport.request("GET", "/orgs/current/personal-access-tokens", Scope.org(), null,
                listOf(APIKeyGetResponse.class), Map.of()));
    }
}
