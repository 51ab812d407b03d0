package dev.lsorg.model;

/**
 * Whose personal access tokens a load could see: every member's (the org-wide list answered), or only the calling
 * key's own, because the server lacks the org-wide list (older self-hosted versions answer 404/405) or refused it
 * to this key. Every surface that shows PATs says so with {@link #notice()}.
 *
 * @param allMembers whether every member's PATs were listed
 * @param reason     why they were not, for people ("the server has no org-wide PAT list (HTTP 404)"); null when
 *                   {@code allMembers}
 */
public record PatCoverage(boolean allMembers, String reason) {
    /** Every member's PATs were listed. */
    public static final PatCoverage ALL_MEMBERS = new PatCoverage(true, null);

    /** Only the calling key's own PATs were listed, for {@code reason}. */
    public static PatCoverage callerOnly(String reason) {
        return new PatCoverage(false, reason);
    }

    /** The sentence surfaces show when other members' PATs are not visible, or null when they are. */
    public String notice() {
        return allMembers ? null : "Other members' personal access tokens are not visible (" + reason
                + "); only the API key's own tokens are listed.";
    }
}
