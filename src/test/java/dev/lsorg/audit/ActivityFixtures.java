package dev.lsorg.audit;

import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.AuditLogMessage;
import dev.lsorg.model.Json;
import dev.lsorg.model.OCSFApiActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Audit-log records for rule and renderer tests, shaped as the emulator and LangSmith write them (OCSF API Activity
 * with LangSmith's own row), collected into the log of an activity window ending at {@link OrgFixtures#NOW}.
 */
public final class ActivityFixtures {
    private final List<ActivityRecord> records = new ArrayList<>();
    private int counter;

    /** Adds a record of {@code operation} at {@code at}, by {@code credential} (and {@code user}), touching ids. */
    public ActivityFixtures add(String operation, Instant at, UUID credential, UUID user, UUID workspace,
                                UUID... resources) {
        records.add(record(operation, at, credential, user, workspace, "rec-" + counter++, resources));
        return this;
    }

    /** One record as LangSmith would send it; {@code seed} makes its ids. */
    public static ActivityRecord record(String operation, Instant at, UUID credential, UUID user, UUID workspace,
                                        String seed, UUID... resources) {
        int activity = operation.startsWith("delete_") ? 4 : operation.startsWith("update_") ? 3 : 1;
        String method = activity == 4 ? "DELETE" : activity == 3 ? "PATCH" : "POST";
        AuditLogMessage.Enrichments enrichments = new AuditLogMessage.Enrichments(method, "/api/v1/x", "127.0.0.1",
                40000, null, 200, Arrays.stream(resources).map(UUID::toString).toList());
        AuditLogMessage row = new AuditLogMessage(OrgFixtures.uuid(seed + "-row"), operation, true, at, credential,
                null, user, OrgFixtures.ORG, workspace, enrichments);
        OCSFApiActivity e = new OCSFApiActivity(6003, "API Activity", 6, "Application Activity", 99, 600300 + activity,
                activity, activity == 4 ? "Delete" : activity == 3 ? "Update" : "Create", 1, "Success",
                at.toEpochMilli(), new OCSFApiActivity.Metadata(OrgFixtures.uuid(seed),
                        new OCSFApiActivity.Product("LangSmith", "LangChain")), new OCSFApiActivity.Api(operation),
                new OCSFApiActivity.HttpRequest(method, new OCSFApiActivity.Url("/api/v1/x")),
                new OCSFApiActivity.HttpResponse(200),
                new OCSFApiActivity.Actor(new OCSFApiActivity.User(user, credential)),
                new OCSFApiActivity.Endpoint("127.0.0.1", 40000, null),
                Arrays.stream(resources).map(OCSFApiActivity.Resource::new).toList(),
                new OCSFApiActivity.Unmapped(row));
        return new ActivityRecord(e, Json.mapper().valueToTree(e));
    }

    /** The log of the {@code days} before {@link OrgFixtures#NOW}, newest first. */
    public ActivityLog log(int days, boolean truncated) {
        List<ActivityRecord> newestFirst = records.stream().sorted(Comparator.comparing(ActivityRecord::time)
                .reversed()).toList();
        return new ActivityLog(OrgFixtures.NOW.minus(Duration.ofDays(days)), OrgFixtures.NOW, newestFirst, truncated);
    }

    /** The log as audit evidence. */
    public ActivityEvidence evidence() {
        return ActivityEvidence.of(log(7, false));
    }
}
