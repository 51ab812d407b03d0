package dev.lsorg.emulator;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's in-memory org: roles, workspaces, members, workspace identities, invites, keys and shared
 * resources, with the lookups and state changes every handler shares. Only the server's event loop touches it
 * after seeding (counters are atomic so other threads may read them).
 */
final class Store {
    final Random random;
    final OrgState org;
    private final Clock clock;
    final Map<UUID, Role> roles = new LinkedHashMap<>();
    final Map<UUID, Workspace> workspaces = new LinkedHashMap<>();
    final Map<UUID, OrgMember> members = new LinkedHashMap<>();
    final Map<UUID, WorkspaceMember> workspaceMembers = new LinkedHashMap<>();
    final Map<UUID, Invite> invites = new LinkedHashMap<>();
    final Map<UUID, ApiKey> keys = new LinkedHashMap<>();
    private final Map<String, ApiKey> keysBySecret = new HashMap<>();
    private final Map<UUID, List<WorkspaceMember>> membershipsByMember = new HashMap<>();
    /** Each workspace's identities in insertion order (as {@link #workspaceMembers} has them), so a workspace's
     *  list need not scan every identity of the org. */
    private final Map<UUID, Map<UUID, WorkspaceMember>> membershipsByWorkspace = new HashMap<>();
    final AtomicLong sharedResources = new AtomicLong();
    final AtomicLong unshareAllCount = new AtomicLong();
    final AtomicLong userOnlyCalls = new AtomicLong();
    final AtomicLong requests = new AtomicLong();
    /** The org's audit log: one record per successful change. */
    final AuditLog auditLog;
    /** Counts requests that may have changed the org, so what is derived from it can tell it is out of date. */
    private long version;
    /** Whether a request that may change the org is being handled: nothing derived is kept or reused meanwhile. */
    private boolean changing;

    Store(long seedNumber, OrgState org, Clock clock) {
        this.random = new Random(seedNumber);
        this.org = org;
        this.clock = clock;
        this.auditLog = new AuditLog(org.id, clock, seedNumber);
        Roles.system().forEach(r -> roles.put(r.id(), r));
    }

    Clock clock() {
        return clock;
    }

    /** Goes up with every request that may have changed the org (any method but GET). */
    long version() {
        return version;
    }

    /** Whether derived values may be kept and reused now: not while a change is being made. */
    boolean settled() {
        return !changing;
    }

    /** Starts a request that may change the org (any method but GET). */
    void changing() {
        changing = true;
    }

    /** Records that the org may have changed; called after every request that is not a GET, whatever its outcome. */
    void changed() {
        changing = false;
        version++;
    }

    /** Now by the emulator's clock, at the microsecond precision LangSmith's database keeps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A random (version 4) UUID drawn from the seeded generator, so a seed number gives the same ids. */
    UUID newId() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** A secret shaped like LangSmith's: {@code lsv2_sk_} or {@code lsv2_pt_}, 32 hex digits, '_', 10 hex digits. */
    String newSecret(boolean pat) {
        StringBuilder sb = new StringBuilder(pat ? "lsv2_pt_" : "lsv2_sk_");
        for (int i = 0; i < 43; i++) {
            sb.append(i == 32 ? "_" : Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }

    Role role(UUID id) {
        Role r = roles.get(id);
        if (r == null) {
            throw HttpProblem.notFound("Role not found");
        }
        return r;
    }

    Role roleByName(String name) {
        return roles.values().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> HttpProblem.notFound("Role not found"));
    }

    /** A role by id or name that must have the given scope (a workspace role is no org role). */
    Role roleIn(AccessScope scope, UUID id, String name, String fallbackName) {
        Role r = id != null ? role(id) : roleByName(name != null ? name : fallbackName);
        if (r.accessScope() != scope) {
            throw HttpProblem.badRequest("Role " + r.name() + " is not an " + scope.name().toLowerCase(Locale.ROOT) + " role");
        }
        return r;
    }

    /** A workspace that exists and is not deleted. */
    Workspace workspace(UUID id) {
        Workspace w = workspaces.get(id);
        if (w == null || w.deleted) {
            throw HttpProblem.notFound("Workspace not found");
        }
        return w;
    }

    OrgMember member(UUID id) {
        OrgMember m = members.get(id);
        if (m == null) {
            throw HttpProblem.notFound("Organization member not found");
        }
        return m;
    }

    OrgMember memberByEmail(String email) {
        return members.values().stream().filter(m -> m.email.equalsIgnoreCase(email)).findFirst().orElse(null);
    }

    Invite inviteByEmail(String email) {
        return invites.values().stream().filter(i -> i.email.equalsIgnoreCase(email)).findFirst().orElse(null);
    }

    List<WorkspaceMember> membersOf(UUID workspaceId) {
        return List.copyOf(membershipsByWorkspace.getOrDefault(workspaceId, Map.of()).values());
    }

    List<WorkspaceMember> membershipsOf(OrgMember m) {
        return List.copyOf(membershipsByMember.getOrDefault(m.id, List.of()));
    }

    WorkspaceMember membership(OrgMember m, UUID workspaceId) {
        return membershipsByMember.getOrDefault(m.id, List.of()).stream()
                .filter(w -> w.workspaceId.equals(workspaceId)).findFirst().orElse(null);
    }

    void removeMembership(WorkspaceMember wm) {
        workspaceMembers.remove(wm.id);
        membershipsByWorkspace.getOrDefault(wm.workspaceId, new LinkedHashMap<>()).remove(wm.id);
        membershipsByMember.getOrDefault(wm.member.id, new ArrayList<>()).remove(wm);
    }

    List<UUID> tenantIdsOf(OrgMember m) {
        return membershipsOf(m).stream().map(w -> w.workspaceId)
                .filter(id -> !workspaces.get(id).deleted).toList();
    }

    WorkspaceMember addMembership(OrgMember m, UUID workspaceId, UUID roleId, Instant at) {
        WorkspaceMember wm = new WorkspaceMember(newId(), workspaceId, m, roleId, at);
        workspaceMembers.put(wm.id, wm);
        membershipsByWorkspace.computeIfAbsent(workspaceId, k -> new LinkedHashMap<>()).put(wm.id, wm);
        membershipsByMember.computeIfAbsent(m.id, k -> new ArrayList<>()).add(wm);
        return wm;
    }

    OrgMember addMember(String email, String fullName, UUID roleId, Instant at, String provider) {
        OrgMember m = new OrgMember(newId(), newId(), newId(), email, fullName, roleId, at, provider);
        members.put(m.id, m);
        return m;
    }

    /** Removes a member from the org with everything that hangs on the membership: workspace identities and PATs. */
    void removeMember(OrgMember m) {
        members.remove(m.id);
        membershipsOf(m).forEach(this::removeMembership);
        List<ApiKey> pats = keys.values().stream().filter(k -> k.pat && m.id.equals(k.ownerId)).toList();
        pats.forEach(this::removeKey);
    }

    /**
     * Accepts an invite as the invitee would: an org identity plus one workspace identity per invited workspace.
     * Someone who became a member meanwhile (basic-auth batch) keeps their identity and gains the workspaces.
     */
    OrgMember accept(Invite invite) {
        Instant at = now();
        OrgMember m = memberByEmail(invite.email);
        if (m == null) {
            String name = invite.fullName != null ? invite.fullName : invite.email.substring(0, invite.email.indexOf('@'));
            m = addMember(invite.email, name, invite.roleId, at, "email");
        }
        for (UUID ws : invite.workspaceIds) {
            Workspace w = workspaces.get(ws);
            if (w != null && !w.deleted && membership(m, ws) == null) {
                addMembership(m, ws, invite.workspaceRoleId, at);
            }
        }
        invites.remove(invite.id);
        return m;
    }

    ApiKey addKey(ApiKey key) {
        keys.put(key.id, key);
        keysBySecret.put(key.secret, key);
        return key;
    }

    void removeKey(ApiKey key) {
        keys.remove(key.id);
        keysBySecret.remove(key.secret);
    }

    ApiKey keyBySecret(String secret) {
        return keysBySecret.get(secret);
    }

    /** Unshares every shared resource; counted so tests can tell the bulk unshare ran. */
    void unshareAll() {
        sharedResources.set(0);
        unshareAllCount.incrementAndGet();
    }

    List<String> workspaceNames(List<UUID> ids) {
        List<String> names = new ArrayList<>();
        for (UUID id : ids) {
            Workspace w = workspaces.get(id);
            if (w != null && !w.deleted) {
                names.add(w.displayName);
            }
        }
        return names;
    }
}
