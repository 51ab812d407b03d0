package dev.lsorg.api;

import static dev.lsorg.api.Transport.listOf;
import static dev.lsorg.api.Transport.type;

import dev.lsorg.model.Tenant;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.WorkspaceCreate;
import dev.lsorg.model.WorkspacePatch;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Workspaces of the org: list, get, create (org-scoped) and rename, delete (workspace-scoped: sent with
 * {@code X-Tenant-Id} set to the workspace itself, as the spec's security list says).
 */
public final class WorkspacesApi {
    private final Transport transport;

    WorkspacesApi(Transport transport) {
        this.transport = transport;
    }

    /** Every workspace visible to the key; deleted ones too when {@code includeDeleted}. */
    public Future<List<TenantForUser>> list(boolean includeDeleted) {
        return transport.send(transport.request("GET", "/workspaces", Scope.org(), null, listOf(TenantForUser.class),
                ApiRequest.query("include_deleted", includeDeleted)));
    }

    /** One workspace. */
    public Future<TenantForUser> get(UUID workspaceId) {
        return transport.send(transport.request("GET", "/workspaces/" + workspaceId, Scope.org(), null,
                type(TenantForUser.class), Map.of()));
    }

    /** Creates a workspace. */
    public Future<Tenant> create(WorkspaceCreate body) {
        return transport.send(createRequest(body));
    }

    /** The request {@link #create} sends. */
    public ApiRequest<Tenant> createRequest(WorkspaceCreate body) {
        return transport.request("POST", "/workspaces", Scope.org(), body, type(Tenant.class), Map.of());
    }

    /** Renames a workspace. */
    public Future<Tenant> rename(UUID workspaceId, String displayName) {
        return transport.send(renameRequest(workspaceId, displayName));
    }

    /** The request {@link #rename} sends. */
    public ApiRequest<Tenant> renameRequest(UUID workspaceId, String displayName) {
        return transport.request("PATCH", "/workspaces/" + workspaceId, Scope.workspace(workspaceId),
                new WorkspacePatch(displayName), type(Tenant.class), Map.of());
    }

    /** Deletes a workspace (LangSmith keeps it, marked deleted). */
    public Future<Void> delete(UUID workspaceId) {
        return transport.send(deleteRequest(workspaceId));
    }

    /** The request {@link #delete} sends. */
    public ApiRequest<Void> deleteRequest(UUID workspaceId) {
        return transport.request("DELETE", "/workspaces/" + workspaceId, Scope.workspace(workspaceId), null,
                type(Void.class), Map.of());
    }
}
