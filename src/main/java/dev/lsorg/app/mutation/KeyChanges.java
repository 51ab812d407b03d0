package dev.lsorg.app.mutation;

import dev.lsorg.api.ApiRequest;
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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the service-key changes: create (org-wide or for workspaces), change role, revoke, and replace a key whose
 * secret was lost. A new key always names its workspace role where the org can use workspace RBAC (the least
 * privileged unless another is chosen), and its confirmation states the access it will really have.
 */
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
        Role chosen = workspaceRole == null ? null : d.role("role", AccessScope.WORKSPACE, workspaceRole);
        // A chosen role is sent or refused, never dropped; without RBAC only Admin exists, the server's default.
        d.requireRbacFor("role", chosen);
        Role wsRole = chosen != null && index.rbac() ? chosen : d.leastWorkspaceRole();
        Instant expires = expiresAt(d, expiresDays);
        d.targets.add(desc);
        d.send(requests.createServiceKey(new APIKeyCreateRequest(desc, expires,
                orgWide ? null : ws.stream().map(TenantForUser::id).toList(), wsRole == null ? null : wsRole.id(),
                role == null ? null : role.id(), null)), new KeyChecks.Created(desc, keyIds()));
        d.notes.add(access(role, ws, wsRole));
        d.notes.add("Expires: " + (expires == null ? "never." : expires.toString().substring(0, 10) + "."));
        return d.finish(createWords(desc, role, ws, wsRole, expires), "org " + index.orgName(), null, null);
    }

    /** The key's effective access in words, naming the server default it relies on when no role is sent. */
    private String access(Role role, List<TenantForUser> ws, Role wsRole) {
        String org = role == null ? "no org role (a workspace key)" : role.displayName() + " in the org";
        String work = wsRole != null ? wsRole.displayName() + " in " + Draft.where(ws) + " (role_id sent)"
                : "Admin in " + Draft.where(ws) + ": without workspace RBAC LangSmith gives every key Admin in each"
                        + " workspace it reaches (no role_id is sent)";
        return "Effective access: " + org + "; " + work + ".";
    }

    private Set<UUID> keyIds() {
        return index.keys().stream().map(APIKeyGetResponse::id).collect(Collectors.toSet());
    }

    /** The expiry instant {@code days} from now, checked against the org's maximum; null for never. */
    private Instant expiresAt(Draft d, Integer days) {
        d.check.expiryDays("expires_days", days, maxExpiryDays());
        return days == null || days < 1 ? null
                : clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    private String createWords(String desc, Role role, List<TenantForUser> ws, Role wsRole, Instant expires) {
        String as = wsRole == null ? "Admin" : wsRole.displayName();
        String where = ws.isEmpty() ? "for the whole org as " + (role == null ? "?" : role.displayName())
                + ", " + as + " in every workspace"
                : "for " + (ws.size() == 1 ? "workspace " : "workspaces ") + Draft.where(ws) + " as " + as;
        String until = expires == null ? "never expiring" : "expiring " + expires.toString().substring(0, 10);
        return "Create service key '" + desc + "' " + where + ", " + until;
    }

    /**
     * Revoke key {@code keyId}, whose secret was lost with the answer that created it, and ask for a new one just
     * like it ({@code create}, the lost request): the one way to a usable key without a blind resend.
     */
    Proposal replace(UUID keyId, ApiRequest<?> create) {
        Draft d = new Draft(index, MutationKind.REPLACE_KEY);
        APIKeyCreateRequest body = (APIKeyCreateRequest) create.body();
        d.targets.add(body.description());
        d.send(requests.deleteServiceKey(keyId), new KeyChecks.Gone(keyId, body.description(), null, false));
        d.send(requests.createServiceKey(body), new KeyChecks.Created(body.description(), keyIds()));
        d.notes.add("The key " + keyId + " was created, but its secret was lost with the answer: nothing can use"
                + " it. It is revoked, and a new key with the same description, roles, workspaces and expiry is"
                + " created; its secret is shown once.");
        return d.finish("Replace service key '" + body.description() + "' (revoke " + keyId
                + ", create a new one)", "org " + index.orgName(), null, null);
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
                d.send(requests.updateServiceKey(k.id(), orgWide ? new APIKeyUpdateRequest(null, role.id())
                        : new APIKeyUpdateRequest(role.id(), null)), new KeyChecks.Role(k.id(), k.description(),
                        orgWide ? null : role.id(), orgWide ? role.id() : null, role.displayName()));
                ownKey(d, k, "changes the role of the key lsorg is using now: a lesser role may take away the"
                        + " rights lsorg needs, including the right to change it back.");
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
            d.notes.add(lastUse(k));
            boolean listedByOrg = index.listedByOrg(k.id());
            Optional<UUID> ws = index.keyWorkspace(k.id());
            if (listedByOrg || ws.isEmpty()) {
                d.send(requests.deleteServiceKey(k.id()), new KeyChecks.Gone(k.id(), k.description(), null,
                        index.callerKey(k)));
            } else {
                scopeWs = ws.get();
                d.send(requests.deleteWorkspaceKey(ws.get(), k.id()),
                        new KeyChecks.Gone(k.id(), k.description(), ws.get(), index.callerKey(k)));
            }
            ownKey(d, k, "revokes the key lsorg is using now: from the moment it is gone lsorg (and anything else"
                    + " using it) is locked out, and you need another key to go on.");
        }
        String which = d.targets.size() == 1 ? "service key '" + d.targets.get(0) + "'" : d.targets.size() + " keys";
        String scope = scopeWs != null && d.requests.size() == 1 ? "workspace " + index.workspaceName(scopeWs)
                : "org " + index.orgName();
        return d.finish("Revoke " + which + "; anything using it stops working", scope,
                d.requests.size() == 1 ? scopeWs : null, d.confirmText());
    }

    // Which key it is, in the form its users see, and whether anything still uses it.
    private String lastUse(APIKeyGetResponse k) {
        String used = k.lastUsedAt() == null ? "never used" : "last used " + k.lastUsedAt().truncatedTo(
                ChronoUnit.MINUTES).toString().replace('T', ' ').replace("Z", " UTC") + " ("
                + daysAgo(k.lastUsedAt()) + ")";
        return k.description() + " (" + k.shortKey() + "): " + used + ".";
    }

    private String daysAgo(Instant t) {
        long days = Duration.between(t, clock.instant()).toDays();
        return days <= 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
    }

    private void ownKey(Draft d, APIKeyGetResponse k, String what) {
        if (index.callerKey(k)) {
            d.warn("This " + what);
        }
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
