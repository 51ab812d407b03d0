package dev.lsorg.emulator;

import dev.lsorg.model.OrganizationConfig;
import java.util.List;
import java.util.UUID;

/**
 * The org's own settings as the emulator stores them: name, plan config and the sharing, invite, SSO and key
 * lifetime flags that {@code /orgs/current/info} reads and writes.
 */
final class OrgState {
    final UUID id;
    /** The plan; emulator-only routes may change it (LangSmith changes it when the plan changes). */
    OrganizationConfig config;
    String displayName;
    boolean publicSharingDisabled;
    boolean patCreationDisabled;
    boolean ssoOnly;
    boolean jitProvisioningEnabled = true;
    boolean invitesEnabled = true;
    boolean workspaceAdminCanInviteToOrg;
    Integer maxApiKeyExpiryDays;
    Integer maxPatExpiryDays;
    Integer maxServiceKeyExpiryDays;
    String securityContact;
    List<String> ipAllowlist = List.of();
    List<String> disabledModelProviders = List.of();

    OrgState(UUID id, String displayName, OrganizationConfig config) {
        this.id = id;
        this.displayName = displayName;
        this.config = config;
    }
}
