package dev.lsorg.emulator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A validated {@code APIKeyCreateRequest}: what a new service key or PAT should look like. Every field is
 * optional; the description defaults to LangSmith's {@code "Default API key"}.
 */
record KeyRequest(String description, Instant expiresAt, List<UUID> workspaces, UUID roleId, UUID orgRoleId,
                  UUID defaultWorkspaceId, boolean readOnly) {
    static KeyRequest read(RequestBody body, boolean optional) {
        BodyFields f = body.object(optional);
        String description = f.optString("description");
        KeyRequest r = new KeyRequest(description == null ? "Default API key" : description, f.optDateTime("expires_at"),
                f.optUuidList("workspaces"), f.optUuid("role_id"), f.optUuid("org_role_id"),
                f.optUuid("default_workspace_id"), Boolean.TRUE.equals(f.optBool("read_only")));
        body.checks().throwIfAny();
        return r;
    }

    /** Refuses a past expiry, and a missing or too distant one when the org caps key lifetimes. */
    void checkExpiry(Integer maxDays, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw HttpProblem.badRequest("expires_at must be in the future");
        }
        if (maxDays != null && (expiresAt == null || expiresAt.isAfter(now.plusSeconds(86_400L * maxDays + 60)))) {
            throw HttpProblem.badRequest("This organization requires keys to expire within " + maxDays + " days");
        }
    }
}
