package dev.lsorg.ui.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.LoadedOrg;
import dev.lsorg.app.PaneId;
import dev.lsorg.audit.Auditor;
import dev.lsorg.audit.Finding;
import dev.lsorg.audit.RuleCatalog;
import dev.lsorg.audit.Severity;
import dev.lsorg.audit.Thresholds;
import dev.lsorg.ui.render.Column;
import dev.lsorg.ui.render.FindingRows;
import dev.lsorg.ui.render.Row;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pane 8: the findings of {@code lsorg audit}, computed from what the console has loaded (no request of its own),
 * so every refresh of the underlying data recomputes them. Enter goes to a finding's object.
 */
public final class AuditPane implements Pane {
    private List<Object> lastInputs = List.of();
    private List<Finding> lastFindings = List.of();

    @Override
    public PaneId id() {
        return PaneId.AUDIT;
    }

    @Override
    public List<Column> columns() {
        return FindingRows.COLUMNS;
    }

    @Override
    public List<Row> rows(AppState s) {
        return FindingRows.rows(findings(s));
    }

    @Override
    public List<Object> inputs(AppState s) {
        var d = s.data();
        return Arrays.asList(LoadedOrg.complete(s), d.info(), d.workspaces(), d.roles(), d.members(),
                d.memberships(), d.keys(), Panes.minute(s));
    }

    /** The findings for {@code s}, audited again only when the loaded data (or the minute) changed. */
    public List<Finding> findings(AppState s) {
        List<Object> inputs = inputs(s);
        if (!Panes.sameInputs(inputs, lastInputs)) {
            lastFindings = LoadedOrg.complete(s) ? audit(s) : List.of();
            lastInputs = inputs;
        }
        return lastFindings;
    }

    // The same rules and default thresholds as `lsorg audit`, at the state's clock so tests and ages agree.
    private static List<Finding> audit(AppState s) {
        Auditor auditor = new Auditor(RuleCatalog.all(), Thresholds.defaults(), Clock.fixed(s.now(), ZoneOffset.UTC),
                "console");
        return auditor.audit(LoadedOrg.of(s.data(), s.now())).findings();
    }

    @Override
    public List<String[]> detail(Row row, AppState s) {
        Finding f = (Finding) row.source();
        return FindingRows.detail(f, FindingJump.of(f).describe());
    }

    @Override
    public String subtitle(AppState s) {
        if (!LoadedOrg.complete(s)) {
            return "(waiting for the whole org to load)";
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings(s).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((sev, n) -> parts.add(n + " " + sev.label()));
        return String.join(", ", parts);
    }

    @Override
    public String emptyText(AppState s) {
        return LoadedOrg.complete(s) ? "No findings: the org passes every audit rule."
                : "Waiting for the org to load (settings, members of every workspace, keys, roles)...";
    }
}
