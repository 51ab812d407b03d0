package dev.lsorg.app;

import java.util.Set;

/** Whether enough of the console's org data is in for an audit of it to be fair. */
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
}
