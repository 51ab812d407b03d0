package dev.lsorg.emulator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service key or PAT as the emulator stores it, secret included (it leaves the emulator only in the create
 * answer). {@code workspaces == null} marks an org-wide service key; a PAT belongs to {@code ownerId}, which is also
 * who created it. A service key's creator is known only when a user's PAT or login created it through the API.
 * A revoked PAT stays listed with its expiry moved to the revocation time.
 */
final class ApiKey {
    final UUID id;
    final String secret;
    final String description;
    final Instant createdAt;
    /** When the key stops working; a revoked PAT's expiry is its revocation time. */
    Instant expiresAt;
    /** A PAT revoked through {@code …/revocation}: its record stays, it no longer authenticates. */
    boolean revoked;
    final boolean pat;
    final List<UUID> workspaces;
    final UUID ownerId;
    final UUID defaultWorkspaceId;
    UUID roleId;
    UUID orgRoleId;
    Instant lastUsedAt;
    /** The org member who created a service key, or null when a service key (or the seed) did. */
    UUID creatorId;

    ApiKey(UUID id, String secret, String description, boolean pat, List<UUID> workspaces, UUID roleId,
           UUID orgRoleId, UUID ownerId, UUID defaultWorkspaceId, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.secret = secret;
        this.description = description;
        this.pat = pat;
        this.workspaces = workspaces == null ? null : List.copyOf(workspaces);
        this.roleId = roleId;
        this.orgRoleId = orgRoleId;
        this.ownerId = ownerId;
        this.defaultWorkspaceId = defaultWorkspaceId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The org member id behind {@code created_by}: a PAT's owner, or the recorded creator of a service key. */
    UUID creator() {
        return pat ? ownerId : creatorId;
    }

    boolean orgWide() {
        return !pat && workspaces == null;
    }

    /** LangSmith-like display form: the type prefix, an ellipsis and the secret's last four characters. */
    String shortKey() {
        return secret.substring(0, 8) + "..." + secret.substring(secret.length() - 4);
    }

    /** The short form of any secret, for logs ({@code "***"} when it does not look like a key). */
    static String mask(String secret) {
        return secret == null || secret.length() < 16 ? "***" : secret.substring(0, 8) + "..."
                + secret.substring(secret.length() - 4);
    }
}
