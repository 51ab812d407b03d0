package dev.lsorg.app;

import dev.lsorg.audit.ActivityEvidence;
import dev.lsorg.audit.AuditReport;
import dev.lsorg.audit.Auditor;
import dev.lsorg.audit.Finding;
import dev.lsorg.audit.RuleCatalog;
import dev.lsorg.audit.Thresholds;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.OrgData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * When the console audits what it has loaded: while the Audit pane is on screen, once the whole org has loaded,
 * again whenever the data or the minute changes (ages in findings are counted in days, rules in minutes). The run
 * itself is an effect ({@link Effect.RunAudit}) answered by {@link Action.AuditFinished}; an answer for data that has
 * changed since is dropped, a newer run being on its way.
 */
public final class AuditRun {
    private AuditRun() {
    }

    /** {@code s} with an audit asked for when the Audit pane shows and its data changed; else {@code s} as is. */
    static Step after(Step step) {
        AppState s = step.state();
        if (s.pane() != PaneId.AUDIT) {
            return step;
        }
        Object basis = basis(s);
        AuditState a = s.audit();
        if (a.basis() != null && sameBasis(a.basis(), basis)) {
            return step;
        }
        if (!LoadedOrg.complete(s)) {
            return new Step(s.withAudit(new AuditState(a.seq() + 1, false, List.of(), List.of(), basis)),
                    step.effects());
        }
        long seq = a.seq() + 1;
        Effect run = new Effect.RunAudit(seq, s.data(), activity(s.activity(), s.now()), s.now());
        List<Effect> effects = new java.util.ArrayList<>(step.effects());
        effects.add(run);
        return new Step(s.withAudit(new AuditState(seq, true, a.findings(), a.notes(), basis)), List.copyOf(effects));
    }

    /** The findings of run {@code f}, unless a newer run was asked for since. */
    static Step finished(AppState s, Action.AuditFinished f) {
        AuditState a = s.audit();
        if (f.seq() != a.seq()) {
            return Step.of(s);
        }
        return Step.of(s.withAudit(new AuditState(a.seq(), false, List.copyOf(f.report().findings()),
                List.copyOf(f.report().notes()), a.basis())));
    }

    // The objects an audit reads, and the minute: identity of each tells whether anything changed (every load makes
    // a new org data value).
    private static Object basis(AppState s) {
        return Arrays.asList(LoadedOrg.complete(s), s.data(), s.activity(), s.now().truncatedTo(ChronoUnit.MINUTES));
    }

    private static boolean sameBasis(Object a, Object b) {
        List<?> x = (List<?>) a;
        List<?> y = (List<?>) b;
        for (int i = 0; i < x.size(); i++) {
            Object p = x.get(i);
            Object q = y.get(i);
            boolean same = p instanceof Boolean || p instanceof Instant ? p.equals(q) : p == q;
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Audits {@code s} on the calling thread: the findings a run for this state would give (tests, benchmarks). */
    public static List<Finding> now(AppState s) {
        if (!LoadedOrg.complete(s)) {
            return List.of();
        }
        return audit(s.data(), activity(s.activity(), s.now()), s.now()).findings();
    }

    /** The same rules and default thresholds as {@code lsorg audit}, at the state's clock so tests and ages agree. */
    public static AuditReport audit(OrgData data, ActivityEvidence activity, Instant now) {
        Auditor auditor = new Auditor(RuleCatalog.all(), Thresholds.defaults(), Clock.fixed(now, ZoneOffset.UTC),
                "console");
        return auditor.audit(data, activity);
    }

    /**
     * The activity the audit reads: the Activity pane's records of the audit's window. Until they arrive the activity
     * rules wait; when the pane cannot read the log, or shows less than the audit needs, the audit says so.
     */
    static ActivityEvidence activity(ActivityFeed feed, Instant now) {
        int days = Thresholds.defaults().activityDays();
        if (feed.unavailable() != null) {
            return ActivityEvidence.unavailable(feed.unavailable());
        }
        if (!feed.loaded()) {
            return ActivityEvidence.notAsked();
        }
        ActivityFilter f = feed.filter();
        if (f.operation() != null || f.workspace() != null || f.window().compareTo(Duration.ofDays(days)) < 0) {
            return ActivityEvidence.unavailable("the Activity pane shows less than the last " + days
                    + " days of every operation; ':activity clear' restores it");
        }
        Instant start = now.minus(Duration.ofDays(days));
        List<ActivityRecord> inWindow = feed.records().stream().filter(r -> !r.time().isBefore(start)).toList();
        return ActivityEvidence.of(new ActivityLog(start, now, inWindow, feed.truncated()));
    }
}
