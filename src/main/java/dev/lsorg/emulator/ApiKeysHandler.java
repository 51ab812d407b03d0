package dev.lsorg.emulator;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

import dev.lsorg.model.APIKeyCreateResponse;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Service keys and PATs: the workspace's own key list ({@code /api/v1/api-key}), the org's service keys
 * (org-wide and workspace-scoped) with role updates, and PATs as §9 of the API reference describes them: the
 * caller's own list (a service key has none), every member's list for org admins (switchable off, as older servers
 * lack it), revocation that keeps the record with its expiry set to the revocation time (owners revoke their own,
 * org admins any), and deletion of the caller's own. A create answer carries the secret once in {@code key};
 * every list shows only {@code short_key}.
 */
final class ApiKeysHandler {
    private static final String WS = "/api/v1/api-key";
    private static final String SK = "/api/v1/orgs/current/service-keys";
    private static final String PAT = "/api/v1/orgs/current/personal-access-tokens";
    private static final String ALL_PATS = "/api/v1/orgs/current/members/personal-access-tokens";

    private final Store store;
    private final Views views;
    private final ServerControls controls;
    private final ViewJson json;
    private final Derived derived;

    ApiKeysHandler(Store store, Views views, ViewJson json, ServerControls controls) {
        this.store = store;
        this.views = views;
        this.json = json;
        this.controls = controls;
        this.derived = new Derived(store);
    }

    void register(Endpoints e) {
        e.workspace(GET, WS, Roles.WS_READ, c -> RawJson.array(inWorkspace(c.tenant().id).stream().map(json::key)
                .toList()));
        e.workspace(POST, WS, Roles.WS_MANAGE, this::createInWorkspace);
        e.workspace(DELETE, WS + "/:api_key_id", Roles.WS_MANAGE, this::deleteInWorkspace);
        e.org(GET, SK, Roles.ORG_READ, this::listServiceKeys);
        e.org(POST, SK, Roles.PATS_CREATE, this::createServiceKey);
        e.org(PATCH, SK + "/:api_key_id", Roles.ORG_MANAGE, this::updateServiceKey);
        e.org(DELETE, SK + "/:api_key_id", Roles.ORG_MANAGE, c -> delete(key(c, "api_key_id", k -> !k.pat)));
        e.org(GET, PAT, Roles.ORG_READ, this::listOwnPats);
        e.org(POST, PAT, Roles.PATS_CREATE, this::createPat);
        e.org(DELETE, PAT + "/:pat_id", Roles.ORG_READ, c -> delete(key(c, "pat_id", k -> k.pat && owns(c, k))));
        e.org(POST, PAT + "/:pat_id/revocation", Roles.ORG_READ, this::revokePat);
        // Listing other people's tokens is an admin's audit view: organization:manage, as for other members' keys.
        e.org(GET, ALL_PATS, Roles.ORG_MANAGE, this::listAllPats);
    }

    private RawJson list(Predicate<ApiKey> which) {
        return RawJson.array(store.keys.values().stream().filter(which).map(json::key).toList());
    }

    /** A workspace's service keys in the org's key order, from one pass over the keys (not one per workspace). */
    private List<ApiKey> inWorkspace(UUID workspace) {
        Map<UUID, List<ApiKey>> byWorkspace = derived.get("service keys by workspace", () -> {
            Map<UUID, List<ApiKey>> map = new HashMap<>();
            store.keys.values().stream().filter(k -> !k.pat && k.workspaces != null).forEach(k -> k.workspaces
                    .stream().distinct().forEach(ws -> map.computeIfAbsent(ws, x -> new ArrayList<>()).add(k)));
            return map;
        });
        return byWorkspace.getOrDefault(workspace, List.of());
    }

    private APIKeyGetResponse delete(ApiKey k) {
        APIKeyGetResponse view = views.key(k);
        store.removeKey(k);
        return view;
    }

    private ApiKey key(Call c, String param, Predicate<ApiKey> allowed) {
        ApiKey k = store.keys.get(c.pathId(param));
        if (k == null || !allowed.test(k)) {
            throw HttpProblem.notFound("API key not found");
        }
        return k;
    }

    /** {@code POST /api/v1/api-key}: a service key for the current workspace (needs PAT creation too). */
    private APIKeyCreateResponse createInWorkspace(Call c) {
        c.caller.requireOrg(Roles.PATS_CREATE);
        KeyRequest r = KeyRequest.read(c.body(), true);
        return views.created(newServiceKey(c, r, List.of(c.tenant().id)));
    }

    private APIKeyGetResponse deleteInWorkspace(Call c) {
        UUID tenant = c.tenant().id;
        return delete(key(c, "api_key_id", k -> !k.pat && k.workspaces != null && k.workspaces.contains(tenant)));
    }

    private RawJson listServiceKeys(Call c) {
        QueryParams q = c.query();
        List<UUID> ws = q.uuids("workspace_ids");
        q.done();
        return list(k -> !k.pat && (ws.isEmpty() || (k.workspaces != null && k.workspaces.stream().anyMatch(ws::contains))));
    }

    /** Org-wide keys ({@code workspaces} null) need {@code organization:manage}; scoped ones workspace admin rights. */
    private APIKeyCreateResponse createServiceKey(Call c) {
        KeyRequest r = KeyRequest.read(c.body(), false);
        if (r.workspaces() == null) {
            c.caller.requireOrg(Roles.ORG_MANAGE);
        } else {
            if (r.workspaces().isEmpty()) {
                throw HttpProblem.badRequest("workspaces must not be empty; leave it out for an org-wide key");
            }
            for (UUID id : r.workspaces()) {
                Role role = c.roleIn(store.workspace(id));
                if (role == null || !role.permissions().contains(Roles.WS_MANAGE)) {
                    throw HttpProblem.forbidden("This API key lacks the 'workspaces:manage' permission in workspace " + id);
                }
            }
        }
        return views.created(newServiceKey(c, r, r.workspaces()));
    }

    private ApiKey newServiceKey(Call c, KeyRequest r, List<UUID> workspaces) {
        Integer max = store.org.maxServiceKeyExpiryDays != null ? store.org.maxServiceKeyExpiryDays : store.org.maxApiKeyExpiryDays;
        r.checkExpiry(max, store.now());
        if (workspaces != null) {
            workspaces.forEach(store::workspace);
        }
        Role role = store.roleIn(AccessScope.WORKSPACE, r.roleId(), null,
                r.readOnly() ? Roles.WORKSPACE_VIEWER : Roles.WORKSPACE_ADMIN);
        UUID orgRole = null;
        if (workspaces == null) {
            orgRole = store.roleIn(AccessScope.ORGANIZATION, r.orgRoleId(), null, Roles.ORGANIZATION_USER).id();
        } else if (r.orgRoleId() != null) {
            throw HttpProblem.badRequest("org_role_id is only valid for org-wide keys (workspaces must be null)");
        }
        ApiKey k = new ApiKey(store.newId(), store.newSecret(false), r.description(), false, workspaces,
                role.id(), orgRole, null, null, store.now(), r.expiresAt());
        // A user's PAT names its creator; a service key creating another key stands for no user.
        k.creatorId = c.caller.owner() == null ? null : c.caller.owner().id;
        return store.addKey(k);
    }

    private APIKeyGetResponse updateServiceKey(Call c) {
        UUID id = c.pathId("api_key_id");
        RequestBody body = c.body();
        BodyFields f = body.object(false);
        UUID roleId = f.optUuid("role_id");
        UUID orgRoleId = f.optUuid("org_role_id");
        body.checks().throwIfAny();
        ApiKey k = store.keys.get(id);
        if (k == null || k.pat) {
            throw HttpProblem.notFound("API key not found");
        }
        if (orgRoleId != null && !k.orgWide()) {
            throw HttpProblem.badRequest("org_role_id is only valid for org-scoped keys");
        }
        k.roleId = roleId == null ? k.roleId : store.roleIn(AccessScope.WORKSPACE, roleId, null, null).id();
        k.orgRoleId = orgRoleId == null ? k.orgRoleId : store.roleIn(AccessScope.ORGANIZATION, orgRoleId, null, null).id();
        return views.key(k);
    }

    /** The caller's own PATs, whatever its role: a service key stands for no user and has none. */
    private RawJson listOwnPats(Call c) {
        QueryParams q = c.query();
        List<UUID> ws = q.uuids("workspace_ids");
        q.done();
        return list(k -> k.pat && owns(c, k) && (ws.isEmpty() || ws.contains(k.defaultWorkspaceId)));
    }

    /** Every member's PATs, revoked ones included; 404 when switched off, as on a server without the route. */
    private RawJson listAllPats(Call c) {
        if (!controls.settings().orgPatList()) {
            throw HttpProblem.notFound("Not Found");
        }
        return list(k -> k.pat);
    }

    /**
     * Revokes a PAT: it stays listed, its expiry becomes now (an earlier expiry stays), and it stops authenticating.
     * Owners may revoke their own, org admins anyone's; to anyone else another member's token does not exist.
     * Revoking a revoked token changes nothing.
     */
    private APIKeyGetResponse revokePat(Call c) {
        ApiKey k = key(c, "pat_id", p -> p.pat && (owns(c, p) || c.caller.isOrgAdmin()));
        if (!k.revoked) {
            k.revoked = true;
            k.expiresAt = k.expiresAt != null && k.expiresAt.isBefore(store.now()) ? k.expiresAt : store.now();
        }
        return views.key(k);
    }

    private static boolean owns(Call c, ApiKey k) {
        return c.caller.owner() != null && c.caller.owner().id.equals(k.ownerId);
    }

    private APIKeyCreateResponse createPat(Call c) {
        KeyRequest r = KeyRequest.read(c.body(), false);
        OrgMember owner = c.caller.owner();
        if (owner == null) {
            throw HttpProblem.badRequest("Personal access tokens belong to a user: create them with a PAT or a login");
        }
        if (store.org.patCreationDisabled) {
            throw HttpProblem.forbidden("PAT creation is disabled for this organization");
        }
        r.checkExpiry(store.org.maxPatExpiryDays != null ? store.org.maxPatExpiryDays : store.org.maxApiKeyExpiryDays, store.now());
        UUID ws = r.defaultWorkspaceId() != null ? r.defaultWorkspaceId() : c.caller.key().defaultWorkspaceId;
        if (ws != null) {
            store.workspace(ws);
        }
        return views.created(store.addKey(new ApiKey(store.newId(), store.newSecret(true), r.description(), true,
                null, null, owner.roleId, owner.id, ws, store.now(), r.expiresAt())));
    }
}
