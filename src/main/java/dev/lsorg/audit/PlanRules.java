package dev.lsorg.audit;

import dev.lsorg.model.OrganizationConfig;
import java.util.List;

/** Rules about the plan's limits on members (identities) and workspaces. */
final class PlanRules {
    private PlanRules() {
    }

    static List<AuditRule> rules() {
        return List.of(
                AuditRule.of("plan.members-near-limit", Severity.MEDIUM,
                        "members and invites near the plan's max_identities", PlanRules::members),
                AuditRule.of("plan.workspaces-near-limit", Severity.MEDIUM,
                        "workspaces near the plan's max_workspaces", PlanRules::workspaces));
    }

    private static OrganizationConfig config(AuditContext c) {
        return c.info() == null ? null : c.info().config();
    }

    // Pending invites count: an accepted invite takes a seat, so the limit bites when they are accepted.
    private static List<Finding> members(AuditRule r, AuditContext c) {
        OrganizationConfig cfg = config(c);
        if (cfg == null || cfg.maxIdentities() == null) {
            return List.of();
        }
        long active = c.members().stream().filter(m -> !m.isDisabled()).count();
        int used = (int) active + c.invites().size();
        return near(r, c, used, cfg.maxIdentities(),
                "member seats used (" + active + " active members, " + c.invites().size() + " pending invites)",
                "Remove members and invites that are not needed, or raise the plan's member limit.");
    }

    private static List<Finding> workspaces(AuditRule r, AuditContext c) {
        OrganizationConfig cfg = config(c);
        if (cfg == null || cfg.maxWorkspaces() == null) {
            return List.of();
        }
        int used = c.workspaces().size();
        return near(r, c, used, cfg.maxWorkspaces(), "workspaces used",
                "Delete unused workspaces, or raise the plan's workspace limit.");
    }

    private static List<Finding> near(AuditRule r, AuditContext c, int used, int limit, String what, String fix) {
        int percent = c.thresholds().planLimitPercent();
        if (!c.thresholds().nearPlanLimit(used, limit)) {
            return List.of();
        }
        return List.of(r.finding(SettingsRules.org(c),
                used + " of " + limit + " " + what + ": " + used * 100L / limit + "%, threshold " + percent + "%", fix));
    }
}
