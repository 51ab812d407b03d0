package dev.lsorg.emulator;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;

import dev.lsorg.model.Organization;
import dev.lsorg.model.OrganizationInfo;
import java.util.List;

/**
 * The org itself: its billing view ({@code /orgs/current}), its info and settings ({@code /orgs/current/info},
 * where {@code permissions} are the calling key's org permissions), and settings changes including the bulk
 * {@code unshare_all}.
 */
final class OrgInfoHandler {
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
        return PlanLimits.workspacesFull(store);
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
        SettingsPatch patch = new SettingsPatch(c.body());
        patch.checkPlan(store.org);
        patch.applyTo(store.org);
        if (patch.unshareAll()) {
            store.unshareAll();
        }
        return info(c);
    }
}
