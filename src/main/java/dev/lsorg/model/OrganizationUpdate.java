package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Request body of {@code PATCH /api/v1/orgs/current/info} ({@code OrganizationUpdate}); a null field is left
 * out of the JSON and so left unchanged by the server.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationUpdate(
        String displayName,
        Boolean publicSharingDisabled,
        Boolean patCreationDisabled,
        Boolean unshareAll,
        Boolean jitProvisioningEnabled,
        Boolean workspaceAdminCanInviteToOrg,
        Boolean invitesEnabled,
        Integer maxApiKeyExpiryDays,
        String securityContact,
        Integer maxPatExpiryDays,
        Integer maxServiceKeyExpiryDays,
        List<String> ipAllowlist) {

    /** An update that changes nothing; start here and use the {@code with...} methods. */
    public static OrganizationUpdate empty() {
        return new OrganizationUpdate(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public OrganizationUpdate withPublicSharingDisabled(boolean v) {
        return new OrganizationUpdate(displayName, v, patCreationDisabled, unshareAll, jitProvisioningEnabled,
                workspaceAdminCanInviteToOrg, invitesEnabled, maxApiKeyExpiryDays, securityContact,
                maxPatExpiryDays, maxServiceKeyExpiryDays, ipAllowlist);
    }

    public OrganizationUpdate withPatCreationDisabled(boolean v) {
        return new OrganizationUpdate(displayName, publicSharingDisabled, v, unshareAll, jitProvisioningEnabled,
                workspaceAdminCanInviteToOrg, invitesEnabled, maxApiKeyExpiryDays, securityContact,
                maxPatExpiryDays, maxServiceKeyExpiryDays, ipAllowlist);
    }

    public OrganizationUpdate withUnshareAll() {
        return new OrganizationUpdate(displayName, publicSharingDisabled, patCreationDisabled, true,
                jitProvisioningEnabled, workspaceAdminCanInviteToOrg, invitesEnabled, maxApiKeyExpiryDays,
                securityContact, maxPatExpiryDays, maxServiceKeyExpiryDays, ipAllowlist);
    }

    public OrganizationUpdate withInvitesEnabled(boolean v) {
        return new OrganizationUpdate(displayName, publicSharingDisabled, patCreationDisabled, unshareAll,
                jitProvisioningEnabled, workspaceAdminCanInviteToOrg, v, maxApiKeyExpiryDays, securityContact,
                maxPatExpiryDays, maxServiceKeyExpiryDays, ipAllowlist);
    }

    public OrganizationUpdate withWorkspaceAdminCanInviteToOrg(boolean v) {
        return new OrganizationUpdate(displayName, publicSharingDisabled, patCreationDisabled, unshareAll,
                jitProvisioningEnabled, v, invitesEnabled, maxApiKeyExpiryDays, securityContact,
                maxPatExpiryDays, maxServiceKeyExpiryDays, ipAllowlist);
    }

    public OrganizationUpdate withMaxServiceKeyExpiryDays(Integer v) {
        return new OrganizationUpdate(displayName, publicSharingDisabled, patCreationDisabled, unshareAll,
                jitProvisioningEnabled, workspaceAdminCanInviteToOrg, invitesEnabled, maxApiKeyExpiryDays,
                securityContact, maxPatExpiryDays, v, ipAllowlist);
    }
}
