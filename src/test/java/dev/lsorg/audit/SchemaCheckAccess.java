package dev.lsorg.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** Lets tests outside this package validate audit reports against the published schema. */
public final class SchemaCheckAccess {
    private SchemaCheckAccess() {
    }

    /** Validation errors of an audit report; empty when it follows {@code schemas/audit-report.schema.json}. */
    public static Set<ValidationMessage> errors(JsonNode report) {
        return SchemaCheck.errors("audit-report.schema.json", report);
    }

    /** Validation errors of a diff report; empty when it follows {@code schemas/snapshot-diff.schema.json}. */
    public static Set<ValidationMessage> diffErrors(JsonNode diff) {
        return SchemaCheck.errors("snapshot-diff.schema.json", diff);
    }

    /** Validation errors of a snapshot; empty when it follows {@code schemas/org-snapshot.schema.json}. */
    public static Set<ValidationMessage> snapshotErrors(JsonNode snapshot) {
        return SchemaCheck.errors("org-snapshot.schema.json", snapshot);
    }
}
