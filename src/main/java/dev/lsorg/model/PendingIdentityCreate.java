package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request body of an invite ({@code PendingIdentityCreate}): email, org role, and optionally workspaces with a workspace role. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PendingIdentityCreate(
        String email,
        UUID roleId,
        String roleName,
        List<UUID> workspaceIds,
        UUID workspaceRoleId,
        String workspaceRoleName,
        String fullName) {
}
