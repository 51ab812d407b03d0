package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.UUID;

/**
 * The org's identity, plan, the calling key's permissions and its sharing and access settings
 * ({@code OrganizationInfo}, from {@code GET /api/v1/orgs/current/info}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrganizationInfo(
        UUID id,
        String displayName,
        OrganizationConfig config,
        boolean isPersonal,
        String tier,
        boolean reachedMaxWorkspaces,
        List<String> permissions,
        boolean disabled,
        boolean memberDisabled,
        boolean ssoOnly,
        boolean jitProvisioningEnabled,
        boolean invitesEnabled,
        String ssoLoginSlug,
        boolean publicSharingDisabled,
        boolean patCreationDisabled,
        boolean workspaceAdminCanInviteToOrg,
        boolean defaultSsoProvision,
        Integer maxApiKeyExpiryDays,
        String securityContact,
        Integer maxPatExpiryDays,
        Integer maxServiceKeyExpiryDays,
        List<String> ipAllowlist,
        boolean ipAllowlistEnabled,
        List<String> disabledModelProviders) {
}
