package dev.lsorg.emulator;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;

import dev.lsorg.model.Organization;
import dev.lsorg.model.OrganizationInfo;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The org itself: its billing view ({@code /orgs/current}), its info and settings ({@code /orgs/current/info},
 * where {@code permissions} are the calling key's org permissions), and settings changes including the bulk
 * {@code unshare_all}.
 */
final class OrgInfoHandler {
    private static final Pattern ORG_NAME = Pattern.compile("^[a-zA-Z0-9\\-_ ]+$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Store store;

    OrgInfoHandler(Store store) {
        this.store = store;
    }

    void register(Endpoints e) {
        e.org(GET, "/api/v1/orgs/current", Roles.ORG_READ, this::organization);
        e.org(GET, "/api/v1/orgs/current/info", null, this::info);
        e.org(PATCH, "/api/v1/orgs/current/info", Roles.ORG_MANAGE, this::update);
    }

    private boolean reachedMaxWorkspaces() {
        long live = store.workspaces.values().stream().filter(w -> !w.deleted).count();
        return live >= store.org.config.maxWorkspaces();
    }

    private List<String> permissions(Call c) {
        return c.caller.orgRole() == null ? List.of() : c.caller.orgRole().permissions();
    }

    private Organization organization(Call c) {
        OrgState o = store.org;
        return new Organization(o.id, o.displayName, o.config, false, false, false, o.config.planTier(), false, null,
                reachedMaxWorkspaces(), permissions(c));
    }

    private OrganizationInfo info(Call c) {
        OrgState o = store.org;
        return new OrganizationInfo(o.id, o.displayName, o.config, false, o.config.planTier(), reachedMaxWorkspaces(),
                permissions(c), false, false, o.ssoOnly, o.jitProvisioningEnabled, o.invitesEnabled, null,
                o.publicSharingDisabled, o.patCreationDisabled, o.workspaceAdminCanInviteToOrg, false,
                o.maxApiKeyExpiryDays, o.securityContact, o.maxPatExpiryDays, o.maxServiceKeyExpiryDays,
                o.ipAllowlist, false, o.disabledModelProviders);
    }

    private OrganizationInfo update(Call c) {
        RequestBody body = c.body();
        BodyFields f = body.object(false);
        OrgState o = store.org;
        String name = f.patterned("display_name", false, ORG_NAME);
        Boolean publicOff = f.optBool("public_sharing_disabled");
        Boolean patOff = f.optBool("pat_creation_disabled");
        Boolean unshare = f.optBool("unshare_all");
        Boolean jit = f.optBool("jit_provisioning_enabled");
        Boolean wsInvite = f.optBool("workspace_admin_can_invite_to_org");
        Boolean invites = f.optBool("invites_enabled");
        Integer maxKey = f.optInt("max_api_key_expiry_days");
        Integer maxPat = f.optInt("max_pat_expiry_days");
        Integer maxService = f.optInt("max_service_key_expiry_days");
        String contact = f.optString("security_contact");
        String separator = f.optString("scim_group_name_separator");
        List<String> allow = f.optStringList("ip_allowlist");
        List<String> providers = f.optStringList("disabled_model_providers");
        checkFormats(body.checks(), contact, separator);
        body.checks().throwIfAny();
        checkPlan(publicOff, f);
        o.displayName = name != null ? name : o.displayName;
        o.publicSharingDisabled = publicOff != null ? publicOff : o.publicSharingDisabled;
        o.patCreationDisabled = patOff != null ? patOff : o.patCreationDisabled;
        o.jitProvisioningEnabled = jit != null ? jit : o.jitProvisioningEnabled;
        o.workspaceAdminCanInviteToOrg = wsInvite != null ? wsInvite : o.workspaceAdminCanInviteToOrg;
        o.invitesEnabled = invites != null ? invites : o.invitesEnabled;
        o.maxApiKeyExpiryDays = f.present("max_api_key_expiry_days") ? maxKey : o.maxApiKeyExpiryDays;
        o.maxPatExpiryDays = f.present("max_pat_expiry_days") ? maxPat : o.maxPatExpiryDays;
        o.maxServiceKeyExpiryDays = f.present("max_service_key_expiry_days") ? maxService : o.maxServiceKeyExpiryDays;
        o.securityContact = f.present("security_contact") ? contact : o.securityContact;
        o.ipAllowlist = allow != null ? List.copyOf(allow) : o.ipAllowlist;
        o.disabledModelProviders = providers != null ? List.copyOf(providers) : o.disabledModelProviders;
        if (Boolean.TRUE.equals(unshare)) {
            store.unshareAll();
        }
        return info(c);
    }

    private static void checkFormats(Checks checks, String contact, String separator) {
        if (contact != null && !EMAIL.matcher(contact).matches()) {
            checks.add(Checks.loc("body", "security_contact"), "value_error",
                    "value is not a valid email address: An email address must have an @-sign and a domain", contact);
        }
        if (separator != null && separator.length() != 1) {
            checks.add(Checks.loc("body", "scim_group_name_separator"),
                    separator.isEmpty() ? "string_too_short" : "string_too_long",
                    separator.isEmpty() ? "String should have at least 1 character" : "String should have at most 1 character",
                    separator);
        }
    }

    /** Some settings are plan features: changing them on a plan without the feature is refused. */
    private void checkPlan(Boolean publicOff, BodyFields f) {
        if (Boolean.TRUE.equals(publicOff) && !Boolean.TRUE.equals(store.org.config.canDisablePublicSharing())) {
            throw HttpProblem.forbidden("This plan cannot disable public sharing");
        }
        boolean expiry = f.has("max_api_key_expiry_days") || f.has("max_pat_expiry_days") || f.has("max_service_key_expiry_days");
        if (expiry && !Boolean.TRUE.equals(store.org.config.canSetApiKeyMaxExpiry())) {
            throw HttpProblem.forbidden("This plan cannot set a maximum key expiry");
        }
    }
}
