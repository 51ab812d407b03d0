package dev.lsorg.app;

import dev.lsorg.model.OrgData;
import java.time.Instant;
import java.util.Set;

/**
 * The console's loaded data seen as one {@link OrgData}, the shape the audit rules read, and whether enough of it is
 * in for an audit to be fair.
 */
public final class LoadedOrg {
    private LoadedOrg() {
    }

    /**
     * Whether every resource the audit reads has loaded at least once: auditing a half-loaded org would report false
     * findings (every workspace looks empty before the member lists of all workspaces are in).
     */
    public static boolean complete(AppState s) {
        Set<Resource> needed = PaneId.AUDIT.resources();
        return needed.stream().allMatch(r -> s.load(r).loadedAt() != null);
    }

    /**
     * The snapshot as org data. The console loads the org's service key list, which holds workspace-scoped keys
     * too, so each workspace's own key list is left out and the rules count a workspace's keys from the org list.
     */
    public static OrgData of(ConsoleOrg d, Instant at) {
        KeyLists keys = d.keys();
        return new OrgData(d.info(), d.workspaces(), d.roles(), d.members(), d.memberships(),
                keys == null ? null : keys.serviceKeys(), null, keys == null ? null : keys.pats(), at,
                keys == null ? null : keys.patCoverage());
    }
}
