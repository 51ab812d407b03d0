package dev.lsorg.audit;

import dev.lsorg.text.Sanitizer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the report as aligned plain text that pastes cleanly into a ticket: a header, the count per severity, what
 * the audit could not see or check (one {@code note} line each), then one block per finding (severity, rule and
 * object on one aligned line; evidence, fix and ids below it). ANSI colour marks the severity only when the caller
 * asks for it (a TTY without {@code NO_COLOR}). Names and ids are {@link Sanitizer#line sanitised and cut},
 * evidence and fix sanitised as messages: no value can drive the terminal or forge a line.
 */
final class TextReport implements ReportWriter {
    private static final String INDENT = "        ";
    private static final Map<Severity, String> COLORS = Map.of(
            Severity.HIGH, "\u001b[1;31m", Severity.MEDIUM, "\u001b[33m",
            Severity.LOW, "\u001b[36m", Severity.INFO, "\u001b[2m");
    private static final String RESET = "\u001b[0m";

    private final boolean color;

    TextReport(boolean color) {
        this.color = color;
    }

    @Override
    public void write(AuditReport report, Writer out) throws IOException {
        header(report, out);
        int ruleWidth = width(report.findings().stream().map(Finding::ruleId).toList());
        int kindWidth = width(report.findings().stream().map(f -> f.object().kind().label()).toList());
        for (Finding f : report.findings()) {
            out.write("\n");
            out.write(severity(f.severity()) + "  " + pad(f.ruleId(), ruleWidth) + "  "
                    + pad(f.object().kind().label(), kindWidth) + "  " + Sanitizer.line(f.object().name()) + "\n");
            out.write(INDENT + Sanitizer.message(f.evidence()) + "\n");
            out.write(INDENT + "fix: " + Sanitizer.message(f.fix()) + "\n");
            out.write(INDENT + "id:  " + ids(f.object()) + "\n");
        }
    }

    private static void header(AuditReport r, Writer out) throws IOException {
        out.write("lsorg audit of " + Sanitizer.line(r.org().name()) + " (org " + Sanitizer.line(r.org().id()) + ")\n");
        out.write("generated " + r.generatedAt() + " by lsorg " + r.toolVersion() + "\n");
        Thresholds t = r.thresholds();
        out.write("thresholds: org admins " + t.maxOrgAdmins() + ", invite age " + t.pendingInviteDays()
                + "d, key unused " + t.unusedKeyDays() + "d, never-used grace " + t.neverUsedGraceDays()
                + "d, keys per workspace " + t.maxKeysPerWorkspace() + ", plan limit " + t.planLimitPercent() + "%\n");
        if (r.activity() != null) {
            out.write("activity: " + activity(r.activity(), t) + "\n");
        }
        String counts = r.summary().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        out.write(r.findings().size() + " finding" + (r.findings().size() == 1 ? "" : "s") + ": " + counts + "\n");
        for (Note n : r.notes()) {
            out.write("note (" + Sanitizer.line(n.about()) + "): " + Sanitizer.message(n.text()) + "\n");
        }
    }

    /** The activity line: what the activity rules read, or that they did not run and why. */
    static String activity(AuditReport.Activity a, Thresholds t) {
        if (!a.read()) {
            return "not read (" + Sanitizer.message(a.reason()) + "); the activity rules did not run";
        }
        return "last " + a.days() + " days, " + a.records() + " record" + (a.records() == 1 ? "" : "s")
                + (a.truncated() ? " (the newest only)" : "") + "; removals over " + t.maxRemovals() + " in "
                + t.removalWindowMinutes() + " min are reported";
    }

    private String severity(Severity s) {
        String label = pad(s.name(), 6);
        return color ? COLORS.get(s) + label + RESET : label;
    }

    private static String ids(ObjectRef o) {
        String id = Sanitizer.line(o.id());
        return o.workspaceId() == null ? id : id + " in workspace " + Sanitizer.line(o.workspaceId());
    }

    private static int width(List<String> values) {
        return values.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
