package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A workspace as the spec's {@code Tenant} schema returns it (create and rename answers). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Tenant(
        UUID id,
        UUID organizationId,
        Instant createdAt,
        String displayName,
        boolean isPersonal,
        boolean isDeleted,
        String tenantHandle,
        String dataPlaneUrl) {
}
