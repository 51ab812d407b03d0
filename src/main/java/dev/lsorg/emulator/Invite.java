package dev.lsorg.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A pending invite: the org role it grants and the workspaces (with one workspace role) it will join when
 * accepted. {@code tenantId} is set when it was made through a workspace's batch invite.
 */
final class Invite {
    final UUID id;
    final String email;
    final String fullName;
    final Instant createdAt;
    final UUID tenantId;
    final List<UUID> workspaceIds;
    UUID roleId;
    UUID workspaceRoleId;

    Invite(UUID id, String email, String fullName, UUID roleId, List<UUID> workspaceIds, UUID workspaceRoleId,
           UUID tenantId, Instant createdAt) {
        this.id = id;
        this.email = email;
        this.fullName = fullName;
        this.roleId = roleId;
        this.workspaceIds = new ArrayList<>(workspaceIds);
        this.workspaceRoleId = workspaceRoleId;
        this.tenantId = tenantId;
        this.createdAt = createdAt;
    }
}
