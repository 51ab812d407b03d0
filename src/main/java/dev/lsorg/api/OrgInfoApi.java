package dev.lsorg.api;

import static dev.lsorg.api.Transport.type;

import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationUpdate;
import io.vertx.core.Future;
import java.util.Map;

/**
 * The org's info and security settings ({@code GET}/{@code PATCH /orgs/current/info}): public sharing, PAT creation,
 * invites, key expiry limits, and the one-shot {@code unshare_all}.
 */
public final class OrgInfoApi {
    private final Transport transport;

    OrgInfoApi(Transport transport) {
        this.transport = transport;
    }

    /** The org's info and settings. */
    public Future<OrganizationInfo> get() {
        return transport.send(transport.request("GET", "/orgs/current/info", Scope.org(), null,
                type(OrganizationInfo.class), Map.of()));
    }

    /** Changes the fields set in {@code update}; the answer is the org info after the change. */
    public Future<OrganizationInfo> update(OrganizationUpdate update) {
        return transport.send(updateRequest(update));
    }

    /** The request {@link #update} sends. */
    public ApiRequest<OrganizationInfo> updateRequest(OrganizationUpdate update) {
        return transport.request("PATCH", "/orgs/current/info", Scope.org(), update, type(OrganizationInfo.class),
                Map.of());
    }

    /** Unshares every shared resource of the org (runs, datasets, prompts). */
    public Future<OrganizationInfo> unshareAll() {
        return update(OrganizationUpdate.empty().withUnshareAll());
    }

    /** The request {@link #unshareAll} sends. */
    public ApiRequest<OrganizationInfo> unshareAllRequest() {
        return updateRequest(OrganizationUpdate.empty().withUnshareAll());
    }
}
