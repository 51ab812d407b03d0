package dev.lsorg.cli;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.audit.ActivityNames;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Loads what {@code lsorg activity} needs to put names on the ids of the audit log: the org's lists (workspaces,
 * roles, members, keys) and the member lists of the workspaces whose members the records touch. Only what the
 * output shows is asked for (NDJSON passes records on untouched and loads nothing), and a list the key may not
 * read leaves its ids unnamed instead of failing the command.
 */
final class ActivityNamesLoader {
    /** Most workspaces whose member lists are read to name workspace members. */
    private static final int MAX_WORKSPACE_LISTS = 20;
    private final LangSmithClient client;
    private final boolean wanted;
    private Future<List<TenantForUser>> workspaces;
    private OrgData base;

    ActivityNamesLoader(LangSmithClient client, boolean wanted) {
        this.client = client;
        this.wanted = wanted;
    }

    private Future<List<TenantForUser>> workspaces() {
        if (workspaces == null) {
            workspaces = client.workspaces().list(true);
        }
        return workspaces;
    }

    /** The id of the workspace {@code wanted} names (id or name, live ones first), or null when none is named. */
    UUID workspace(String asked) throws CommandFailure {
        if (asked == null || asked.isBlank()) {
            return null;
        }
        String w = asked.strip();
        List<TenantForUser> all = LiveOrgFetcher.await(workspaces(), "list workspaces");
        return all.stream().sorted((a, b) -> Boolean.compare(a.isDeleted(), b.isDeleted()))
                .filter(t -> t.id().toString().equalsIgnoreCase(w) || w.equalsIgnoreCase(t.displayName()))
                .map(TenantForUser::id).findFirst()
                .orElseThrow(() -> new WorkspaceChoice(w, "--workspace").missing());
    }

    /** Names for {@code log}'s ids (none when the output shows no names). */
    ActivityNames names(ActivityLog log) {
        if (!wanted) {
            return ActivityNames.of(null);
        }
        OrgData org = base();
        Map<UUID, TenantMembers> lists = new LinkedHashMap<>();
        for (UUID ws : memberWorkspaces(log, org)) {
            TenantMembers tm = LiveOrgFetcher.await(client.workspaceMembers().list(ws).otherwise((TenantMembers) null),
                    "list workspace members");
            if (tm != null) {
                lists.put(ws, tm);
            }
        }
        return ActivityNames.of(new OrgData(org.info(), org.workspaces(), org.roles(), org.members(), lists,
                org.serviceKeys(), null, org.personalAccessTokens(), org.loadedAt()));
    }

    /** The org's name, or "" when it could not be read. */
    String orgName() {
        OrgData org = wanted ? base() : null;
        return org == null || org.info() == null || org.info().displayName() == null ? "" : org.info().displayName();
    }

    private OrgData base() {
        if (base == null) {
            Future<OrganizationInfo> info = client.orgInfo().get().otherwise((OrganizationInfo) null);
            Future<List<TenantForUser>> ws = workspaces().otherwise(List.of());
            Future<List<Role>> roles = client.roles().list().otherwise(List.of());
            Future<OrganizationMembers> members = client.orgMembers().list().otherwise((OrganizationMembers) null);
            Future<List<APIKeyGetResponse>> keys = client.apiKeys().listServiceKeys(List.of()).otherwise(List.of());
            Future<List<APIKeyGetResponse>> pats = client.apiKeys().listOrgPersonalAccessTokens().map(l -> l.tokens())
                    .otherwise(List.of());
            LiveOrgFetcher.await(Future.join(info, ws, roles, members, keys, pats), "load names");
            base = new OrgData(info.result(), ws.result(), roles.result(), members.result(), Map.of(), keys.result(),
                    null, pats.result(), client.clock().instant());
        }
        return base;
    }

    /** Live workspaces in which the log touched workspace members or invites, up to {@value #MAX_WORKSPACE_LISTS}. */
    private static Set<UUID> memberWorkspaces(ActivityLog log, OrgData org) {
        Set<UUID> live = new LinkedHashSet<>();
        org.workspaces().stream().filter(w -> !w.isDeleted()).forEach(w -> live.add(w.id()));
        Set<UUID> out = new LinkedHashSet<>();
        for (ActivityRecord r : log.records()) {
            boolean members = r.operation().contains("workspace_member") || r.operation().contains("workspace_pending")
                    || r.operation().startsWith("add_member");
            if (members && live.contains(r.workspaceId()) && out.size() < MAX_WORKSPACE_LISTS) {
                out.add(r.workspaceId());
            }
        }
        return out;
    }
}
