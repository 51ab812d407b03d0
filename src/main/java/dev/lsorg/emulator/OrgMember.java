package dev.lsorg.emulator;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's org identity: the org-level id, the user's own ids, the org role and whether the member is disabled.
 * The same user's workspace identities are separate {@link WorkspaceMember}s with ids of their own.
 */
final class OrgMember {
    final UUID id;
    final UUID userId;
    final UUID lsUserId;
    final String email;
    final Instant createdAt;
    final String provider;
    String fullName;
    UUID roleId;
    boolean disabled;
    /** The id of the member's login method, made from {@link #id} on first use (a hash, worth keeping). */
    private UUID loginId;

    OrgMember(UUID id, UUID userId, UUID lsUserId, String email, String fullName, UUID roleId, Instant createdAt,
              String provider) {
        this.id = id;
        this.userId = userId;
        this.lsUserId = lsUserId;
        this.email = email;
        this.fullName = fullName;
        this.roleId = roleId;
        this.createdAt = createdAt;
        this.provider = provider;
    }

    /** The id of the member's one login method: derived from the member id, so it stays the same across reads. */
    UUID loginId() {
        if (loginId == null) {
            loginId = UUID.nameUUIDFromBytes((id + ":login").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return loginId;
    }
}
