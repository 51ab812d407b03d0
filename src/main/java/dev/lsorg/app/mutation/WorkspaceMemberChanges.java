package dev.lsorg.app.mutation;

import dev.lsorg.model.AccessScope;
import dev.lsorg.model.IdentityCreate;
import dev.lsorg.model.IdentityPatch;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the changes to one workspace's members: add an org member, change a workspace role, remove. */
final class WorkspaceMemberChanges {
    private final OrgIndex index;
    private final Requests requests;

    WorkspaceMemberChanges(OrgIndex index, Requests requests) {
        this.index = index;
        this.requests = requests;
    }

    Proposal add(String workspace, List<String> emails, String roleText) {
        Draft d = new Draft(index, MutationKind.ADD_TO_WORKSPACE);
        TenantForUser ws = d.workspace("workspace", workspace);
        d.permittedIn(ws);
        Role role = index.rbac() || roleText != null ? d.role("role", AccessScope.WORKSPACE, roleText) : null;
        d.requireRbacFor("role", role);
        d.check.require(!emails.isEmpty(), "emails", "choose at least one org member");
        for (String e : emails) {
            Optional<OrgMemberIdentity> m = orgMember(d, e.strip());
            if (ws != null && m.isPresent() && d.check.require(index.workspaceMember(ws.id(), e.strip()).isEmpty(),
                    "emails", e.strip() + " is already in " + ws.displayName())) {
                d.targets.add(m.get().email());
                d.send(requests.addWorkspaceMember(ws.id(),
                        new IdentityCreate(null, m.get().id(), null, null, role == null ? null : role.id())),
                        new WorkspaceChecks.MemberAdded(ws.id(), m.get().email(), ws.displayName()));
            }
        }
        String who = d.targets.size() == 1 ? d.targets.get(0) : d.targets.size() + " members";
        String as = role == null ? " (as Admin, the only role without RBAC)" : " as " + role.displayName();
        return finish(d, ws, "Add " + who + " to workspace " + name(ws) + as, null);
    }

    Proposal changeRole(String workspace, List<String> emails, String roleText) {
        Draft d = new Draft(index, MutationKind.CHANGE_WORKSPACE_ROLE);
        TenantForUser ws = d.workspace("workspace", workspace);
        d.permittedIn(ws);
        d.check.require(index.rbac(), "role", "changing workspace roles needs RBAC, which this org's plan lacks"
                + " (config.can_use_rbac): every member is Admin");
        Role role = d.role("role", AccessScope.WORKSPACE, roleText);
        String from = "";
        for (MemberIdentity m : workspaceMembers(d, ws, emails)) {
            if (role != null && d.check.require(!role.id().equals(m.roleId()), "role",
                    m.email() + " is already " + role.displayName() + " in " + ws.displayName())) {
                d.targets.add(m.email());
                from = index.roleName(m.roleId());
                d.send(requests.changeWorkspaceRole(ws.id(), m.id(), new IdentityPatch(role.id(), null)),
                        new WorkspaceChecks.MemberRole(ws.id(), m.email(), role.id(), role.displayName()));
                selfIn(d, ws, m.email(), "changes your own role");
            }
        }
        String to = role == null ? "" : role.displayName();
        String title = d.targets.size() == 1
                ? "Change " + d.targets.get(0) + "'s role in " + name(ws) + " from " + from + " to " + to
                : "Change the role of " + d.targets.size() + " members of " + name(ws) + " to " + to;
        return finish(d, ws, title, null);
    }

    Proposal remove(String workspace, List<String> emails) {
        Draft d = new Draft(index, MutationKind.REMOVE_FROM_WORKSPACE);
        TenantForUser ws = d.workspace("workspace", workspace);
        d.permittedIn(ws);
        for (MemberIdentity m : workspaceMembers(d, ws, emails)) {
            d.targets.add(m.email());
            d.send(requests.removeWorkspaceMember(ws.id(), m.id()),
                    new WorkspaceChecks.MemberGone(ws.id(), m.email(), ws.displayName()));
            selfIn(d, ws, m.email(), "removes you");
        }
        String who = d.targets.size() == 1 ? d.targets.get(0) : d.targets.size() + " members";
        return finish(d, ws, "Remove " + who + " from workspace " + name(ws) + " (they stay in the org)",
                d.confirmText());
    }

    private void selfIn(Draft d, TenantForUser ws, String email, String what) {
        if (index.isSelf(email)) {
            d.warn("This " + what + " in " + ws.displayName() + " (" + email + " owns the key lsorg is using):"
                    + " you may lose access to the workspace and the rights needed to undo it.");
        }
    }

    private Proposal finish(Draft d, TenantForUser ws, String title, String confirm) {
        return d.finish(title, "workspace " + name(ws), ws == null ? null : ws.id(), confirm);
    }

    private Optional<OrgMemberIdentity> orgMember(Draft d, String email) {
        Optional<OrgMemberIdentity> m = index.member(email);
        d.check.require(m.isPresent(), "emails", index.pending(email).isPresent()
                ? email + " has not accepted the org invite yet" : "no org member with email " + email);
        return m;
    }

    private List<MemberIdentity> workspaceMembers(Draft d, TenantForUser ws, List<String> emails) {
        List<MemberIdentity> found = new ArrayList<>();
        d.check.require(!emails.isEmpty(), "emails", "choose at least one workspace member");
        for (String e : emails) {
            Optional<MemberIdentity> m = ws == null ? Optional.empty() : index.workspaceMember(ws.id(), e.strip());
            if (ws != null && d.check.require(m.isPresent(), "emails", e + " is not a member of " + ws.displayName())) {
                found.add(m.get());
            }
        }
        return found;
    }

    private static String name(TenantForUser ws) {
        return ws == null ? "?" : ws.displayName();
    }

}
