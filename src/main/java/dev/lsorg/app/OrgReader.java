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

/**
 * The reads the console needs from the org, as futures; implemented over the api client. Kept this narrow so the
 * console depends on what it shows, not on how the client is put together.
 */
public interface OrgReader {
    /** Org info and settings. */
    Future<OrganizationInfo> orgInfo();

    /** Every workspace, deleted ones included. */
    Future<List<TenantForUser>> workspaces();

    /** Org and workspace roles. */
    Future<List<Role>> roles();

    /** Org members and pending invites. */
    Future<OrganizationMembers> orgMembers();

    /** One workspace's members and pending invites. */
    Future<TenantMembers> workspaceMembers(UUID workspace);

    /**
     * One workspace's members, read as part of every workspace's ({@link Resource#ALL_WS_MEMBERS}): nothing on
     * screen waits on it, so a reader may let it wait behind its other reads. The same read by default.
     */
    default Future<TenantMembers> workspaceMembersInBackground(UUID workspace) {
        return workspaceMembers(workspace);
    }

    /**
     * Service keys and PATs, listed together: org data holding only {@link OrgData#serviceKeys()},
     * {@link OrgData#personalAccessTokens()} and {@link OrgData#patCoverage()} (every other part null).
     */
    Future<OrgData> apiKeys();

    /** The org's audit log for {@code query}, at most {@code max} records, newest first. */
    Future<ActivityLog> activity(AuditLogQuery query, int max);

    /** A sentence for a failure of one of the futures above, and whether the network was the cause. */
    Failure describe(Throwable error);

    /**
     * How a failure is shown.
     *
     * @param message      a sentence for the status line
     * @param network      the server could not be reached (the console backs off and shows "disconnected")
     * @param unauthorized LangSmith rejected the key (401)
     * @param forbidden    the key may not read this (403)
     */
    record Failure(String message, boolean network, boolean unauthorized, boolean forbidden) {
        /** A failure that says nothing about the key. */
        public Failure(String message, boolean network) {
            this(message, network, false, false);
        }
    }
}
