package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A pending org invite as the org lists it ({@code OrgPendingIdentity}), with the workspaces it will join. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrgPendingIdentity(
        String email,
        boolean readOnly,
        UUID roleId,
        String roleName,
        List<UUID> workspaceIds,
        UUID workspaceRoleId,
        String workspaceRoleName,
        String fullName,
        AccessScope accessScope,
        UUID id,
        UUID userId,
        UUID tenantId,
        UUID organizationId,
        Instant createdAt,
        UUID orgRoleId,
        String orgRoleName,
        List<UUID> tenantIds) {
}
