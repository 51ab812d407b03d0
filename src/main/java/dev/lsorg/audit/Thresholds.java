package dev.lsorg.audit;

/**
 * The tunable limits of the audit rules; {@link #defaults()} holds the values documented in the README, and the
 * audit command overrides them from flags or the config file.
 *
 * @param maxOrgAdmins         more org admins than this is a finding
 * @param pendingInviteDays    invites pending longer than this many days are stale
 * @param unusedKeyDays        keys not used for longer than this many days are stale
 * @param neverUsedGraceDays   a never-used key younger than this many days is not reported (it may be brand new)
 * @param maxKeysPerWorkspace  more service keys than this in one workspace is a finding
 * @param planLimitPercent     members or workspaces at or above this share of the plan's limit are "near" it
 * @param activityDays         how many days of the org's audit log the activity rules read (1 to 400)
 * @param maxRemovals          more removals or revocations than this by one actor within
 *                             {@code removalWindowMinutes} is a finding
 * @param removalWindowMinutes the length of that short window, in minutes (at least 1)
 */
public record Thresholds(int maxOrgAdmins, int pendingInviteDays, int unusedKeyDays, int neverUsedGraceDays,
                         int maxKeysPerWorkspace, int planLimitPercent, int activityDays, int maxRemovals,
                         int removalWindowMinutes) {
    /** LangSmith keeps audit logs for up to 400 days. */
    public static final int MAX_ACTIVITY_DAYS = 400;

    /** Rejects negative values and out-of-range limits, so a typo in a flag cannot silence a rule. */
    public Thresholds {
        requireNonNegative("max org admins", maxOrgAdmins);
        requireNonNegative("pending invite days", pendingInviteDays);
        requireNonNegative("unused key days", unusedKeyDays);
        requireNonNegative("never-used grace days", neverUsedGraceDays);
        requireNonNegative("max keys per workspace", maxKeysPerWorkspace);
        if (planLimitPercent < 1 || planLimitPercent > 100) {
            throw new IllegalArgumentException("plan limit percent must be between 1 and 100, not " + planLimitPercent);
        }
        if (activityDays < 1 || activityDays > MAX_ACTIVITY_DAYS) {
            throw new IllegalArgumentException("activity days must be between 1 and " + MAX_ACTIVITY_DAYS + ", not "
                    + activityDays);
        }
        requireNonNegative("max removals", maxRemovals);
        if (removalWindowMinutes < 1) {
            throw new IllegalArgumentException("removal window minutes must be at least 1, not "
                    + removalWindowMinutes);
        }
    }

    /** The first six limits with the activity rules' defaults. */
    public Thresholds(int maxOrgAdmins, int pendingInviteDays, int unusedKeyDays, int neverUsedGraceDays,
                      int maxKeysPerWorkspace, int planLimitPercent) {
        this(maxOrgAdmins, pendingInviteDays, unusedKeyDays, neverUsedGraceDays, maxKeysPerWorkspace, planLimitPercent,
                7, 10, 15);
    }

    /** The documented defaults. */
    public static Thresholds defaults() {
        return new Thresholds(3, 14, 90, 7, 10, 80, 7, 10, 15);
    }

    /**
     * Whether {@code used} of a plan limit is at or above {@link #planLimitPercent}: the one test the audit and the
     * console's Security pane share, so they never disagree about "near the limit".
     */
    public boolean nearPlanLimit(long used, long limit) {
        return limit > 0 && used * 100L >= limit * planLimitPercent;
    }

    private static void requireNonNegative(String what, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, not " + value);
        }
    }
}
