package dev.lsorg.audit;

import static dev.lsorg.audit.ObjectKind.MEMBER;
import static dev.lsorg.audit.ObjectKind.ORGANIZATION;

import dev.lsorg.model.OrgMemberIdentity;
import java.util.List;
import java.util.stream.Collectors;

/** Rules about who holds the Organization Admin role. */
final class AdminRules {
    private AdminRules() {
    }

    static List<AuditRule> rules() {
        return List.of(
                AuditRule.of("admins.summary", Severity.INFO, "how many org admins there are, and who",
                        AdminRules::summary),
                AuditRule.of("admins.disabled", Severity.HIGH, "org admins whose account is disabled",
                        AdminRules::disabled),
                AuditRule.of("admins.too-many", Severity.MEDIUM, "more org admins than the threshold",
                        AdminRules::tooMany));
    }

    private static List<OrgMemberIdentity> admins(AuditContext c) {
        return c.members().stream().filter(c::isOrgAdmin).toList();
    }

    private static ObjectRef org(AuditContext c) {
        return ObjectRef.of(ORGANIZATION, c.orgId(), c.info() == null ? "" : c.info().displayName());
    }

    // One info finding rather than one per admin: operators asked "how many, who", not a row per person.
    private static List<Finding> summary(AuditRule r, AuditContext c) {
        List<OrgMemberIdentity> admins = admins(c);
        String who = admins.stream()
                .map(m -> AuditContext.label(m) + (m.isDisabled() ? " (disabled)" : "")).sorted().collect(Collectors.joining(", "));
        String evidence = admins.size() + " org admin" + (admins.size() == 1 ? "" : "s")
                + (admins.isEmpty() ? "" : ": " + who);
        return List.of(r.finding(org(c), evidence, "Review that each org admin still needs the role."));
    }

    private static List<Finding> disabled(AuditRule r, AuditContext c) {
        return admins(c).stream().filter(OrgMemberIdentity::isDisabled)
                .map(m -> r.finding(ObjectRef.of(MEMBER, m.id(), AuditContext.label(m)),
                        "disabled account still holds Organization Admin",
                        "Remove " + AuditContext.label(m) + " from the org or downgrade the role to Organization User."))
                .toList();
    }

    private static List<Finding> tooMany(AuditRule r, AuditContext c) {
        int count = admins(c).size();
        int max = c.thresholds().maxOrgAdmins();
        if (count <= max) {
            return List.of();
        }
        return List.of(r.finding(org(c), count + " org admins, more than the threshold of " + max,
                "Downgrade org admins who do not need full control to Organization User."));
    }
}
