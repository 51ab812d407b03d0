package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The plan limits and feature flags of an org ({@code OrganizationConfig}) that lsorg uses; the spec's many
 * other flags are ignored when read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrganizationConfig(
        String planTier,
        Integer maxIdentities,
        Integer maxWorkspaces,
        Boolean canUseRbac,
        Boolean canUseAbac,
        Boolean canUseAuditLogs,
        Boolean canAddSeats,
        Boolean canDisablePublicSharing,
        Boolean canUseSamlSso,
        Boolean canSetApiKeyMaxExpiry,
        Boolean ipAllowlistEnabled) {
}
