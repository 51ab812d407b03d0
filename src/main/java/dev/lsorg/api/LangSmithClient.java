package dev.lsorg.api;

import dev.lsorg.config.ClientConfig;
import dev.lsorg.model.OrgData;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.UUID;

/**
 * lsorg's one door to a LangSmith organization: the resource clients (workspaces, roles, org and workspace members,
 * API keys, org info, the audit log), {@link #send(ApiRequest)} for requests built ahead (confirmations, dry runs),
 * the whole-org {@link #loadOrg(LoadProgress)}, and a hook that sees every request's outcome. Every method returns a
 * Vert.x {@link Future} that fails only with {@link ApiException}.
 */
public final class LangSmithClient implements AutoCloseable {
    private final Vertx vertx;
    private final boolean ownsVertx;
    private final Transport transport;
    private final WorkspacesApi workspaces;
    private final RolesApi roles;
    private final OrgMembersApi orgMembers;
    private final WorkspaceMembersApi workspaceMembers;
    private final ApiKeysApi apiKeys;
    private final OrgInfoApi orgInfo;
    private final AuditLogsApi auditLogs;

    private LangSmithClient(Vertx vertx, boolean ownsVertx, ClientConfig config, Clock clock, RetryTimer timer) {
        this(vertx, ownsVertx, new Transport(vertx, config, clock, timer == null ? RetryTimer.on(vertx) : timer));
    }

    private LangSmithClient(Vertx vertx, boolean ownsVertx, Transport transport) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.transport = transport;
        this.workspaces = new WorkspacesApi(transport);
        this.roles = new RolesApi(transport);
        this.orgMembers = new OrgMembersApi(transport);
        this.workspaceMembers = new WorkspaceMembersApi(transport);
        this.apiKeys = new ApiKeysApi(transport);
        this.orgInfo = new OrgInfoApi(transport);
        this.auditLogs = new AuditLogsApi(transport);
    }

    /**
     * A client on the caller's {@code vertx} (not closed by {@link #close()}); {@code clock} dates its requests and
     * loads. Without a configured org id, the first request discovers it.
     */
    public static LangSmithClient create(Vertx vertx, ClientConfig config, Clock clock) {
        return new LangSmithClient(vertx, false, config, clock, null);
    }

    /** A client on {@code vertx} that waits between retries with {@code retryTimer} (virtual time in tests). */
    public static LangSmithClient create(Vertx vertx, ClientConfig config, Clock clock, RetryTimer retryTimer) {
        return new LangSmithClient(vertx, false, config, clock, retryTimer);
    }

    /** A client with its own Vert.x instance, closed with the client (command-line tools). */
    public static LangSmithClient create(ClientConfig config, Clock clock) {
        return new LangSmithClient(Vertx.vertx(), true, config, clock, null);
    }

    /** A client whose organization id is known (discovered if needed) when the future completes. */
    public static Future<LangSmithClient> connect(Vertx vertx, ClientConfig config, Clock clock) {
        LangSmithClient client = create(vertx, config, clock);
        return client.organizationId().map(id -> client);
    }

    /**
     * This same client (connection pool, limits, rate-limit pause, org id) with its requests also reported to
     * {@code own}: each console served over SSH sends through such a view, so its Requests pane shows its own
     * requests only. Closing the view closes nothing.
     */
    public LangSmithClient reportingTo(RequestListener own) {
        return new LangSmithClient(vertx, false, transport.reportingTo(own));
    }

    /**
     * This same client, its requests waiting behind the rest of its requests: a console's reads of every
     * workspace's members, which nothing on screen waits on, yield to the list being looked at. Closing the view
     * closes nothing.
     */
    public LangSmithClient inBackground() {
        return new LangSmithClient(vertx, false, transport.inBackground());
    }

    /** The organization id, discovering it from {@code GET /orgs/current/info} when not configured. */
    public Future<UUID> organizationId() {
        return transport.discoverOrganization();
    }

    /** Workspaces: list, get, create, rename, delete. */
    public WorkspacesApi workspaces() {
        return workspaces;
    }

    /** Org and workspace roles. */
    public RolesApi roles() {
        return roles;
    }

    /** Org members and invites. */
    public OrgMembersApi orgMembers() {
        return orgMembers;
    }

    /** Members of a workspace given by id. */
    public WorkspaceMembersApi workspaceMembers() {
        return workspaceMembers;
    }

    /** Service keys and PATs. */
    public ApiKeysApi apiKeys() {
        return apiKeys;
    }

    /** Org info and security settings. */
    public OrgInfoApi orgInfo() {
        return orgInfo;
    }

    /** The org's audit log (activity). */
    public AuditLogsApi auditLogs() {
        return auditLogs;
    }

    /** Sends a request built by one of the resource clients' {@code ...Request} methods. */
    public <T> Future<T> send(ApiRequest<T> request) {
        return transport.send(request);
    }

    /**
     * Everything about the org in one pass (settings, workspaces, roles, members, invites, each workspace's
     * members and keys, service keys, PATs), concurrent within the pool size; {@code progress} follows it.
     */
    public Future<OrgData> loadOrg(LoadProgress progress) {
        return new OrgLoader(this).load(progress == null ? LoadProgress.NONE : progress);
    }

    /**
     * Only the lists {@code scope} names, concurrently; the others are null in the answer (see
     * {@link OrgScope}). For commands that read a few things, where a whole-org load would waste requests.
     */
    public Future<OrgData> load(OrgScope scope) {
        return new OrgLoader(this).load(scope);
    }

    /** Adds a listener that receives every request's outcome (never a secret). */
    public void addRequestListener(RequestListener listener) {
        transport.addListener(listener);
    }

    /** Removes a listener. */
    public void removeRequestListener(RequestListener listener) {
        transport.removeListener(listener);
    }

    /** Requests made and peak concurrency since the last {@link #resetStats()}. */
    public TransportStats stats() {
        return transport.stats();
    }

    /** Restarts the request and concurrency counters. */
    public void resetStats() {
        transport.resetStats();
    }

    /** The configuration in use (the key inside is masked when printed). */
    public ClientConfig config() {
        return transport.config();
    }

    /** The clock that dates this client's requests and loads. */
    public Clock clock() {
        return transport.clock();
    }

    /**
     * The time base of this client's waits between attempts: real time in lsorg, virtual in tests. Work that retries
     * above the client (checking what became of a change) waits with it too, so it is counted in the same time.
     */
    public RetryTimer retryTimer() {
        return transport.retryTimer();
    }

    /** The Vert.x instance the client runs on. */
    public Vertx vertx() {
        return vertx;
    }

    @Override
    public void close() {
        transport.close();
        if (ownsVertx) {
            vertx.close();
        }
    }
}
