package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
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
        String provider,
        UUID lsUserId,
        UUID samlProviderId,
        String providerUserId,
        Instant createdAt,
        Instant updatedAt,
        String email,
        String fullName,
        String firstName,
        String lastName,
        String username,
        Boolean isDisabled,
        String provisioningMethod,
        Instant emailConfirmedAt) {
}
