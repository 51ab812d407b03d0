package dev.lsorg.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one audit, exactly as the JSON format writes it (see {@code schemas/audit-report.schema.json}):
 * which tool, which org, when, with which thresholds, the count per severity and the findings in report order.
 *
 * @param schema      the schema id, so readers can tell report versions apart
 * @param tool        always {@code lsorg}
 * @param toolVersion lsorg's version
 * @param org         the audited org
 * @param generatedAt the audit's clock
 * @param thresholds  the thresholds in force
 * @param activity    what the activity rules read, or null when the org's activity was not asked for
 * @param summary     number of findings per severity label, every severity present, most severe first
 * @param notes       what the audit could not see or check (empty when it saw everything), in rule order
 * @param findings    the findings, most severe first
 */
@JsonPropertyOrder({"schema", "tool", "tool_version", "org", "generated_at", "thresholds", "activity", "summary",
    "notes", "findings"})
public record AuditReport(String schema, String tool, @JsonProperty("tool_version") String toolVersion, Org org,
                          @JsonProperty("generated_at") Instant generatedAt, Thresholds thresholds,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Activity activity,
                          Map<String, Integer> summary, List<Note> notes, List<Finding> findings) {
    /** The id of the JSON schema this record follows. */
    public static final String SCHEMA = "https://lsorg.dev/schemas/audit-report/v1";

    /**
     * The audited org.
     *
     * @param id   org id
     * @param name org display name
     */
    public record Org(String id, String name) {
    }

    /**
     * What the activity rules read: the org's audit log of the last {@code days} days, or why it could not be read.
     *
     * @param read      whether the log was read
     * @param days      the activity window, in days
     * @param records   how many records the rules saw
     * @param truncated whether the window held more records than were read
     * @param reason    why the log could not be read, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Activity(boolean read, int days, int records, boolean truncated, String reason) {
        /** The summary of {@code evidence}, or null when no activity was asked for. */
        static Activity of(ActivityEvidence evidence, int days) {
            return switch (evidence.state()) {
                case NOT_ASKED -> null;
                case READ -> new Activity(true, days, evidence.records().size(), evidence.log().truncated(), null);
                case UNAVAILABLE -> new Activity(false, days, 0, false, evidence.reason());
            };
        }
    }

    /** Builds a report without activity and with nothing left unseen, sorting and counting the findings. */
    public static AuditReport of(String toolVersion, Org org, Instant generatedAt, Thresholds thresholds,
                                 List<Finding> findings) {
        return of(toolVersion, org, generatedAt, thresholds, null, List.of(), findings);
    }

    /** Builds a report, sorting the findings and counting them per severity. */
    public static AuditReport of(String toolVersion, Org org, Instant generatedAt, Thresholds thresholds,
                                 Activity activity, List<Note> notes, List<Finding> findings) {
        List<Finding> sorted = findings.stream().sorted(Finding.REPORT_ORDER).toList();
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            summary.put(s.label(), (int) sorted.stream().filter(f -> f.severity() == s).count());
        }
        return new AuditReport(SCHEMA, "lsorg", toolVersion, org, generatedAt, thresholds, activity, summary,
                List.copyOf(notes), sorted);
    }

    /** True when a finding of {@code threshold} or worse exists (for {@code --fail-on}). */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
