package dev.lsorg.app.mutation;

import dev.lsorg.model.OrganizationConfig;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationUpdate;

/** Builds the org's security-setting changes: public sharing, PAT creation, invites, and unshare all. */
final class SettingChanges {
    private final OrgIndex index;
    private final Requests requests;

    SettingChanges(OrgIndex index, Requests requests) {
        this.index = index;
        this.requests = requests;
    }

    Proposal publicSharing(boolean allowed) {
        Draft d = new Draft(index, MutationKind.SET_PUBLIC_SHARING);
        OrganizationConfig config = info().config();
        d.check.require(allowed || config == null || !Boolean.FALSE.equals(config.canDisablePublicSharing()),
                "public_sharing", "this org's plan cannot disable public sharing (config.can_disable_public_sharing)");
        d.check.require(info().publicSharingDisabled() == allowed, "public_sharing",
                "public sharing is already " + (allowed ? "allowed" : "disabled"));
        return setting(d, OrganizationUpdate.empty().withPublicSharingDisabled(!allowed),
                new SettingChecks.Value("public_sharing_disabled", !allowed, "public sharing is "
                        + (allowed ? "allowed" : "disabled")),
                (allowed ? "Allow" : "Disable") + " public sharing of runs, datasets and prompts");
    }

    Proposal patCreation(boolean allowed) {
        Draft d = new Draft(index, MutationKind.SET_PAT_CREATION);
        d.check.require(info().patCreationDisabled() == allowed, "pat_creation",
                "PAT creation is already " + (allowed ? "allowed" : "disabled"));
        return setting(d, OrganizationUpdate.empty().withPatCreationDisabled(!allowed),
                new SettingChecks.Value("pat_creation_disabled", !allowed, "PAT creation is "
                        + (allowed ? "allowed" : "disabled")),
                (allowed ? "Allow" : "Disable") + " creating personal access tokens");
    }

    Proposal invites(boolean enabled) {
        Draft d = new Draft(index, MutationKind.SET_INVITES);
        d.check.require(info().invitesEnabled() != enabled, "invites",
                "invites are already " + (enabled ? "enabled" : "disabled"));
        return setting(d, OrganizationUpdate.empty().withInvitesEnabled(enabled),
                new SettingChecks.Value("invites_enabled", enabled,
                        "invites are " + (enabled ? "enabled" : "disabled")),
                (enabled ? "Enable" : "Disable") + " inviting people to the org");
    }

    Proposal unshareAll() {
        Draft d = new Draft(index, MutationKind.UNSHARE_ALL);
        d.targets.add(index.orgName());
        d.send(requests.updateOrgInfo(OrganizationUpdate.empty().withUnshareAll()), new SettingChecks.Unverifiable(
                "setting:unshare_all", "no read lists what was shared before, so nothing shows whether everything"
                + " was unshared; sending it again is harmless"));
        return d.finish("Unshare every shared resource (public prompts, shared runs and datasets) in org "
                + index.orgName(), "org " + index.orgName(), null, index.orgName());
    }

    private Proposal setting(Draft d, OrganizationUpdate body, Check check, String title) {
        d.targets.add(index.orgName());
        d.send(requests.updateOrgInfo(body), check);
        return d.finish(title + " in org " + index.orgName(), "org " + index.orgName(), null, null);
    }

    private OrganizationInfo info() {
        return index.org().info();
    }
}
