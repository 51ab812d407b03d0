package dev.lsorg.audit;

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
 * @param summary     number of findings per severity label, every severity present, most severe first
 * @param notes       what the audit could not see or check (empty when it saw everything), in rule order
 * @param findings    the findings, most severe first
 */
@JsonPropertyOrder({"schema", "tool", "tool_version", "org", "generated_at", "thresholds", "summary", "notes",
        "findings"})
public record AuditReport(String schema, String tool, @JsonProperty("tool_version") String toolVersion, Org org,
                          @JsonProperty("generated_at") Instant generatedAt, Thresholds thresholds,
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

    /** Builds a report with nothing left unseen, sorting the findings and counting them per severity. */
    public static AuditReport of(String toolVersion, Org org, Instant generatedAt, Thresholds thresholds,
                                 List<Finding> findings) {
        return of(toolVersion, org, generatedAt, thresholds, List.of(), findings);
    }

    /** Builds a report, sorting the findings and counting them per severity. */
    public static AuditReport of(String toolVersion, Org org, Instant generatedAt, Thresholds thresholds,
                                 List<Note> notes, List<Finding> findings) {
        List<Finding> sorted = findings.stream().sorted(Finding.REPORT_ORDER).toList();
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            summary.put(s.label(), (int) sorted.stream().filter(f -> f.severity() == s).count());
        }
        return new AuditReport(SCHEMA, "lsorg", toolVersion, org, generatedAt, thresholds, summary,
                List.copyOf(notes), sorted);
    }

    /** True when a finding of {@code threshold} or worse exists (for {@code --fail-on}). */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
