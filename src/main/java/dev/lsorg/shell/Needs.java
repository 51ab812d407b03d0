package dev.lsorg.shell;

import dev.lsorg.api.OrgPart;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one shell command reads from the org: some org-wide lists, and the member or key lists of workspaces
 * named by name or id. A session that loads on demand fetches only these before the command runs.
 *
 * @param parts        org-wide lists
 * @param memberListsOf workspaces (name or id) whose member lists the command reads
 * @param keyListsOf   workspaces (name or id) whose own key lists the command reads
 */
record Needs(Set<OrgPart> parts, List<String> memberListsOf, List<String> keyListsOf) {
    /** Nothing at all ({@code help}, {@code journal}, {@code exit}). */
    static final Needs NOTHING = new Needs(Set.of(), List.of(), List.of());

    Needs {
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
        memberListsOf = List.copyOf(memberListsOf);
        keyListsOf = List.copyOf(keyListsOf);
    }

    /** Only org-wide lists. */
    static Needs of(OrgPart... parts) {
        return new Needs(parts.length == 0 ? Set.of() : EnumSet.of(parts[0], parts), List.of(), List.of());
    }

    /** The same, with one workspace's member list (resolving a name also needs the workspace list). */
    Needs withMembersOf(String workspace) {
        return workspace == null ? this : new Needs(plus(OrgPart.WORKSPACES), List.of(workspace), keyListsOf);
    }

    /** The same, with one workspace's own key list. */
    Needs withKeysOf(String workspace) {
        return workspace == null ? this : new Needs(plus(OrgPart.WORKSPACES), memberListsOf, List.of(workspace));
    }

    /** The same with another org-wide list. */
    Needs with(OrgPart part) {
        return new Needs(plus(part), memberListsOf, keyListsOf);
    }

    private Set<OrgPart> plus(OrgPart part) {
        EnumSet<OrgPart> all = parts.isEmpty() ? EnumSet.noneOf(OrgPart.class) : EnumSet.copyOf(parts);
        all.add(part);
        return all;
    }
}
