package dev.lsorg.app.mutation;

import dev.lsorg.model.APIKeyCreateRequest;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.APIKeyUpdateRequest;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds the service-key changes: create (org-wide or for workspaces), change role, revoke. */
final class KeyChanges {
    private final OrgIndex index;
    private final Requests requests;
    private final Clock clock;

    KeyChanges(OrgIndex index, Requests requests, Clock clock) {
        this.index = index;
        this.requests = requests;
        this.clock = clock;
    }

    Proposal create(String description, String orgRole, List<String> workspaces, String workspaceRole,
            Integer expiresDays) {
        Draft d = new Draft(index, MutationKind.CREATE_KEY);
        String desc = description == null ? "" : description.strip();
        d.check.require(!desc.isEmpty(), "description", "describe what the key is for");
        boolean orgWide = workspaces == null || workspaces.isEmpty();
        d.check.require(orgWide || orgRole == null, "org_role", "a key is either org-wide with an org role"
                + " or for workspaces with a workspace role, not both");
        Role role = orgWide ? d.role("org_role", AccessScope.ORGANIZATION, orgRole) : null;
        List<TenantForUser> ws = orgWide ? List.of() : d.workspaces("workspaces", workspaces);
        Role wsRole = orgWide || workspaceRole == null ? null
                : d.role("role", AccessScope.WORKSPACE, workspaceRole);
        d.requireRbacFor("role", wsRole);
        Instant expires = expiresAt(d, expiresDays);
        d.targets.add(desc);
        d.requests.add(requests.createServiceKey(new APIKeyCreateRequest(desc, expires,
                orgWide ? null : ws.stream().map(TenantForUser::id).toList(), wsRole == null ? null : wsRole.id(),
                role == null ? null : role.id(), null)));
        return d.finish(createWords(desc, role, ws, wsRole, expires), "org " + index.orgName(), null, null);
    }

    /** The expiry instant {@code days} from now, checked against the org's maximum; null for never. */
    private Instant expiresAt(Draft d, Integer days) {
        d.check.expiryDays("expires_days", days, maxExpiryDays());
        return days == null || days < 1 ? null
                : clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    private String createWords(String desc, Role role, List<TenantForUser> ws, Role wsRole, Instant expires) {
        String where = ws.isEmpty() ? "for the whole org as " + (role == null ? "?" : role.displayName())
                : "for " + (ws.size() == 1 ? "workspace " : "workspaces ")
                        + Draft.join(ws.stream().map(TenantForUser::displayName).toList())
                        + " as " + (wsRole == null ? "Admin (the default)" : wsRole.displayName());
        String until = expires == null ? "never expiring" : "expiring " + expires.toString().substring(0, 10);
        return "Create service key '" + desc + "' " + where + ", " + until;
    }

    Proposal changeRole(List<String> keys, String roleText) {
        Draft d = new Draft(index, MutationKind.CHANGE_KEY_ROLE);
        String to = roleText;
        for (APIKeyGetResponse k : keys(d, keys)) {
            boolean orgWide = k.orgRoleId() != null || k.accessScope() == AccessScope.ORGANIZATION;
            Role role = d.role("role", orgWide ? AccessScope.ORGANIZATION : AccessScope.WORKSPACE, roleText);
            if (role != null && d.check.require(!role.id().equals(orgWide ? k.orgRoleId() : k.roleId()), "role",
                    "key '" + k.description() + "' is already " + role.displayName())) {
                to = role.displayName();
                d.targets.add(k.description());
                d.requests.add(requests.updateServiceKey(k.id(),
                        orgWide ? new APIKeyUpdateRequest(null, role.id()) : new APIKeyUpdateRequest(role.id(), null)));
            }
        }
        String which = d.targets.size() == 1 ? "service key '" + d.targets.get(0) + "'" : d.targets.size() + " keys";
        return d.finish("Change the role of " + which + " to " + to + " (the secret stays the same)",
                "org " + index.orgName(), null, null);
    }

    Proposal revoke(List<String> keys) {
        Draft d = new Draft(index, MutationKind.REVOKE_KEY);
        UUID scopeWs = null;
        for (APIKeyGetResponse k : keys(d, keys)) {
            d.targets.add(k.description());
            boolean listedByOrg = index.org().serviceKeys().stream().anyMatch(s -> s.id().equals(k.id()));
            Optional<UUID> ws = index.keyWorkspace(k.id());
            if (listedByOrg || ws.isEmpty()) {
                d.requests.add(requests.deleteServiceKey(k.id()));
            } else {
                scopeWs = ws.get();
                d.requests.add(requests.deleteWorkspaceKey(ws.get(), k.id()));
            }
        }
        String which = d.targets.size() == 1 ? "service key '" + d.targets.get(0) + "'" : d.targets.size() + " keys";
        String scope = scopeWs != null && d.requests.size() == 1 ? "workspace " + index.workspaceName(scopeWs)
                : "org " + index.orgName();
        return d.finish("Revoke " + which + "; anything using it stops working", scope,
                d.requests.size() == 1 ? scopeWs : null, d.confirmText());
    }

    private List<APIKeyGetResponse> keys(Draft d, List<String> texts) {
        List<APIKeyGetResponse> found = new ArrayList<>();
        d.check.require(!texts.isEmpty(), "keys", "choose at least one key");
        for (String t : texts) {
            Optional<APIKeyGetResponse> k = index.key(t);
            if (d.check.require(k.isPresent(), "keys", "no service key with description or id '" + t + "'")
                    && d.check.require(index.keyMatches(t) == 1, "keys",
                            index.keyMatches(t) + " keys are described '" + t + "'; give the key's id")) {
                found.add(k.get());
            }
        }
        return found;
    }

    private Integer maxExpiryDays() {
        var info = index.org().info();
        return info.maxServiceKeyExpiryDays() != null ? info.maxServiceKeyExpiryDays() : info.maxApiKeyExpiryDays();
    }
}
