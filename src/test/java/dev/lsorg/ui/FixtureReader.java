package dev.lsorg.ui;

import dev.lsorg.api.AuditLogQuery;
import dev.lsorg.app.OrgReader;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An {@link OrgReader} over {@link Fixtures} for tests, which can hold answers back (to test late and overlapping
 * responses) and count calls.
 */
public final class FixtureReader implements OrgReader {
    public volatile boolean hold;
    public volatile OrganizationMembers membersAnswer = Fixtures.members();
    public volatile RuntimeException failure;
    /** The audit log's records (newest first) served for any window; a query keeps those inside it. */
    public volatile List<ActivityRecord> activityAnswer = List.of();
    public final List<Promise<?>> held = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();

    private synchronized <T> Future<T> answer(String what, Supplier<T> value) {
        calls.add(what);
        if (failure != null) {
            return Future.failedFuture(failure);
        }
        if (hold) {
            Promise<T> p = Promise.promise();
            held.add(p);
            return p.future();
        }
        return Future.succeededFuture(value.get());
    }

    @Override
    public Future<OrganizationInfo> orgInfo() {
        return answer("info", Fixtures::info);
    }

    @Override
    public Future<List<TenantForUser>> workspaces() {
        return answer("workspaces", Fixtures::workspaces);
    }

    @Override
    public Future<List<Role>> roles() {
        return answer("roles", Fixtures::roles);
    }

    @Override
    public Future<OrganizationMembers> orgMembers() {
        OrganizationMembers m = membersAnswer;
        return answer("members", () -> m);
    }

    @Override
    public Future<TenantMembers> workspaceMembers(UUID workspace) {
        return answer("ws-members " + workspace, () -> Fixtures.workspaceMembers(workspace));
    }

    @Override
    public Future<OrgData> apiKeys() {
        return answer("keys", Fixtures::keys);
    }

    @Override
    public Future<ActivityLog> activity(AuditLogQuery query, int max) {
        List<ActivityRecord> all = activityAnswer;
        return answer("activity", () -> new ActivityLog(query.start(), query.end(), all.stream()
                .filter(r -> !r.time().isBefore(query.start()) && !r.time().isAfter(query.end())).toList(), false));
    }

    @Override
    public Failure describe(Throwable error) {
        return new Failure(error.getMessage(), error instanceof java.net.ConnectException);
    }
}
