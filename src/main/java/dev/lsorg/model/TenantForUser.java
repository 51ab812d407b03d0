package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A workspace as listed for the calling key ({@code TenantForUser}): the tenant plus the caller's role in it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TenantForUser(
        UUID id,
        UUID organizationId,
        Instant createdAt,
        String displayName,
        boolean isPersonal,
        boolean isDeleted,
        String tenantHandle,
        String dataPlaneUrl,
        boolean readOnly,
        UUID roleId,
        String roleName,
        List<String> permissions) {
}
