package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One login method linked to a member ({@code ProviderUserSlim}): provider, provisioning and its own email. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProviderUserSlim(
        UUID id,
        @JsonDeserialize(using = Shared.Text.class) String provider,
        @JsonDeserialize(using = Shared.Id.class) UUID lsUserId,
        UUID samlProviderId,
        String providerUserId,
        Instant createdAt,
        Instant updatedAt,
        @JsonDeserialize(using = Shared.Text.class) String email,
        @JsonDeserialize(using = Shared.Text.class) String fullName,
        String firstName,
        String lastName,
        String username,
        Boolean isDisabled,
        @JsonDeserialize(using = Shared.Text.class) String provisioningMethod,
        Instant emailConfirmedAt) {
}
