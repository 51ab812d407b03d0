package dev.lsorg.audit;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.OrganizationConfig;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hand-built orgs for audit, snapshot and diff tests: a clean org that no rule should flag, and a mutable builder
 * to add exactly one problem at a time.
 */
public final class OrgFixtures {
    /** Two hours before the pinned instant of every test; fixture ages are relative to it. */
    public static final Instant NOW = TestClock.PINNED.minusSeconds(7200);
    public static final UUID ORG = uuid("0rg");
    public static final Role ORG_ADMIN = role("ORGANIZATION_ADMIN", "Organization Admin", AccessScope.ORGANIZATION);
    public static final Role ORG_USER = role("ORGANIZATION_USER", "Organization User", AccessScope.ORGANIZATION);
    static final Role WS_ADMIN = role("WORKSPACE_ADMIN", "Admin", AccessScope.WORKSPACE);
    static final Role WS_USER = role("WORKSPACE_USER", "Editor", AccessScope.WORKSPACE);

    OrganizationInfo info = cleanInfo();
    final List<TenantForUser> workspaces = new ArrayList<>();
    final List<OrgMemberIdentity> members = new ArrayList<>();
    final List<OrgPendingIdentity> pending = new ArrayList<>();
    final Map<UUID, List<MemberIdentity>> wsMembers = new LinkedHashMap<>();
    final List<APIKeyGetResponse> serviceKeys = new ArrayList<>();
    final List<APIKeyGetResponse> pats = new ArrayList<>();

    /** A small healthy org: two admins, two workspaces each with an admin and an editor, fresh expiring keys. */
    public static OrgFixtures clean() {
        OrgFixtures f = new OrgFixtures();
        TenantForUser eng = f.workspace("Engineering");
        TenantForUser ops = f.workspace("Operations");
        OrgMemberIdentity ada = f.member("ada@example.com", ORG_ADMIN, false);
        f.member("bob@example.com", ORG_ADMIN, false);
        OrgMemberIdentity cy = f.member("cy@example.com", ORG_USER, false);
        OrgMemberIdentity di = f.member("di@example.com", ORG_USER, false);
        f.join(eng, ada, WS_ADMIN);
        f.join(eng, cy, WS_USER);
        f.join(ops, di, WS_ADMIN);
        f.join(ops, cy, WS_USER);
        f.invite("new@example.com", ORG_USER, null, 2);
        f.serviceKeys.add(key("ci", AccessScope.WORKSPACE, null, 30, 1, 60, "Engineering"));
        f.serviceKeys.add(key("ops bot", AccessScope.WORKSPACE, null, 20, 2, 100, "Operations"));
        f.pats.add(withCreator(key("ada laptop", AccessScope.ORGANIZATION, null, 10, 0, 20), ada.email()));
        return f;
    }

    public OrgData build() {
        Map<UUID, TenantMembers> byWs = new LinkedHashMap<>();
        Map<UUID, List<APIKeyGetResponse>> keysByWs = new LinkedHashMap<>();
        for (TenantForUser w : workspaces) {
            if (!w.isDeleted()) {
                byWs.put(w.id(), new TenantMembers(w.id(), List.copyOf(wsMembers.get(w.id())), List.of()));
                keysByWs.put(w.id(), serviceKeys.stream()
                        .filter(k -> k.workspaceNames() != null && k.workspaceNames().contains(w.displayName())).toList());
            }
        }
        return new OrgData(info, List.copyOf(workspaces), List.of(ORG_ADMIN, ORG_USER, WS_ADMIN, WS_USER),
                new OrganizationMembers(ORG, List.copyOf(members), List.copyOf(pending)), byWs,
                List.copyOf(serviceKeys), keysByWs, List.copyOf(pats), NOW);
    }

    TenantForUser workspace(String name) {
        TenantForUser w = new TenantForUser(uuid("ws-" + name), ORG, NOW.minus(Duration.ofDays(300)), name, false,
                false, name.toLowerCase(), null, false, WS_ADMIN.id(), WS_ADMIN.name(), List.of());
        workspaces.add(w);
        wsMembers.put(w.id(), new ArrayList<>());
        return w;
    }

    public OrgMemberIdentity member(String email, Role orgRole, boolean disabled) {
        OrgMemberIdentity m = new OrgMemberIdentity(uuid("id-" + email), ORG, null, NOW.minus(Duration.ofDays(200)),
                uuid("user-" + email), uuid("ls-" + email), false, orgRole.id(), orgRole.name(),
                AccessScope.ORGANIZATION, email, email.split("@")[0], null, List.of(), null, disabled,
                orgRole.id(), orgRole.name(), new ArrayList<>());
        members.add(m);
        return m;
    }

    /** Puts a member into a workspace, both in the org list's tenant ids and in the workspace's member list. */
    void join(TenantForUser w, OrgMemberIdentity m, Role wsRole) {
        m.tenantIds().add(w.id());
        wsMembers.get(w.id()).add(workspaceMember(w, m.email(), m.userId(), m.lsUserId(), wsRole, m.isDisabled()));
    }

    static MemberIdentity workspaceMember(TenantForUser w, String email, UUID userId, UUID lsUserId, Role role,
                                          boolean disabled) {
        return new MemberIdentity(uuid("wsid-" + w.displayName() + email), ORG, w.id(), NOW.minus(Duration.ofDays(100)),
                userId, lsUserId, false, role.id(), role.name(), AccessScope.WORKSPACE, email, null, null, List.of(),
                null, disabled, null, null);
    }

    OrgPendingIdentity invite(String email, Role orgRole, Role wsRole, int ageDays) {
        OrgPendingIdentity p = new OrgPendingIdentity(email, false, orgRole.id(), orgRole.name(), List.of(),
                wsRole == null ? null : wsRole.id(), wsRole == null ? null : wsRole.name(), null,
                AccessScope.ORGANIZATION, uuid("inv-" + email), null, null, ORG, NOW.minus(Duration.ofDays(ageDays)),
                orgRole.id(), orgRole.name(), List.of());
        pending.add(p);
        return p;
    }

    /** A key created, last used and expiring the given numbers of days from {@link #NOW}; null days mean never. */
    static APIKeyGetResponse key(String description, AccessScope scope, Role orgRole, Integer createdDaysAgo,
                                 Integer usedDaysAgo, Integer expiresInDays, String... workspaceNames) {
        return new APIKeyGetResponse(ago(createdDaysAgo), uuid("key-" + description),
                "lsv2_sk_..." + description.hashCode() % 10000, description, false, ago(usedDaysAgo),
                expiresInDays == null ? null : NOW.plus(Duration.ofDays(expiresInDays)), List.of(workspaceNames),
                null, WS_ADMIN.id(), orgRole == null ? null : orgRole.id(), scope);
    }

    /** The same key with {@code created_by} set, as LangSmith lists PATs. */
    static APIKeyGetResponse withCreator(APIKeyGetResponse k, String createdBy) {
        return new APIKeyGetResponse(k.createdAt(), k.id(), k.shortKey(), k.description(), k.readOnly(),
                k.lastUsedAt(), k.expiresAt(), k.workspaceNames(), k.defaultWorkspaceName(), k.roleId(), k.orgRoleId(),
                k.accessScope(), createdBy);
    }

    static Instant ago(Integer days) {
        return days == null ? null : NOW.minus(Duration.ofDays(days));
    }

    static OrganizationInfo cleanInfo() {
        OrganizationConfig config = new OrganizationConfig("enterprise", 50, 10, true, false, true, true, true, true,
                true, false);
        return new OrganizationInfo(ORG, "Acme", config, false, "enterprise", false, List.of("organization:manage"),
                false, false, true, false, true, "acme", true, true, false, false, 90, "sec@example.com", null, null,
                List.of(), false, List.of());
    }

    static Role role(String name, String display, AccessScope scope) {
        return new Role(uuid("role-" + name), name, display, display, null, List.of(), scope, false);
    }

    static UUID uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Changes one org-info field by its JSON name ({@code config.max_identities} for the plan config). */
    public OrgFixtures set(String jsonPath, Object value) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = dev.lsorg.model.Json.mapper();
        com.fasterxml.jackson.databind.node.ObjectNode node = mapper.valueToTree(info);
        String[] parts = jsonPath.split("\\.");
        com.fasterxml.jackson.databind.node.ObjectNode target = node;
        for (int i = 0; i < parts.length - 1; i++) {
            target = (com.fasterxml.jackson.databind.node.ObjectNode) target.get(parts[i]);
        }
        target.set(parts[parts.length - 1], mapper.valueToTree(value));
        info = mapper.convertValue(node, OrganizationInfo.class);
        return this;
    }
}
