package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request body that creates a key; {@code workspaces == null} on the org endpoint means an org-wide key. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record APIKeyCreateRequest(
        String description,
        Instant expiresAt,
        List<UUID> workspaces,
        UUID roleId,
        UUID orgRoleId,
        UUID defaultWorkspaceId) {
}
