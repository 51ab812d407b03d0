package dev.lsorg.audit;

import static dev.lsorg.audit.ObjectKind.INVITE;

import dev.lsorg.model.OrgPendingIdentity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Rules about pending org invites. */
final class InviteRules {
    private InviteRules() {
    }

    static List<AuditRule> rules() {
        return List.of(
                AuditRule.of("invites.stale", Severity.LOW, "invites pending longer than the threshold",
                        InviteRules::stale),
                AuditRule.of("invites.admin-role", Severity.MEDIUM, "pending invites that grant an admin role",
                        InviteRules::adminRole));
    }

    private static ObjectRef ref(OrgPendingIdentity p) {
        return ObjectRef.of(INVITE, p.id(), p.email());
    }

    private static List<Finding> stale(AuditRule r, AuditContext c) {
        int limit = c.thresholds().pendingInviteDays();
        return c.invites().stream()
                .filter(p -> p.createdAt() != null && c.daysSince(p.createdAt()) > limit)
                .map(p -> r.finding(ref(p),
                        "pending for " + c.daysSince(p.createdAt()) + " days (sent "
                                + LocalDate.ofInstant(p.createdAt(), ZoneOffset.UTC) + "), threshold " + limit,
                        "Revoke the invite to " + p.email() + ", or resend it if it is still wanted."))
                .toList();
    }

    private static List<Finding> adminRole(AuditRule r, AuditContext c) {
        List<Finding> out = new ArrayList<>();
        for (OrgPendingIdentity p : c.invites()) {
            List<String> grants = new ArrayList<>();
            if (AuditContext.ORG_ADMIN.equals(c.roleName(orgRoleId(p), orgRoleName(p)))) {
                grants.add("Organization Admin");
            }
            if (AuditContext.WORKSPACE_ADMIN.equals(c.roleName(p.workspaceRoleId(), p.workspaceRoleName()))) {
                grants.add("workspace Admin");
            }
            if (!grants.isEmpty()) {
                out.add(r.finding(ref(p), "pending invite grants " + String.join(" and ", grants),
                        "Revoke the invite to " + p.email() + " and re-invite with a non-admin role unless admin is intended."));
            }
        }
        return out;
    }

    // The org list carries the org role in role_id; org_role_id is the newer field some servers fill instead.
    private static UUID orgRoleId(OrgPendingIdentity p) {
        return p.roleId() != null ? p.roleId() : p.orgRoleId();
    }

    private static String orgRoleName(OrgPendingIdentity p) {
        return p.roleName() != null ? p.roleName() : p.orgRoleName();
    }
}
