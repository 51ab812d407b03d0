package dev.lsorg.emulator;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A validated {@code OrganizationUpdate}: which org settings to change. Absent fields leave a setting alone;
 * for the nullable key-lifetime caps and the security contact an explicit {@code null} clears the setting.
 */
final class SettingsPatch {
    private static final Pattern ORG_NAME = Pattern.compile("^[a-zA-Z0-9\\-_ ]+$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final BodyFields f;
    private final String displayName;
    private final Boolean publicSharingDisabled;
    private final Boolean patCreationDisabled;
    private final Boolean unshareAll;
    private final Boolean jit;
    private final Boolean workspaceAdminInvites;
    private final Boolean invites;
    private final Integer maxKeyDays;
    private final Integer maxPatDays;
    private final Integer maxServiceKeyDays;
    private final String securityContact;
    private final List<String> ipAllowlist;
    private final List<String> disabledProviders;

    /** Reads and validates the body, throwing the 422 when any field is bad. */
    SettingsPatch(RequestBody body) {
        f = body.object(false);
        displayName = f.patterned("display_name", false, ORG_NAME);
        publicSharingDisabled = f.optBool("public_sharing_disabled");
        patCreationDisabled = f.optBool("pat_creation_disabled");
        unshareAll = f.optBool("unshare_all");
        jit = f.optBool("jit_provisioning_enabled");
        workspaceAdminInvites = f.optBool("workspace_admin_can_invite_to_org");
        invites = f.optBool("invites_enabled");
        maxKeyDays = f.optInt("max_api_key_expiry_days");
        maxPatDays = f.optInt("max_pat_expiry_days");
        maxServiceKeyDays = f.optInt("max_service_key_expiry_days");
        securityContact = f.optString("security_contact");
        ipAllowlist = f.optStringList("ip_allowlist");
        disabledProviders = f.optStringList("disabled_model_providers");
        checkFormats(body.checks(), f.optString("scim_group_name_separator"));
        body.checks().throwIfAny();
    }

    private void checkFormats(Checks checks, String separator) {
        if (securityContact != null && !EMAIL.matcher(securityContact).matches()) {
            checks.add(Checks.loc("body", "security_contact"), "value_error",
                    "value is not a valid email address: An email address must have an @-sign and a domain", securityContact);
        }
        if (separator != null && separator.length() != 1) {
            boolean empty = separator.isEmpty();
            checks.add(Checks.loc("body", "scim_group_name_separator"), empty ? "string_too_short" : "string_too_long",
                    empty ? "String should have at least 1 character" : "String should have at most 1 character", separator);
        }
    }

    boolean unshareAll() {
        return Boolean.TRUE.equals(unshareAll);
    }

    /** Some settings are plan features: changing them on a plan without the feature is refused (403). */
    void checkPlan(OrgState org) {
        if (Boolean.TRUE.equals(publicSharingDisabled) && !Boolean.TRUE.equals(org.config.canDisablePublicSharing())) {
            throw HttpProblem.forbidden("This plan cannot disable public sharing");
        }
        boolean caps = f.has("max_api_key_expiry_days") || f.has("max_pat_expiry_days") || f.has("max_service_key_expiry_days");
        if (caps && !Boolean.TRUE.equals(org.config.canSetApiKeyMaxExpiry())) {
            throw HttpProblem.forbidden("This plan cannot set a maximum key expiry");
        }
    }

    void applyTo(OrgState o) {
        o.displayName = displayName != null ? displayName : o.displayName;
        o.publicSharingDisabled = publicSharingDisabled != null ? publicSharingDisabled : o.publicSharingDisabled;
        o.patCreationDisabled = patCreationDisabled != null ? patCreationDisabled : o.patCreationDisabled;
        o.jitProvisioningEnabled = jit != null ? jit : o.jitProvisioningEnabled;
        o.workspaceAdminCanInviteToOrg = workspaceAdminInvites != null ? workspaceAdminInvites : o.workspaceAdminCanInviteToOrg;
        o.invitesEnabled = invites != null ? invites : o.invitesEnabled;
        o.ipAllowlist = ipAllowlist != null ? List.copyOf(ipAllowlist) : o.ipAllowlist;
        o.disabledModelProviders = disabledProviders != null ? List.copyOf(disabledProviders) : o.disabledModelProviders;
        applyClearable(o);
    }

    private void applyClearable(OrgState o) {
        o.maxApiKeyExpiryDays = f.present("max_api_key_expiry_days") ? maxKeyDays : o.maxApiKeyExpiryDays;
        o.maxPatExpiryDays = f.present("max_pat_expiry_days") ? maxPatDays : o.maxPatExpiryDays;
        o.maxServiceKeyExpiryDays = f.present("max_service_key_expiry_days") ? maxServiceKeyDays : o.maxServiceKeyExpiryDays;
        o.securityContact = f.present("security_contact") ? securityContact : o.securityContact;
    }
}
