package dev.lsorg.audit;

import static dev.lsorg.audit.ObjectKind.ORGANIZATION;

import dev.lsorg.model.OrganizationInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Rules about the org's sharing, token and sign-in settings. */
final class SettingsRules {
    private SettingsRules() {
    }

    static List<AuditRule> rules() {
        return List.of(
                setting("settings.public-sharing", Severity.MEDIUM, "public sharing is allowed",
                        i -> !i.publicSharingDisabled(), "public_sharing_disabled is false",
                        "Set public_sharing_disabled to true (and unshare what is already public)."),
                setting("settings.pat-creation", Severity.LOW, "members may create personal access tokens",
                        i -> !i.patCreationDisabled(), "pat_creation_disabled is false",
                        "Set pat_creation_disabled to true if people should use service keys instead."),
                AuditRule.of("settings.no-max-key-expiry", Severity.MEDIUM, "no maximum key lifetime is set",
                        SettingsRules::noMaxExpiry),
                setting("settings.workspace-admins-invite", Severity.LOW, "workspace admins may invite to the org",
                        OrganizationInfo::workspaceAdminCanInviteToOrg, "workspace_admin_can_invite_to_org is true",
                        "Set workspace_admin_can_invite_to_org to false so only org admins add people to the org."),
                setting("settings.sso-not-enforced", Severity.INFO, "sign-in through SSO is not enforced",
                        i -> !i.ssoOnly(), "sso_only is false",
                        "Set sso_only to true once SSO is configured, so every sign-in goes through it."));
    }

    private static AuditRule setting(String id, Severity severity, String title, Predicate<OrganizationInfo> bad,
                                     String evidence, String fix) {
        return AuditRule.of(id, severity, title, (r, c) -> c.info() != null && bad.test(c.info())
                ? List.of(r.finding(org(c), evidence, fix)) : List.of());
    }

    static ObjectRef org(AuditContext c) {
        return ObjectRef.of(ORGANIZATION, c.orgId(), c.info() == null ? "" : c.info().displayName());
    }

    // A general API-key maximum covers both kinds; without it each kind needs its own.
    private static List<Finding> noMaxExpiry(AuditRule r, AuditContext c) {
        OrganizationInfo i = c.info();
        if (i == null || i.maxApiKeyExpiryDays() != null) {
            return List.of();
        }
        List<String> unset = new ArrayList<>();
        if (i.maxServiceKeyExpiryDays() == null) {
            unset.add("max_service_key_expiry_days");
        }
        if (i.maxPatExpiryDays() == null) {
            unset.add("max_pat_expiry_days");
        }
        if (unset.isEmpty()) {
            return List.of();
        }
        unset.add(0, "max_api_key_expiry_days");
        String names = String.join(", ", unset.subList(0, unset.size() - 1)) + " and " + unset.get(unset.size() - 1);
        return List.of(r.finding(org(c), names + " are not set",
                "Set max_api_key_expiry_days (for example 90) so new keys cannot live forever."));
    }
}
