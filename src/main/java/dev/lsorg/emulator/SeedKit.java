package dev.lsorg.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Shared tools of the seeds: realistic names, "now"-relative ages (so a stale key stays stale whatever the date)
 * and short ways to add workspaces, members, memberships, invites and keys to a {@link Store}.
 */
final class SeedKit {
    static final List<String> FIRST = List.of("Ada", "Ben", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hiro",
            "Ines", "Jonas", "Kavya", "Liam", "Maya", "Noah", "Olivia", "Pedro", "Quinn", "Rosa", "Samir", "Tara",
            "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Amara", "Bruno", "Carmen", "Dmitri", "Esther", "Felix",
            "Greta", "Hassan", "Isla", "Jamal", "Keiko", "Lucas", "Mila", "Nadia");
    static final List<String> LAST = List.of("Okafor", "Lindqvist", "Moreau", "Tanaka", "Rossi", "Haddad", "Nguyen",
            "Schmidt", "Costa", "Novak", "Iyer", "Walsh", "Fischer", "Kowalski", "Silva", "Andersen", "Murphy", "Petrov",
            "Suzuki", "Garcia", "Bakker", "Dubois", "Khan", "Larsen", "Mendes", "Ortiz", "Popescu", "Quist", "Reyes",
            "Sato", "Thompson", "Ulrich", "Varga", "Weber", "Yilmaz", "Zhang", "Abbott", "Brennan", "Chen", "Dalton");

    final Store store;
    final Instant now;

    SeedKit(Store store) {
        this.store = store;
        this.now = store.now();
    }

    Instant daysAgo(double days) {
        return now.minus(Duration.ofMinutes((long) (days * 24 * 60)));
    }

    Instant inDays(double days) {
        return now.plus(Duration.ofMinutes((long) (days * 24 * 60)));
    }

    UUID role(String name) {
        return Roles.systemId(name);
    }

    Workspace workspace(String name, String handle, double ageDays) {
        Workspace w = new Workspace(store.newId(), name, handle, daysAgo(ageDays));
        store.workspaces.put(w.id, w);
        return w;
    }

    OrgMember member(String fullName, String email, String orgRole, double ageDays, String provider) {
        return store.addMember(email, fullName, role(orgRole), daysAgo(ageDays), provider);
    }

    void join(OrgMember m, Workspace w, UUID roleId) {
        Instant at = m.createdAt.isAfter(w.createdAt) ? m.createdAt : w.createdAt;
        store.addMembership(m, w.id, roleId, at.plus(Duration.ofHours(1)));
    }

    Invite invite(String email, String orgRole, List<UUID> workspaces, String wsRole, double ageDays) {
        Invite i = new Invite(store.newId(), email, null, role(orgRole), workspaces, role(wsRole), null, daysAgo(ageDays));
        store.invites.put(i.id, i);
        return i;
    }

    /** A service key; {@code workspaces == null} makes it org-wide. Ages in days; null means never/none. */
    ApiKey serviceKey(String description, List<UUID> workspaces, String wsRole, String orgRole, double createdDaysAgo,
                      Double lastUsedDaysAgo, Double expiresInDays) {
        ApiKey k = new ApiKey(store.newId(), store.newSecret(false), description, false, workspaces,
                wsRole == null ? null : role(wsRole), orgRole == null ? null : role(orgRole), null, null,
                daysAgo(createdDaysAgo), expiresInDays == null ? null : inDays(expiresInDays));
        k.lastUsedAt = lastUsedDaysAgo == null ? null : daysAgo(lastUsedDaysAgo);
        return store.addKey(k);
    }

    ApiKey pat(String description, OrgMember owner, UUID defaultWorkspace, double createdDaysAgo,
               Double lastUsedDaysAgo, Double expiresInDays) {
        ApiKey k = new ApiKey(store.newId(), store.newSecret(true), description, true, null, null, owner.roleId,
                owner.id, defaultWorkspace, daysAgo(createdDaysAgo), expiresInDays == null ? null : inDays(expiresInDays));
        k.lastUsedAt = lastUsedDaysAgo == null ? null : daysAgo(lastUsedDaysAgo);
        return store.addKey(k);
    }

    static String emailOf(String fullName, String domain) {
        return fullName.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@" + domain;
    }
}
