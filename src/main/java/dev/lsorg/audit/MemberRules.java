package dev.lsorg.audit;

import static dev.lsorg.audit.ObjectKind.MEMBER;
import static dev.lsorg.audit.ObjectKind.WORKSPACE;
import static dev.lsorg.audit.ObjectKind.WORKSPACE_MEMBER;

import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.TenantForUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Rules about org members and the workspaces they belong to. */
final class MemberRules {
    private MemberRules() {
    }

    static List<AuditRule> rules() {
        return List.of(
                AuditRule.of("members.disabled-with-workspace-roles", Severity.HIGH,
                        "disabled members still holding workspace roles", MemberRules::disabledWithRoles),
                AuditRule.of("members.no-workspace", Severity.LOW, "members who belong to no workspace",
                        MemberRules::noWorkspace),
                AuditRule.of("members.workspace-admin-not-in-org", Severity.HIGH,
                        "workspace admins who are no longer active org members (removed or disabled)",
                        MemberRules::adminNotInOrg),
                AuditRule.of("workspaces.no-admin", Severity.MEDIUM, "workspaces with members but no admin",
                        MemberRules::noAdmin),
                AuditRule.of("workspaces.empty", Severity.LOW, "workspaces with no member and no invite",
                        MemberRules::empty));
    }

    private static List<Finding> disabledWithRoles(AuditRule r, AuditContext c) {
        List<Finding> out = new ArrayList<>();
        for (OrgMemberIdentity m : c.members()) {
            Set<UUID> ws = c.workspacesOf(m);
            if (m.isDisabled() && !ws.isEmpty()) {
                String names = ws.stream().map(c::workspaceName).sorted().collect(Collectors.joining(", "));
                out.add(r.finding(ObjectRef.of(MEMBER, m.id(), AuditContext.label(m)),
                        "disabled account is still a member of " + names,
                        "Remove " + AuditContext.label(m) + " from these workspaces, or from the org."));
            }
        }
        return out;
    }

    // Org admins are skipped: they are Admin in every workspace without being listed in any.
    private static List<Finding> noWorkspace(AuditRule r, AuditContext c) {
        return c.members().stream()
                .filter(m -> !m.isDisabled() && !c.isOrgAdmin(m) && c.workspacesOf(m).isEmpty())
                .map(m -> r.finding(ObjectRef.of(MEMBER, m.id(), AuditContext.label(m)),
                        "active member with org role " + c.roleLabel(m.roleId(), m.roleName())
                                + " is in no workspace",
                        "Add " + AuditContext.label(m) + " to the workspace they need, or remove them from the org."))
                .toList();
    }

    // LangSmith keeps a disabled user's workspace identities, so a disabled org member can still be listed as a
    // workspace Admin: that power outlives the account's access and is what this rule is for, as much as an
    // identity whose org member is gone altogether.
    private static List<Finding> adminNotInOrg(AuditRule r, AuditContext c) {
        List<Finding> out = new ArrayList<>();
        for (TenantForUser w : c.workspaces()) {
            for (MemberIdentity wm : c.workspaceMembers(w.id())) {
                if (c.isWorkspaceAdmin(wm) && c.orgMemberFor(wm).filter(m -> !m.isDisabled()).isEmpty()) {
                    out.add(r.finding(ObjectRef.inWorkspace(WORKSPACE_MEMBER, wm.id(), AuditContext.label(wm), w.id()),
                            "Admin of workspace " + w.displayName() + " but not an active org member",
                            "Remove " + AuditContext.label(wm) + " from workspace " + w.displayName() + "."));
                }
            }
        }
        return out;
    }

    private static List<Finding> noAdmin(AuditRule r, AuditContext c) {
        List<Finding> out = new ArrayList<>();
        for (TenantForUser w : c.workspaces()) {
            List<MemberIdentity> active = c.workspaceMembers(w.id()).stream().filter(m -> !m.isDisabled()).toList();
            if (!active.isEmpty() && active.stream().noneMatch(c::isWorkspaceAdmin)) {
                out.add(r.finding(ObjectRef.of(WORKSPACE, w.id(), w.displayName()),
                        active.size() + " active member" + (active.size() == 1 ? "" : "s") + ", none with the Admin role",
                        "Give one trusted member of " + w.displayName() + " the workspace Admin role."));
            }
        }
        return out;
    }

    private static List<Finding> empty(AuditRule r, AuditContext c) {
        return c.workspaces().stream()
                .filter(w -> c.workspaceMembers(w.id()).isEmpty() && c.workspacePendingCount(w.id()) == 0)
                .map(w -> r.finding(ObjectRef.of(WORKSPACE, w.id(), w.displayName()),
                        "no members and no pending invites",
                        "Delete workspace " + w.displayName() + " if it is no longer needed, or add its owners."))
                .toList();
    }
}
