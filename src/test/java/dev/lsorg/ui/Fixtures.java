package dev.lsorg.ui;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.OrganizationConfig;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.PatCoverage;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small, fixed org data for renderer and screen tests (test-only; the product never fakes data). */
public final class Fixtures {
    /** The pinned instant of every test ({@link TestClock#PINNED}); fixture ages are relative to it. */
    public static final Instant NOW = TestClock.PINNED;
    public static final UUID ORG = uuid(1);
    public static final UUID WS_PROD = uuid(10);
    public static final UUID WS_DEV = uuid(11);
    public static final UUID WS_OLD = uuid(12);
    public static final UUID ROLE_ORG_ADMIN = uuid(20);
    public static final UUID ROLE_ORG_USER = uuid(21);
    public static final UUID ROLE_WS_ADMIN = uuid(22);
    public static final UUID ROLE_WS_VIEWER = uuid(23);

    private Fixtures() {
    }

    public static UUID uuid(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    public static OrganizationInfo info() {
        OrganizationConfig cfg = new OrganizationConfig("enterprise", 10, 5, true, false, true, true, true, true, true,
                false);
        return new OrganizationInfo(ORG, "Acme Labs", cfg, false, "enterprise", false, List.of("organization:read"),
                false, false, false, false, true, null, false, false, true, false, 365, "sec@acme.test", 90, 180,
                List.of(), false, List.of());
    }

    public static List<TenantForUser> workspaces() {
        return List.of(ws(WS_PROD, "Production", "prod", false, 300), ws(WS_DEV, "Development", "dev", false, 200),
                ws(WS_OLD, "Old experiments", null, true, 400));
    }

    private static TenantForUser ws(UUID id, String name, String handle, boolean deleted, int daysAgo) {
        return new TenantForUser(id, ORG, NOW.minusSeconds(86400L * daysAgo), name, false, deleted, handle, null,
                false, ROLE_WS_ADMIN, "WORKSPACE_ADMIN", List.of());
    }

    public static List<Role> roles() {
        return List.of(role(ROLE_ORG_ADMIN, "ORGANIZATION_ADMIN", "Organization Admin", AccessScope.ORGANIZATION,
                        List.of("organization:manage", "organization:read")),
                role(ROLE_ORG_USER, "ORGANIZATION_USER", "Organization User", AccessScope.ORGANIZATION,
                        List.of("organization:read")),
                role(ROLE_WS_ADMIN, "WORKSPACE_ADMIN", "Admin", AccessScope.WORKSPACE,
                        List.of("workspaces:manage", "workspaces:read")),
                role(ROLE_WS_VIEWER, "WORKSPACE_VIEWER", "Viewer", AccessScope.WORKSPACE, List.of("workspaces:read")));
    }

    private static Role role(UUID id, String name, String display, AccessScope scope, List<String> perms) {
        return new Role(id, name, display, display + " role", null, perms, scope, false);
    }

    public static OrganizationMembers members() {
        return members("Alice Admin");
    }

    public static OrganizationMembers members(String aliceName) {
        List<OrgMemberIdentity> m = List.of(
                member(30, "alice@acme.test", aliceName, "ORGANIZATION_ADMIN", false, List.of(WS_PROD, WS_DEV)),
                member(31, "bob@acme.test", "Bob Builder", "ORGANIZATION_USER", false, List.of(WS_DEV)),
                member(32, "carol@acme.test", "Carol\u001b[2JEvil", "ORGANIZATION_USER", true, List.of()));
        List<OrgPendingIdentity> p = List.of(new OrgPendingIdentity("dave@acme.test", false, ROLE_ORG_USER,
                "ORGANIZATION_USER", List.of(WS_PROD), ROLE_WS_VIEWER, "WORKSPACE_VIEWER", null,
                AccessScope.ORGANIZATION, uuid(40), null, null, ORG, NOW.minusSeconds(3 * 86400), ROLE_ORG_USER,
                "ORGANIZATION_USER", List.of(WS_PROD)));
        return new OrganizationMembers(ORG, m, p);
    }

    private static OrgMemberIdentity member(int n, String email, String name, String role, boolean disabled,
                                            List<UUID> ws) {
        return new OrgMemberIdentity(uuid(n), ORG, null, NOW.minusSeconds(86400L * n), uuid(n + 100), uuid(n + 200),
                false, role.equals("ORGANIZATION_ADMIN") ? ROLE_ORG_ADMIN : ROLE_ORG_USER, role,
                AccessScope.ORGANIZATION, email, name, null, List.of(), name, disabled, null, null, ws);
    }

    public static TenantMembers workspaceMembers(UUID ws) {
        List<MemberIdentity> m = new ArrayList<>();
        m.add(wsMember(50, ws, "alice@acme.test", "Alice Admin", "WORKSPACE_ADMIN", 230));
        if (ws.equals(WS_DEV)) {
            m.add(wsMember(51, ws, "bob@acme.test", "Bob Builder", "WORKSPACE_VIEWER", 231));
        }
        List<PendingIdentity> p = ws.equals(WS_PROD) ? List.of(new PendingIdentity("dave@acme.test", false,
                ROLE_WS_VIEWER, "WORKSPACE_VIEWER", List.of(ws), null, null, null, AccessScope.WORKSPACE, uuid(52),
                null, ws, ORG, NOW.minusSeconds(86400), ROLE_ORG_USER, "ORGANIZATION_USER")) : List.of();
        return new TenantMembers(ws, m, p);
    }

    private static MemberIdentity wsMember(int n, UUID ws, String email, String name, String role, int user) {
        return new MemberIdentity(uuid(n + (ws.equals(WS_DEV) ? 10 : 0)), ORG, ws, NOW.minusSeconds(86400L * 20),
                uuid(user - 100), uuid(user), false, role.equals("WORKSPACE_ADMIN") ? ROLE_WS_ADMIN : ROLE_WS_VIEWER,
                role, AccessScope.WORKSPACE, email, name, null, List.of(), name, false, ROLE_ORG_USER,
                "ORGANIZATION_USER");
    }

    /** The fixture org's key lists, as the console loads them: org data holding only its keys. */
    public static OrgData keys() {
        List<APIKeyGetResponse> sk = List.of(
                key(60, "ci deploy", "lsv2_sk_...a1b2", 2, null, List.of("Production"), AccessScope.WORKSPACE),
                key(61, "old exporter", "lsv2_sk_...c3d4", 200, null, List.of(), AccessScope.ORGANIZATION),
                key(62, "unused bot", "lsv2_sk_...e5f6", -1, null, List.of("Development"), AccessScope.WORKSPACE),
                key(63, "temp", "lsv2_sk_...g7h8", 1, NOW.minusSeconds(86400), List.of(), AccessScope.ORGANIZATION));
        List<APIKeyGetResponse> pats = List.of(
                key(64, "alice laptop", "lsv2_pt_...i9j0", 0, null, List.of(), AccessScope.WORKSPACE));
        return keys(sk, pats);
    }

    /** Org data holding only these key lists, every member's PATs among them. */
    public static OrgData keys(List<APIKeyGetResponse> serviceKeys, List<APIKeyGetResponse> pats) {
        return OrgData.empty().withKeys(serviceKeys, pats, PatCoverage.ALL_MEMBERS);
    }

    /** The console's org data with these parts loaded and the key lists of {@code keys} (null: not loaded). */
    public static OrgData org(OrganizationInfo info, List<TenantForUser> workspaces, List<Role> roles,
                              OrganizationMembers members, Map<UUID, TenantMembers> workspaceMembers, OrgData keys) {
        OrgData d = OrgData.empty().withInfo(info).withWorkspaces(workspaces).withRoles(roles).withMembers(members)
                .withWorkspaceMembers(workspaceMembers);
        return keys == null ? d : d.withKeys(keys.serviceKeys(), keys.personalAccessTokens(), keys.patCoverage());
    }

    private static APIKeyGetResponse key(int n, String desc, String shortKey, int usedDaysAgo, Instant expires,
                                         List<String> ws, AccessScope scope) {
        Instant used = usedDaysAgo < 0 ? null : NOW.minusSeconds(86400L * usedDaysAgo + 60);
        return new APIKeyGetResponse(NOW.minusSeconds(86400L * 300), uuid(n), shortKey, desc, false, used, expires,
                ws, null, scope == AccessScope.WORKSPACE ? ROLE_WS_ADMIN : null,
                scope == AccessScope.ORGANIZATION ? ROLE_ORG_ADMIN : null, scope);
    }
}
