package dev.lsorg.ui.pane;

import dev.lsorg.app.ActivityFeed;
import dev.lsorg.app.ActivityFilter;
import dev.lsorg.app.AppState;
import dev.lsorg.app.LoadedOrg;
import dev.lsorg.app.PaneId;
import dev.lsorg.audit.ActivityEvidence;
import dev.lsorg.audit.AuditReport;
import dev.lsorg.audit.Auditor;
import dev.lsorg.audit.Finding;
import dev.lsorg.audit.Note;
import dev.lsorg.audit.RuleCatalog;
import dev.lsorg.audit.Severity;
import dev.lsorg.audit.Thresholds;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.OrgData;
import dev.lsorg.ui.render.Column;
import dev.lsorg.ui.render.FindingRows;
import dev.lsorg.ui.render.Row;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Pane 8: the findings of {@code lsorg audit}, computed from what the console has loaded (no request of its own),
 * so every refresh of the underlying data recomputes them. Enter goes to a finding's object. The audit's notes (what
 * it could not see or check, such as other members' PATs) lead the table, so an incomplete audit says so here too.
 *
 * <p>Auditing a 10,000-member org takes hundreds of milliseconds, so it runs on a worker; the findings come back
 * through the GUI thread, and until they do the pane keeps showing the previous ones.
 */
public final class AuditPane implements Pane {
    private final Executor worker;
    private final Consumer<Runnable> onGuiThread;
    // GUI thread only: the data last sent to the worker, its number, and the newest findings that came back.
    private List<Object> requested = List.of();
    private long generation;
    private boolean auditing;
    private List<Finding> shown = List.of();
    private List<Note> notes = List.of();

    /** Audits on {@code worker}; {@code onGuiThread} runs the hand-over on the GUI thread and redraws. */
    public AuditPane(Executor worker, Consumer<Runnable> onGuiThread) {
        this.worker = worker;
        this.onGuiThread = onGuiThread;
    }

    /** Audits synchronously, on the calling thread (benchmarks and tests). */
    public AuditPane() {
        this(Runnable::run, Runnable::run);
    }

    @Override
    public PaneId id() {
        return PaneId.AUDIT;
    }

    @Override
    public List<Column> columns() {
        return FindingRows.COLUMNS;
    }

    /** What the audit could not see or check (other members' PATs, owners unknown) first, then the findings. */
    @Override
    public List<Row> rows(AppState s) {
        List<Finding> found = findings(s);
        List<Row> out = new ArrayList<>(FindingRows.noteRows(notes));
        out.addAll(FindingRows.rows(found));
        return out;
    }

    // The lists themselves: new ones from the worker are what make the rows rebuild.
    @Override
    public List<Object> inputs(AppState s) {
        return List.of(findings(s), notes);
    }

    /** The notes of the newest audit: what it could not see or check (as {@code lsorg audit} prints them). */
    public List<Note> notes(AppState s) {
        findings(s);
        return notes;
    }

    /** The newest findings for {@code s}; starts an audit when the loaded data (or the minute) changed. */
    public List<Finding> findings(AppState s) {
        var d = s.data();
        List<Object> data = Arrays.asList(LoadedOrg.complete(s), d.info(), d.workspaces(), d.roles(), d.members(),
                d.memberships(), d.keys(), d.activity(), Panes.minute(s));
        if (!Panes.sameInputs(data, requested)) {
            requested = data;
            start(s);
        }
        return shown;
    }

    private void start(AppState s) {
        long mine = ++generation;
        if (!LoadedOrg.complete(s)) {
            shown = List.of();
            notes = List.of();
            auditing = false;
            return;
        }
        OrgData data = LoadedOrg.of(s.data(), s.now());
        Instant now = s.now();
        ActivityEvidence activity = activity(s.data().activity(), now);
        auditing = true;
        try {
            worker.execute(() -> {
                AuditReport report = audit(data, activity, now);
                onGuiThread.accept(() -> arrived(mine, report));
            });
        } catch (RejectedExecutionException closing) {
            auditing = false;
        }
    }

    // An answer for data that has since changed again is dropped: a newer audit is on its way.
    private void arrived(long number, AuditReport report) {
        if (number == generation) {
            shown = report.findings();
            notes = report.notes();
            auditing = false;
        }
    }

    // The same rules and default thresholds as `lsorg audit`, at the state's clock so tests and ages agree.
    private static AuditReport audit(OrgData data, ActivityEvidence activity, Instant now) {
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

    @Override
    public List<String[]> detail(Row row, AppState s) {
        if (row.source() instanceof Note n) {
            return FindingRows.noteDetail(n);
        }
        Finding f = (Finding) row.source();
        return FindingRows.detail(f, FindingJump.of(f).describe());
    }

    @Override
    public String subtitle(AppState s) {
        List<Finding> found = findings(s);
        if (!LoadedOrg.complete(s)) {
            return "(waiting for the whole org to load)";
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        found.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((sev, n) -> parts.add(n + " " + sev.label()));
        if (!notes.isEmpty()) {
            parts.add(notes.size() + " note" + (notes.size() == 1 ? "" : "s"));
        }
        return String.join(", ", parts) + (auditing ? (parts.isEmpty() ? "" : " ") + "(auditing)" : "");
    }

    @Override
    public String emptyText(AppState s) {
        if (!LoadedOrg.complete(s)) {
            return "Waiting for the org to load (settings, members of every workspace, keys, roles)...";
        }
        return auditing ? "Auditing..." : "No findings: the org passes every audit rule.";
    }
}
