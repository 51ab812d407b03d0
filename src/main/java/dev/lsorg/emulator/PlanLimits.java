package dev.lsorg.emulator;

import dev.lsorg.model.OrganizationConfig;

/**
 * The plan's limits as the emulator enforces them (LangSmith publishes no answer for these, so these are the
 * emulator's documented choices). A workspace beyond {@code max_workspaces} live workspaces is refused with 400,
 * as {@code reached_max_workspaces} announces. Seats ({@code max_identities}: active members plus pending invites,
 * as the audit counts them) are refused with 400 only when the plan cannot add seats ({@code can_add_seats} false);
 * a plan that can add seats grows (and bills) instead of refusing an invite.
 */
final class PlanLimits {
    private PlanLimits() {
    }

    /** Whether the org already has as many live workspaces as its plan allows. */
    static boolean workspacesFull(Store store) {
        Integer max = store.org.config.maxWorkspaces();
        return max != null && liveWorkspaces(store) >= max;
    }

    /** Refuses one more workspace when the plan's limit is reached. */
    static void checkWorkspace(Store store) {
        if (workspacesFull(store)) {
            throw HttpProblem.badRequest("This organization has reached its plan's limit of "
                    + store.org.config.maxWorkspaces() + " workspaces; delete one or upgrade the plan");
        }
    }

    /** Refuses {@code newcomers} more people when they would exceed seats the plan cannot add to. */
    static void checkSeats(Store store, long newcomers) {
        OrganizationConfig c = store.org.config;
        if (newcomers == 0 || c.maxIdentities() == null || Boolean.TRUE.equals(c.canAddSeats())) {
            return;
        }
        long used = store.members.values().stream().filter(m -> !m.disabled).count() + store.invites.size();
        if (used + newcomers > c.maxIdentities()) {
            throw HttpProblem.badRequest("This organization's plan has " + c.maxIdentities() + " seats and "
                    + used + " are taken; " + newcomers + " more do not fit");
        }
    }

    private static long liveWorkspaces(Store store) {
        return store.workspaces.values().stream().filter(w -> !w.deleted).count();
    }
}
