package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A bare identity ({@code Identity}), as returned when a member is added to a workspace. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Identity(
        UUID id,
        UUID organizationId,
        UUID tenantId,
        Instant createdAt,
        UUID userId,
        UUID lsUserId,
        boolean readOnly,
        UUID roleId,
        String roleName,
        AccessScope accessScope) {
}
