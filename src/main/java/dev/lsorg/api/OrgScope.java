package dev.lsorg.api;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * What a partial load fetches: some org-wide lists, and the member and key lists of some workspaces. A command that
 * reads a few things loads only those, so scripts that run one command at a time stay within rate limits.
 *
 * @param parts            the org-wide lists
 * @param workspaceMembers workspaces whose member lists ({@code /workspaces/current/members}) to fetch
 * @param workspaceKeys    workspaces whose own key lists ({@code /api-key}) to fetch
 */
public record OrgScope(Set<OrgPart> parts, Set<UUID> workspaceMembers, Set<UUID> workspaceKeys) {
    /** Copies the sets. */
    public OrgScope {
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
        workspaceMembers = Set.copyOf(workspaceMembers);
        workspaceKeys = Set.copyOf(workspaceKeys);
    }

    /** Only org-wide lists. */
    public static OrgScope of(Set<OrgPart> parts) {
        return new OrgScope(parts, Set.of(), Set.of());
    }

    /** Whether nothing is asked for. */
    public boolean isEmpty() {
        return parts.isEmpty() && workspaceMembers.isEmpty() && workspaceKeys.isEmpty();
    }
}
