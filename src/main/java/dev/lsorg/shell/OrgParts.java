package dev.lsorg.shell;

import dev.lsorg.api.OrgPart;
import dev.lsorg.api.OrgScope;
import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What an on-demand shell session has loaded so far, and how a partial load is merged into the org it knows. Lists
 * not loaded are null in that org (the per-workspace maps hold only the workspaces loaded), so a command that reads
 * something its {@link Needs} forgot fails loudly in tests rather than showing an empty list.
 */
final class OrgParts {
    /** An org nothing of which is loaded yet. */
    static final OrgData EMPTY = new OrgData(null, null, null, null, Map.of(), null, Map.of(), null, null, null);

    private final EnumSet<OrgPart> parts = EnumSet.noneOf(OrgPart.class);
    private final Set<UUID> memberLists = new HashSet<>();
    private final Set<UUID> keyLists = new HashSet<>();
    private boolean everything;

    /** The org-wide lists of {@code wanted} not loaded yet. */
    OrgScope missing(Set<OrgPart> wanted) {
        if (everything) {
            return OrgScope.of(Set.of());
        }
        EnumSet<OrgPart> missing = wanted.isEmpty() ? EnumSet.noneOf(OrgPart.class) : EnumSet.copyOf(wanted);
        missing.removeAll(parts);
        return OrgScope.of(missing);
    }

    /** The per-workspace lists {@code needs} names (by name or id, resolved in {@code index}) not loaded yet. */
    OrgScope missingLists(OrgIndex index, Needs needs) {
        if (everything) {
            return OrgScope.of(Set.of());
        }
        Set<UUID> members = ids(index, needs.memberListsOf());
        members.removeAll(memberLists);
        Set<UUID> keys = ids(index, needs.keyListsOf());
        keys.removeAll(keyLists);
        return new OrgScope(Set.of(), members, keys);
    }

    private static Set<UUID> ids(OrgIndex index, List<String> workspaces) {
        Set<UUID> ids = new HashSet<>();
        for (String w : workspaces) {
            Optional<TenantForUser> found = index.workspace(w);
            // an ambiguous name is left for the command to refuse; it names no list to load
            if (found.isPresent() && index.workspaceMatches(w) == 1) {
                ids.add(found.get().id());
            }
        }
        return ids;
    }

    void add(OrgScope scope) {
        parts.addAll(scope.parts());
        memberLists.addAll(scope.workspaceMembers());
        keyLists.addAll(scope.workspaceKeys());
    }

    /** Everything is loaded (a whole-org load). */
    void everything() {
        everything = true;
    }

    void clear() {
        parts.clear();
        memberLists.clear();
        keyLists.clear();
        everything = false;
    }

    /** {@code base} with what {@code scope} loaded into {@code update} put in. */
    static OrgData merge(OrgData base, OrgData update, OrgScope scope) {
        Set<OrgPart> p = scope.parts();
        boolean pats = p.contains(OrgPart.PATS);
        return new OrgData(p.contains(OrgPart.INFO) ? update.info() : base.info(),
                p.contains(OrgPart.WORKSPACES) ? update.workspaces() : base.workspaces(),
                p.contains(OrgPart.ROLES) ? update.roles() : base.roles(),
                p.contains(OrgPart.MEMBERS) ? update.members() : base.members(),
                merged(base.workspaceMembers(), update.workspaceMembers()),
                p.contains(OrgPart.SERVICE_KEYS) ? update.serviceKeys() : base.serviceKeys(),
                mergedKeys(base.workspaceKeys(), update.workspaceKeys()),
                pats ? update.personalAccessTokens() : base.personalAccessTokens(), update.loadedAt(),
                pats ? update.patCoverage() : base.patCoverage());
    }

    private static Map<UUID, TenantMembers> merged(Map<UUID, TenantMembers> a, Map<UUID, TenantMembers> b) {
        Map<UUID, TenantMembers> out = new LinkedHashMap<>(a);
        out.putAll(b);
        return out;
    }

    private static Map<UUID, List<APIKeyGetResponse>> mergedKeys(Map<UUID, List<APIKeyGetResponse>> a,
                                                               Map<UUID, List<APIKeyGetResponse>> b) {
        Map<UUID, List<APIKeyGetResponse>> out = new LinkedHashMap<>(a);
        out.putAll(b);
        return out;
    }
}
