package dev.lsorg.app.mutation;

import dev.lsorg.api.ApiRequest;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.OrgIdentityPatch;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.PendingIdentityPatch;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the org-membership changes: invite, change org role, remove, and change or revoke a pending invite. An
 * invite states the access it gives; removing or demoting yourself or the last org admin is warned about.
 */
final class OrgMemberChanges {
    private final OrgIndex index;
    private final Requests requests;

    OrgMemberChanges(OrgIndex index, Requests requests) {
        this.index = index;
        this.requests = requests;
    }

    Proposal invite(String emails, String orgRole, List<String> workspaces, String workspaceRole) {
        Draft d = new Draft(index, MutationKind.INVITE);
        List<String> list = d.check.emails("emails", emails);
        list.forEach(e -> notYetInOrg(d, e));
        d.check.require(index.org().info().invitesEnabled(), "emails", "invites are disabled for this org");
        Role role = d.role("role", AccessScope.ORGANIZATION, orgRole == null ? "ORGANIZATION_USER" : orgRole);
        List<TenantForUser> ws = d.workspaces("workspaces", workspaces == null ? List.of() : workspaces);
        Role chosen = workspaceRole == null ? null : d.role("workspace_role", AccessScope.WORKSPACE, workspaceRole);
        d.requireRbacFor("workspace_role", chosen);
        d.check.require(chosen == null || !ws.isEmpty(), "workspace_role", "name the workspaces this role is for");
        if (!d.check.ok()) {
            return d.finish("", "", null, null);
        }
        // Where a role can be sent, one always is: the least privileged unless another was chosen.
        Role wsRole = ws.isEmpty() ? null : chosen != null ? chosen : d.leastWorkspaceRole();
        addInviteRequests(d, list.stream().map(e -> new PendingIdentityCreate(e, role.id(), null,
                ws.isEmpty() ? null : ws.stream().map(TenantForUser::id).toList(),
                wsRole == null ? null : wsRole.id(), null, null)).toList());
        d.targets.addAll(list);
        d.notes.add(inviteAccess(role, ws, wsRole));
        return d.finish(inviteWords(list, role, ws, wsRole), "org " + index.orgName(), null, null);
    }

    private String inviteAccess(Role role, List<TenantForUser> ws, Role wsRole) {
        String org = "Access once accepted: " + role.displayName() + " in the org";
        if (ws.isEmpty()) {
            return org + "; no workspace is named, so the invite itself grants no workspace role.";
        }
        return org + "; " + (wsRole != null ? wsRole.displayName() + " in " + Draft.where(ws)
                + " (workspace_role_id sent)." : "Admin in " + Draft.where(ws) + ": without workspace RBAC"
                + " LangSmith makes every workspace member Admin (no workspace role is sent).");
    }

    private void addInviteRequests(Draft d, List<PendingIdentityCreate> bodies) {
        if (bodies.size() == 1) {
            d.send(requests.inviteOne(bodies.get(0)), new MemberChecks.Invited(List.of(bodies.get(0).email())));
            return;
        }
        for (ApiRequest<?> r : requests.inviteBatch(bodies)) {
            List<?> chunk = (List<?>) r.body();
            d.send(r, new MemberChecks.Invited(chunk.stream().map(b -> ((PendingIdentityCreate) b).email())
                    .toList()));
        }
    }

    private void notYetInOrg(Draft d, String email) {
        d.check.require(index.member(email).isEmpty(), "emails", email + " is already a member of the org");
        d.check.require(index.pending(email).isEmpty(), "emails", email + " already has a pending invite");
    }

    private String inviteWords(List<String> emails, Role role, List<TenantForUser> ws, Role wsRole) {
        String who = emails.size() == 1 ? emails.get(0) : emails.size() + " people";
        String text = "Invite " + who + " to the org as " + role.displayName();
        if (!ws.isEmpty()) {
            text += " and to " + (ws.size() == 1 ? "workspace " : "workspaces ") + Draft.where(ws)
                    + " as " + (wsRole == null ? "Admin" : wsRole.displayName());
        }
        return text;
    }

    Proposal changeOrgRole(List<String> emails, String roleText) {
        Draft d = new Draft(index, MutationKind.CHANGE_ORG_ROLE);
        Role role = d.role("role", AccessScope.ORGANIZATION, roleText);
        List<String> froms = new ArrayList<>();
        List<OrgMemberIdentity> changed = new ArrayList<>();
        for (OrgMemberIdentity m : members(d, emails)) {
            if (role != null && d.check.require(!role.id().equals(m.roleId()), "role",
                    m.email() + " is already " + role.displayName())) {
                d.targets.add(m.email());
                froms.add(index.roleName(m.roleId()));
                changed.add(m);
                d.send(requests.changeOrgRole(m.id(), new OrgIdentityPatch(role.id(), null)),
                        new MemberChecks.OrgRole(m.email(), role.id(), role.displayName()));
            }
        }
        boolean stillAdmin = role != null && role.name().equals("ORGANIZATION_ADMIN");
        lockout(d, changed, stillAdmin, "demote");
        String to = role == null ? "" : role.displayName();
        String title = d.targets.size() == 1
                ? "Change " + d.targets.get(0) + "'s org role from " + froms.get(0) + " to " + to
                : "Change the org role of " + d.targets.size() + " members to " + to;
        return d.finish(title, "org " + index.orgName(), null, null);
    }

    Proposal removeFromOrg(List<String> emails) {
        Draft d = new Draft(index, MutationKind.REMOVE_FROM_ORG);
        List<OrgMemberIdentity> removed = members(d, emails);
        for (OrgMemberIdentity m : removed) {
            d.targets.add(m.email());
            d.send(requests.removeOrgMember(m.id()), new MemberChecks.MemberGone(m.email()));
        }
        lockout(d, removed, false, "remove");
        String who = d.targets.size() == 1 ? d.targets.get(0) : d.targets.size() + " members";
        return d.finish("Remove " + who + " from the org and every workspace in it", "org " + index.orgName(),
                null, d.confirmText());
    }

    /** Warns when {@code changed} includes the caller, or every org admin (unless they stay admins). */
    private void lockout(Draft d, List<OrgMemberIdentity> changed, boolean stillAdmin, String verb) {
        changed.stream().filter(m -> index.isSelf(m.email())).findFirst().ifPresent(m -> d.warn("This "
                + (verb.equals("remove") ? "removes" : "changes") + " your own membership (" + m.email()
                + ", the owner of the key lsorg is using): you may lose the rights needed to undo it."));
        List<OrgMemberIdentity> admins = index.orgAdmins();
        boolean allAdmins = !admins.isEmpty() && admins.stream().allMatch(a -> changed.stream()
                .anyMatch(m -> m.id().equals(a.id())));
        if (allAdmins && !stillAdmin) {
            d.warn((admins.size() == 1 ? admins.get(0).email() + " is the last Organization Admin"
                    : "These are all the Organization Admins") + ": afterwards nobody can manage the org's"
                    + " members, roles, keys and settings.");
        }
    }

    Proposal changeInviteRole(List<String> emails, String roleText) {
        Draft d = new Draft(index, MutationKind.CHANGE_INVITE_ROLE);
        Role role = d.role("role", AccessScope.ORGANIZATION, roleText);
        for (OrgPendingIdentity p : pendings(d, emails)) {
            if (role != null) {
                d.targets.add(p.email());
                d.send(requests.changeInviteRole(p.id(), new PendingIdentityPatch(role.id(), null)),
                        new MemberChecks.InviteRole(p.email(), role.id(), role.displayName()));
            }
        }
        String who = d.targets.size() == 1 ? "the pending invite of " + d.targets.get(0)
                : d.targets.size() + " pending invites";
        return d.finish("Change the org role of " + who + " to " + (role == null ? "" : role.displayName()),
                "org " + index.orgName(), null, null);
    }

    /** The workspace role a pending invite grants in the workspaces it names (PATCH in that workspace). */
    Proposal changeInviteWorkspaceRole(String workspace, List<String> emails, String roleText) {
        Draft d = new Draft(index, MutationKind.CHANGE_INVITE_ROLE);
        TenantForUser ws = d.workspace("workspace", workspace);
        Role role = d.role("role", AccessScope.WORKSPACE, roleText);
        d.requireRbacFor("role", role);
        for (OrgPendingIdentity p : pendings(d, emails)) {
            boolean names = ws != null && p.workspaceIds() != null && p.workspaceIds().contains(ws.id());
            if (ws != null && d.check.require(names, "workspace", "the pending invite of " + p.email()
                    + " does not name " + ws.displayName()) && role != null) {
                d.targets.add(p.email());
                d.send(requests.changeInviteWorkspaceRole(ws.id(), p.id(), new PendingIdentityPatch(role.id(), null)),
                        new MemberChecks.InviteWorkspaceRole(p.email(), ws.id(), role.id(), role.displayName()));
            }
        }
        String who = d.targets.size() == 1 ? "the pending invite of " + d.targets.get(0)
                : d.targets.size() + " pending invites";
        return d.finish("Change the workspace role " + who + " grants in " + (ws == null ? "" : ws.displayName())
                + " to " + (role == null ? "" : role.displayName()), ws == null ? "" : "workspace "
                + ws.displayName(), ws == null ? null : ws.id(), null);
    }

    Proposal revokeInvite(List<String> emails) {
        Draft d = new Draft(index, MutationKind.REVOKE_INVITE);
        for (OrgPendingIdentity p : pendings(d, emails)) {
            d.targets.add(p.email());
            d.send(requests.revokeInvite(p.id()), new MemberChecks.InviteGone(p.email()));
        }
        String who = d.targets.size() == 1 ? "the pending invite of " + d.targets.get(0)
                : d.targets.size() + " pending invites";
        return d.finish("Revoke " + who, "org " + index.orgName(), null, d.confirmText());
    }

    private List<OrgMemberIdentity> members(Draft d, List<String> emails) {
        List<OrgMemberIdentity> found = new ArrayList<>();
        d.check.require(!emails.isEmpty(), "emails", "choose at least one member");
        for (String e : emails) {
            Optional<OrgMemberIdentity> m = index.member(e.strip());
            if (d.check.require(m.isPresent(), "emails", index.pending(e.strip()).isPresent()
                    ? e + " has only a pending invite" : "no org member with email " + e)) {
                found.add(m.get());
            }
        }
        return found;
    }

    private List<OrgPendingIdentity> pendings(Draft d, List<String> emails) {
        List<OrgPendingIdentity> found = new ArrayList<>();
        d.check.require(!emails.isEmpty(), "emails", "choose at least one pending invite");
        for (String e : emails) {
            Optional<OrgPendingIdentity> p = index.pending(e.strip());
            if (d.check.require(p.isPresent(), "emails", "no pending invite for " + e)) {
                found.add(p.get());
            }
        }
        return found;
    }
}
