package dev.lsorg.api;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.PatListing;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Loads a whole org in one pass with as few round trips on the critical path as possible: every independent list
 * starts at once (the workspace list first, since the per-workspace calls wait for it), member lists are paged in
 * parallel waves, and each live workspace's members and keys follow as soon as the workspace list is in. The
 * transport's limiter keeps the number of requests in flight bounded.
 */
final class OrgLoader {
    private final LangSmithClient client;

    OrgLoader(LangSmithClient client) {
        this.client = client;
    }

    Future<OrgData> load(LoadProgress listener) {
        Progress progress = new Progress(listener, 6);
        Future<List<TenantForUser>> workspaces = progress.track("workspaces", client.workspaces().list(true));
        Future<OrganizationInfo> info = progress.track("org info", client.orgInfo().get());
        Future<List<Role>> roles = progress.track("roles", client.roles().list());
        Future<OrganizationMembers> members = progress.track("org members", client.orgMembers().listPaged());
        Future<List<APIKeyGetResponse>> serviceKeys = progress.track("service keys",
                client.apiKeys().listServiceKeys(List.of()));
        Future<PatListing> pats = progress.track("personal access tokens",
                client.apiKeys().listOrgPersonalAccessTokens());
        Future<List<UUID>> live = workspaces.map(OrgLoader::liveWorkspaces);
        Future<Map<UUID, TenantMembers>> wsMembers = live.compose(ids -> perWorkspace(ids, progress, "members of ",
                id -> client.workspaceMembers().list(id)));
        Future<Map<UUID, List<APIKeyGetResponse>>> wsKeys = live.compose(ids -> perWorkspace(ids, progress,
                "keys of ", id -> client.apiKeys().listWorkspaceKeys(id)));
        return Future.all(List.of(info, workspaces, roles, members, serviceKeys, pats, wsMembers, wsKeys))
                .map(all -> new OrgData(info.result(), workspaces.result(), roles.result(), members.result(),
                        wsMembers.result(), serviceKeys.result(), wsKeys.result(), pats.result().tokens(),
                        client.clock().instant(), pats.result().coverage()))
                .onSuccess(data -> progress.finish());
    }

    /**
     * Only what {@code scope} asks for, all at once; the lists it does not ask for are null in the answer (the
     * per-workspace maps hold only the workspaces asked for). Members are paged one page at a time, so that no
     * page beyond the last is asked for.
     */
    Future<OrgData> load(OrgScope scope) {
        Future<OrganizationInfo> info = part(scope, OrgPart.INFO, () -> client.orgInfo().get());
        Future<List<TenantForUser>> workspaces = part(scope, OrgPart.WORKSPACES, () -> client.workspaces().list(true));
        Future<List<Role>> roles = part(scope, OrgPart.ROLES, () -> client.roles().list());
        Future<OrganizationMembers> members = part(scope, OrgPart.MEMBERS, () -> client.orgMembers().listPaged(1));
        Future<List<APIKeyGetResponse>> serviceKeys = part(scope, OrgPart.SERVICE_KEYS,
                () -> client.apiKeys().listServiceKeys(List.of()));
        Future<PatListing> pats = part(scope, OrgPart.PATS, () -> client.apiKeys().listOrgPersonalAccessTokens());
        Future<Map<UUID, TenantMembers>> wsMembers = perWorkspace(List.copyOf(scope.workspaceMembers()),
                new Progress(LoadProgress.NONE, 0), "members of ", id -> client.workspaceMembers().list(id));
        Future<Map<UUID, List<APIKeyGetResponse>>> wsKeys = perWorkspace(List.copyOf(scope.workspaceKeys()),
                new Progress(LoadProgress.NONE, 0), "keys of ", id -> client.apiKeys().listWorkspaceKeys(id));
        return Future.all(List.of(info, workspaces, roles, members, serviceKeys, pats, wsMembers, wsKeys))
                .map(all -> new OrgData(info.result(), workspaces.result(), roles.result(), members.result(),
                        wsMembers.result(), serviceKeys.result(), wsKeys.result(),
                        pats.result() == null ? null : pats.result().tokens(), client.clock().instant(),
                        pats.result() == null ? null : pats.result().coverage()));
    }

    private static <T> Future<T> part(OrgScope scope, OrgPart part, java.util.function.Supplier<Future<T>> fetch) {
        return scope.parts().contains(part) ? fetch.get() : Future.succeededFuture(null);
    }

    private static List<UUID> liveWorkspaces(List<TenantForUser> workspaces) {
        return workspaces.stream().filter(w -> !w.isDeleted()).map(TenantForUser::id).toList();
    }

    private static <T> Future<Map<UUID, T>> perWorkspace(List<UUID> ids, Progress progress, String what,
                                                          Function<UUID, Future<T>> fetch) {
        progress.grow(ids.size());
        List<Future<T>> futures = new ArrayList<>();
        for (UUID id : ids) {
            futures.add(progress.track(what + id, fetch.apply(id)));
        }
        return Future.all(futures).map(all -> {
            Map<UUID, T> byId = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                byId.put(ids.get(i), futures.get(i).result());
            }
            return byId;
        });
    }

    /** Counts finished steps against a total that grows as workspaces are discovered. */
    private static final class Progress {
        private final LoadProgress listener;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger total;

        Progress(LoadProgress listener, int initialTotal) {
            this.listener = listener;
            this.total = new AtomicInteger(initialTotal);
        }

        <T> Future<T> track(String step, Future<T> future) {
            return future.onSuccess(v -> notify(step, done.incrementAndGet()));
        }

        void grow(int steps) {
            total.addAndGet(steps);
        }

        void finish() {
            notify("done", done.get());
        }

        private void notify(String step, int doneNow) {
            try {
                listener.onProgress(doneNow, total.get(), step);
            } catch (RuntimeException e) {
                // progress display problems must not fail the load
            }
        }
    }
}
