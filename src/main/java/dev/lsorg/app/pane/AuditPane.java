package dev.lsorg.app.pane;

import dev.lsorg.app.AppState;
import dev.lsorg.app.AuditRun;
import dev.lsorg.app.LoadedOrg;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.rows.Column;
import dev.lsorg.app.rows.FindingRows;
import dev.lsorg.app.rows.Row;
import dev.lsorg.audit.Finding;
import dev.lsorg.audit.Note;
import dev.lsorg.audit.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pane 8: the findings of {@code lsorg audit}, computed from what the console has loaded (no request of its own),
 * so every refresh of the underlying data recomputes them (see {@link AuditRun}: the audit runs as an effect and
 * its findings come back into the state). Enter goes to a finding's object. The audit's notes (what it could not
 * see or check, such as other members' PATs) lead the table, so an incomplete audit says so here too.
 */
public final class AuditPane implements Pane {
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
        List<Row> out = new ArrayList<>(FindingRows.noteRows(s.audit().notes()));
        out.addAll(FindingRows.rows(s.audit().findings()));
        return out;
    }

    // The lists themselves: new ones from an audit run are what make the rows rebuild.
    @Override
    public List<Object> inputs(AppState s) {
        return List.of(s.audit().findings(), s.audit().notes());
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
        if (!LoadedOrg.complete(s)) {
            return "(waiting for the whole org to load)";
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        s.audit().findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((sev, n) -> parts.add(n + " " + sev.label()));
        List<Note> notes = s.audit().notes();
        if (!notes.isEmpty()) {
            parts.add(notes.size() + " note" + (notes.size() == 1 ? "" : "s"));
        }
        return String.join(", ", parts) + (s.audit().running() ? (parts.isEmpty() ? "" : " ") + "(auditing)" : "");
    }

    @Override
    public String emptyText(AppState s) {
        if (!LoadedOrg.complete(s)) {
            return "Waiting for the org to load (settings, members of every workspace, keys, roles)...";
        }
        return s.audit().running() ? "Auditing..." : "No findings: the org passes every audit rule.";
    }
}
