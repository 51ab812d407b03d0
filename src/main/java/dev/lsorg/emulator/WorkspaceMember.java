package dev.lsorg.emulator;

import java.time.Instant;
import java.util.UUID;

/** A user's identity in one workspace, with its own id and its workspace role. */
final class WorkspaceMember {
    final UUID id;
    final UUID workspaceId;
    final OrgMember member;
    final Instant createdAt;
    UUID roleId;

    WorkspaceMember(UUID id, UUID workspaceId, OrgMember member, UUID roleId, Instant createdAt) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.member = member;
        this.roleId = roleId;
        this.createdAt = createdAt;
    }
}
