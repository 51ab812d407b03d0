package dev.lsorg.audit;

import dev.lsorg.model.OrgData;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Runs the audit rules over a loaded org and produces the report; pure apart from reading its clock. */
public final class Auditor {
    private final List<AuditRule> rules;
    private final Thresholds thresholds;
    private final Clock clock;
    private final String toolVersion;

    /** An auditor with the given rules (usually {@link RuleCatalog#all()}), thresholds, clock and lsorg version. */
    public Auditor(List<AuditRule> rules, Thresholds thresholds, Clock clock, String toolVersion) {
        this.rules = List.copyOf(rules);
        this.thresholds = thresholds;
        this.clock = clock;
        this.toolVersion = toolVersion;
    }

    /** Audits {@code data} without the org's activity (the activity rules stay silent). */
    public AuditReport audit(OrgData data) {
        return audit(data, ActivityEvidence.notAsked());
    }

    /** Audits {@code data} and the org's {@code activity} of the window {@link Thresholds#activityDays()}. */
    public AuditReport audit(OrgData data, ActivityEvidence activity) {
        // Whole seconds: reports are read by people, and sub-second digits only make two runs look different.
        AuditContext context = new AuditContext(data, activity, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                thresholds);
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) {
            findings.addAll(rule.run(context));
        }
        AuditReport.Org org = new AuditReport.Org(String.valueOf(context.orgId()),
                data.info() == null || data.info().displayName() == null ? "" : data.info().displayName());
        return AuditReport.of(toolVersion, org, context.now(), thresholds,
                AuditReport.Activity.of(context.activity(), thresholds.activityDays()), context.notes(), findings);
    }
}
