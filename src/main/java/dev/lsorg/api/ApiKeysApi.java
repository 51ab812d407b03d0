package dev.lsorg.api;

import static dev.lsorg.api.Transport.listOf;
import static dev.lsorg.api.Transport.type;

import dev.lsorg.config.ClientConfig;
import dev.lsorg.model.APIKeyCreateRequest;
import dev.lsorg.model.APIKeyCreateResponse;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.APIKeyUpdateRequest;
import dev.lsorg.model.PatCoverage;
import dev.lsorg.model.PatListing;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * API keys: the org's service keys ({@code /orgs/current/service-keys}: list, create org-wide or for workspaces,
 * change role, delete), one workspace's own service keys ({@code /api-key}, workspace-scoped), and personal access
 * tokens: every member's ({@code /orgs/current/members/personal-access-tokens}, falling back to the caller's own
 * where the server lacks or refuses that list) and their revocation. A created key's secret is in the answer once;
 * lsorg never logs it.
 */
public final class ApiKeysApi {
    private static final String ORG_KEYS = "/orgs/current/service-keys";
    private static final String WORKSPACE_KEYS = "/api-key";
    private static final String PATS = "/orgs/current/personal-access-tokens";
    private static final String ALL_PATS = "/orgs/current/members/personal-access-tokens";
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

    /** The calling key's own personal access tokens (a service key has none). */
    public Future<List<APIKeyGetResponse>> listPersonalAccessTokens() {
        return transport.send(transport.request("GET", PATS, Scope.org(), null, listOf(APIKeyGetResponse.class),
                Map.of()));
    }

    /** Every org member's personal access tokens (the org admins' list). */
    public Future<List<APIKeyGetResponse>> listAllPersonalAccessTokens() {
        return transport.send(transport.request("GET", ALL_PATS, Scope.org(), null, listOf(APIKeyGetResponse.class),
                Map.of()));
    }

    /**
     * Every member's PATs where the server lists them; where it has no such list (404, 405) or refuses it to this key
     * (403), the caller's own PATs, with the reason other members' are not visible.
     */
    public Future<PatListing> listOrgPersonalAccessTokens() {
        return listAllPersonalAccessTokens().map(all -> new PatListing(all, PatCoverage.ALL_MEMBERS))
                .recover(e -> {
                    String reason = fallbackReason(ApiException.errorOf(e));
                    return reason == null ? Future.failedFuture(e) : listPersonalAccessTokens()
                            .map(own -> new PatListing(own, PatCoverage.callerOnly(reason)));
                });
    }

    private static String fallbackReason(ApiError error) {
        if (error instanceof ApiError.NotFound || error instanceof ApiError.MethodNotAllowed) {
            return "the server has no org-wide PAT list: GET " + ClientConfig.API_PREFIX + ALL_PATS + " answered "
                    + (error instanceof ApiError.NotFound ? "404" : "405");
        }
        if (error instanceof ApiError.Forbidden f) {
            return "the API key may not list them" + (f.permission() == null ? "" : ": it lacks " + f.permission());
        }
        return null;
    }

    /** Revokes a personal access token: it stays listed, expired at the revocation time. */
    public Future<APIKeyGetResponse> revokePersonalAccessToken(UUID patId) {
        return transport.send(revokePersonalAccessTokenRequest(patId));
    }

    /** The request {@link #revokePersonalAccessToken} sends. */
    public ApiRequest<APIKeyGetResponse> revokePersonalAccessTokenRequest(UUID patId) {
        return transport.request("POST", PATS + "/" + patId + "/revocation", Scope.org(), null,
                type(APIKeyGetResponse.class), Map.of());
    }
}
