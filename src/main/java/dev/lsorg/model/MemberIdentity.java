package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
        @JsonDeserialize(using = Shared.Id.class) UUID organizationId,
        @JsonDeserialize(using = Shared.Id.class) UUID tenantId,
        Instant createdAt,
        @JsonDeserialize(using = Shared.Id.class) UUID userId,
        @JsonDeserialize(using = Shared.Id.class) UUID lsUserId,
        boolean readOnly,
        @JsonDeserialize(using = Shared.Id.class) UUID roleId,
        @JsonDeserialize(using = Shared.Text.class) String roleName,
        AccessScope accessScope,
        @JsonDeserialize(using = Shared.Text.class) String email,
        @JsonDeserialize(using = Shared.Text.class) String fullName,
        String avatarUrl,
        @JsonDeserialize(using = Shared.Logins.class) List<ProviderUserSlim> linkedLoginMethods,
        @JsonDeserialize(using = Shared.Text.class) String displayName,
        boolean isDisabled,
        @JsonDeserialize(using = Shared.Id.class) UUID orgRoleId,
        @JsonDeserialize(using = Shared.Text.class) String orgRoleName) {
}
