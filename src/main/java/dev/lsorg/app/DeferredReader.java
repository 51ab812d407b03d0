package dev.lsorg.app;

import dev.lsorg.api.AuditLogQuery;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * An {@link OrgReader} whose real reader is still being made (the demo emulator starting): reads wait for it, so
 * the console can draw its first frame at once instead of after the emulator is up.
 */
public final class DeferredReader implements OrgReader {
    private final Future<OrgReader> reader;

    /** Reads through {@code reader} once it is there; if it fails, every read fails with its error. */
    public DeferredReader(Future<OrgReader> reader) {
        this.reader = reader;
    }

    private <T> Future<T> then(Function<OrgReader, Future<T>> read) {
        return reader.compose(read);
    }

    @Override
    public Future<OrganizationInfo> orgInfo() {
        return then(OrgReader::orgInfo);
    }

    @Override
    public Future<List<TenantForUser>> workspaces() {
        return then(OrgReader::workspaces);
    }

    @Override
    public Future<List<Role>> roles() {
        return then(OrgReader::roles);
    }

    @Override
    public Future<OrganizationMembers> orgMembers() {
        return then(OrgReader::orgMembers);
    }

    @Override
    public Future<TenantMembers> workspaceMembers(UUID workspace) {
        return then(r -> r.workspaceMembers(workspace));
    }

    @Override
    public Future<TenantMembers> workspaceMembersInBackground(UUID workspace) {
        return then(r -> r.workspaceMembersInBackground(workspace));
    }

    @Override
    public Future<OrgData> apiKeys() {
        return then(OrgReader::apiKeys);
    }

    @Override
    public Future<ActivityLog> activity(AuditLogQuery query, int max) {
        return then(r -> r.activity(query, max));
    }

    @Override
    public Failure describe(Throwable error) {
        return ClientOrgReader.failure(error);
    }
}
