package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A workspace member ({@code MemberIdentity}): the workspace identity, its workspace role and the member's org role. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MemberIdentity(
        UUID id,
        UUID organizationId,
        UUID tenantId,
        Instant createdAt,
        UUID userId,
        UUID lsUserId,
        boolean readOnly,
        UUID roleId,
        String roleName,
        AccessScope accessScope,
        String email,
        String fullName,
        String avatarUrl,
        List<ProviderUserSlim> linkedLoginMethods,
        String displayName,
        boolean isDisabled,
        UUID orgRoleId,
        String orgRoleName) {
}
