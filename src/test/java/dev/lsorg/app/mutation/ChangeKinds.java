package dev.lsorg.app.mutation;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.DemoOrg;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every kind of change lsorg makes, on the demo org, each with an independent way to see in the org whether it
 * happened (read straight from a fresh load, not through the change's own check): what the fault tests compare
 * lsorg's report with.
 *
 * @param name    what the change is, for messages
 * @param propose the change, built over the org as it is now
 * @param visible whether the change shows in the org; null where nothing shows it (unshare all)
 */
record ChangeKinds(String name, Function<MutationFactory, Proposal> propose, Predicate<OrgData> visible) {

    /** The kinds, each acting on other objects than the rest, so they can all be made at once. */
    static List<ChangeKinds> all(OrgData org) {
        TenantForUser research = DemoOrg.workspace(org, "Research");
        TenantForUser staging = DemoOrg.workspace(org, "Staging");
        TenantForUser data = DemoOrg.workspace(org, "Data Platform");
        TenantForUser support = DemoOrg.workspace(org, "Support Bots");
        String promoted = DemoOrg.member(org, "ORGANIZATION_USER", research).email();
        String leaver = DemoOrg.member(org, "ORGANIZATION_USER", support).email();
        String added = DemoOrg.outsider(org, DemoOrg.workspace(org, "Sandbox")).email();
        String demoted = DemoOrg.member(org, "ORGANIZATION_USER", staging).email();
        String dropped = DemoOrg.member(org, "ORGANIZATION_USER", data).email();
        boolean sharing = !org.info().publicSharingDisabled();
        return List.of(
                new ChangeKinds("invite", f -> f.invite("lost.answer@x.com", null, List.of("Research"), null),
                        o -> pending(o, "lost.answer@x.com")),
                new ChangeKinds("create key", f -> f.createKey("lost answer key", "Organization Viewer", null, null,
                        30), o -> keys(o, "lost answer key") == 1),
                new ChangeKinds("create workspace", f -> f.createWorkspace("Lost Lab", null),
                        o -> live(o, "Lost Lab").isPresent()),
                new ChangeKinds("org role", f -> f.changeOrgRole(List.of(promoted), "Organization Admin"),
                        o -> member(o, promoted).map(m -> m.roleId().equals(role(o, "ORGANIZATION_ADMIN")))
                                .orElse(false)),
                new ChangeKinds("remove from org", f -> f.removeFromOrg(List.of(leaver)),
                        o -> member(o, leaver).isEmpty()),
                new ChangeKinds("invite role", f -> f.changeInviteRole(List.of("auditor@acme-robotics.com"),
                        "Organization User"), o -> o.members().pending().stream().anyMatch(p -> p.email()
                        .equals("auditor@acme-robotics.com") && p.roleId().equals(role(o, "ORGANIZATION_USER")))),
                new ChangeKinds("revoke invite", f -> f.revokeInvite(List.of("qa.lead@acme-robotics.com")),
                        o -> !pending(o, "qa.lead@acme-robotics.com")),
                new ChangeKinds("add to workspace", f -> f.addToWorkspace("Sandbox", List.of(added), "Viewer"),
                        o -> inWorkspace(o, "Sandbox", added).isPresent()),
                new ChangeKinds("workspace role", f -> f.changeWorkspaceRole("Staging", List.of(demoted), "Viewer"),
                        o -> inWorkspace(o, "Staging", demoted).map(m -> m.roleId().equals(
                                role(o, "WORKSPACE_VIEWER"))).orElse(false)),
                new ChangeKinds("remove from workspace", f -> f.removeFromWorkspace("Data Platform",
                        List.of(dropped)), o -> inWorkspace(o, "Data Platform", dropped).isEmpty()),
                new ChangeKinds("key role", f -> f.changeKeyRole(List.of("billing export"), "Organization Viewer"),
                        o -> key(o, "billing export").map(k -> k.orgRoleId().equals(role(o,
                                "ORGANIZATION_VIEWER"))).orElse(false)),
                new ChangeKinds("revoke key", f -> f.revokeKey(List.of("old support integration")),
                        o -> key(o, "old support integration").isEmpty()),
                new ChangeKinds("setting", f -> f.setPublicSharing(!sharing),
                        o -> o.info().publicSharingDisabled() == sharing),
                new ChangeKinds("rename workspace", f -> f.renameWorkspace("Production", "Production Two"),
                        o -> live(o, "Production Two").isPresent()),
                new ChangeKinds("delete workspace", f -> f.deleteWorkspace("Support Bots"),
                        o -> live(o, "Support Bots").isEmpty()),
                new ChangeKinds("create role", f -> f.createRole("Lost Role", "", List.of("runs:read")),
                        o -> o.roles().stream().anyMatch(r -> r.displayName().equals("Lost Role"))),
                new ChangeKinds("edit role", f -> f.editRole("Annotator", null, null, List.of("workspaces:read",
                        "runs:read")), o -> o.roles().stream().anyMatch(r -> r.displayName().equals("Annotator")
                        && r.permissions().equals(List.of("workspaces:read", "runs:read")))),
                new ChangeKinds("unshare all", MutationFactory::unshareAll, null));
    }

    static boolean pending(OrgData o, String email) {
        return o.members().pending().stream().anyMatch(p -> p.email().equals(email));
    }

    static long keys(OrgData o, String description) {
        return o.serviceKeys().stream().filter(k -> k.description().equals(description)).count();
    }

    static Optional<APIKeyGetResponse> key(OrgData o, String description) {
        return o.serviceKeys().stream().filter(k -> k.description().equals(description)).findFirst();
    }

    static Optional<TenantForUser> live(OrgData o, String name) {
        return o.workspaces().stream().filter(w -> !w.isDeleted() && w.displayName().equals(name)).findFirst();
    }

    static Optional<OrgMemberIdentity> member(OrgData o, String email) {
        return o.members().members().stream().filter(m -> m.email().equals(email)).findFirst();
    }

    static Optional<MemberIdentity> inWorkspace(OrgData o, String workspace, String email) {
        return live(o, workspace).map(w -> o.workspaceMembers().get(w.id()))
                .flatMap(tm -> tm.members().stream().filter(m -> m.email().equals(email)).findFirst());
    }

    static java.util.UUID role(OrgData o, String name) {
        return DemoOrg.role(o, name).id();
    }
}
