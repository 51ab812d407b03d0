package dev.lsorg.cli;

import dev.lsorg.api.ApiError;
import dev.lsorg.api.ApiException;
import dev.lsorg.api.AuditLogQuery;
import dev.lsorg.api.LoadProgress;
import dev.lsorg.app.ActivityAccess;
import dev.lsorg.audit.ActivityEvidence;
import dev.lsorg.config.ConfigException;
import dev.lsorg.config.ConfigLoader;
import dev.lsorg.model.OrgData;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Loads the org through the API client: the configured org, or with {@code --demo} the in-process emulator. */
public final class LiveOrgFetcher implements OrgFetcher {
    // A whole-org load of a very large org is many requests; the client's own timeouts catch a stuck one first.
    private static final Duration LOAD_LIMIT = Duration.ofMinutes(10);
    /** The most audit-log records an audit reads (100 pages); more is reported by {@code activity.partial}. */
    static final int AUDIT_ACTIVITY_LIMIT = 10_000;
    private final ConfigLoader loader;
    private final Clock clock;

    /** A fetcher resolving the configuration with {@code loader}, dating its loads (and any demo org) by {@code clock}. */
    public LiveOrgFetcher(ConfigLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    @Override
    public OrgData fetch(GlobalOptions global, LoadProgress progress) throws ConfigException {
        return fetch(global, progress, null);
    }

    @Override
    public OrgData fetch(GlobalOptions global, LoadProgress progress, PrintWriter warnings) throws ConfigException {
        try (OrgConnection connection = OrgConnection.open(global, loader, clock, warnings)) {
            return await(connection.client().loadOrg(progress), "load org");
        }
    }

    @Override
    public AuditInput fetchForAudit(GlobalOptions global, LoadProgress progress, PrintWriter warnings,
                                    Duration activityWindow) throws ConfigException {
        try (OrgConnection connection = OrgConnection.open(global, loader, clock, warnings)) {
            Instant now = clock.instant();
            Future<ActivityEvidence> activity = connection.client().auditLogs()
                    .list(AuditLogQuery.between(now.minus(activityWindow), now), AUDIT_ACTIVITY_LIMIT)
                    .map(ActivityEvidence::of)
                    .recover(e -> Future.succeededFuture(ActivityEvidence.unavailable(ActivityAccess.reason(e))));
            OrgData org = await(connection.client().loadOrg(progress), "load org");
            return new AuditInput(org, await(activity, "read the audit log"));
        }
    }

    @Override
    public Map<String, Integer> auditSettings() throws ConfigException {
        return loader.auditSettings();
    }

    /** Waits on this (non-event-loop) thread; every failure comes out as an {@link ApiException}. */
    static <T> T await(Future<T> future, String operation) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(LOAD_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ApiException api ? api
                    : new ApiException(ApiException.errorOf(e.getCause()), operation);
        } catch (TimeoutException e) {
            throw new ApiException(new ApiError.Timeout(LOAD_LIMIT), operation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(new ApiError.Network("interrupted", false), operation);
        }
    }
}
