package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * The org's billing-oriented view ({@code Organization}, from {@code GET /api/v1/orgs/current}): plan, billing
 * state and the calling key's permissions; the payment and plan detail objects are not modelled.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Organization(
        java.util.UUID id,
        String displayName,
        OrganizationConfig config,
        boolean connectedToStripe,
        boolean connectedToMetronome,
        boolean isPersonal,
        String tier,
        boolean hasCancelled,
        Instant endOfBillingPeriod,
        boolean reachedMaxWorkspaces,
        List<String> permissions) {
}
