package dev.lsorg.app;

import dev.lsorg.api.ApiError;
import dev.lsorg.api.ApiException;
import dev.lsorg.api.AuditLogQuery;
import dev.lsorg.api.LangSmithClient;
import dev.lsorg.api.MemberQuery;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.PatCoverage;
import dev.lsorg.model.PatListing;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;

/** The console's reads, served by the API client. */
public final class ClientOrgReader implements OrgReader {
    private final LangSmithClient client;
    private final LangSmithClient behind;

    /** Reads through {@code client}. */
    public ClientOrgReader(LangSmithClient client) {
        this.client = client;
        this.behind = client.inBackground();
    }

    @Override
    public Future<OrganizationInfo> orgInfo() {
        return client.orgInfo().get();
    }

    @Override
    public Future<List<TenantForUser>> workspaces() {
        return client.workspaces().list(true);
    }

    @Override
    public Future<List<Role>> roles() {
        return client.roles().list();
    }

    @Override
    public Future<OrganizationMembers> orgMembers() {
        // pages in parallel: the unpaged list of a 50,000-member org is one 55 MB answer, slow to make and to hold;
        // oldest first, as the unpaged list has them
        return client.orgMembers().listPaged(MemberQuery.all().sortedBy("created_at", false));
    }

    @Override
    public Future<TenantMembers> workspaceMembers(UUID workspace) {
        return client.workspaceMembers().list(workspace);
    }

    // A thousand workspaces' member lists are the largest answers of a whole-org read: they take the slots the
    // lists on screen leave, so a 50,000-member org's Members pane is not decoded beside 180 MB of them.
    @Override
    public Future<TenantMembers> workspaceMembersInBackground(UUID workspace) {
        return behind.workspaceMembers().list(workspace);
    }

    @Override
    public Future<OrgData> apiKeys() {
        Future<List<APIKeyGetResponse>> service = client.apiKeys().listServiceKeys(List.of());
        // A key may read service keys but not PATs (or the reverse); show what it can read, and say what it cannot.
        Future<PatListing> pats = client.apiKeys().listOrgPersonalAccessTokens()
                .recover(e -> forbidden(e) ? Future.succeededFuture(new PatListing(List.of(),
                        PatCoverage.callerOnly("the API key may not list personal access tokens")))
                        : Future.failedFuture(e));
        return Future.all(service, pats).map(all -> OrgData.empty().withKeys(service.result(),
                pats.result().tokens(), pats.result().coverage()));
    }

    @Override
    public Future<ActivityLog> activity(AuditLogQuery query, int max) {
        return client.auditLogs().list(query, max);
    }

    private static boolean forbidden(Throwable e) {
        return ApiException.errorOf(e) instanceof ApiError.Forbidden;
    }

    @Override
    public Failure describe(Throwable error) {
        return failure(error);
    }

    /** How the console shows a client failure; a failure from outside the client keeps its own message. */
    public static Failure failure(Throwable error) {
        if (!(error instanceof ApiException)) {
            return new Failure(error.getMessage() == null ? error.toString() : error.getMessage(), false);
        }
        ApiError e = ApiException.errorOf(error);
        boolean network = e instanceof ApiError.Network || e instanceof ApiError.Timeout;
        return new Failure(e.message(), network, e instanceof ApiError.Unauthorized,
                e instanceof ApiError.Forbidden f && !f.needsWorkspace());
    }
}
