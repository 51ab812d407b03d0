package dev.lsorg.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.Json;
import dev.lsorg.text.Sanitizer;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes the org's activity ({@code lsorg activity}): an aligned table for people (newest first, names sanitised and
 * cut), JSON with names and ids for scripts, or NDJSON, one OCSF record per line exactly as LangSmith sent it
 * (oldest first, as a log grows) for a SIEM. JSON escaping goes through lsorg's one mapper in both JSON forms.
 */
public final class ActivityReport {
    /** The output forms. */
    public enum Format { TEXT, JSON, NDJSON }

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final List<String> HEADER = List.of("TIME (UTC)", "ACTOR", "OPERATION", "WORKSPACE", "OBJECTS");

    private final ActivityLog log;
    private final ActivityNames names;
    private final String orgName;

    /** A report of {@code log}, naming ids with {@code names}, for the org called {@code orgName}. */
    public ActivityReport(ActivityLog log, ActivityNames names, String orgName) {
        this.log = log;
        this.names = names;
        this.orgName = orgName == null ? "" : orgName;
    }

    /** Writes the report in {@code format}. */
    public void write(Format format, Writer out) throws IOException {
        switch (format) {
            case JSON -> json(out);
            case NDJSON -> ndjson(out);
            default -> text(out);
        }
    }

    /** One row of the table (raw text: the writer sanitises). */
    public List<String> row(ActivityRecord r) {
        return List.of(SECOND.format(r.time()), names.actor(r), r.operation(), names.workspace(r.workspaceId()),
                objects(r));
    }

    /** What the record touched, each as {@code kind name}, or {@code id (no longer listed)}. */
    public String objects(ActivityRecord r) {
        List<String> out = new ArrayList<>();
        r.resourceIds().forEach(id -> out.add(names.object(id).label()));
        return out.isEmpty() ? "-" : String.join(", ", out);
    }

    private void text(Writer out) throws IOException {
        int n = log.records().size();
        out.write("Activity of " + Sanitizer.line(orgName) + " from " + SECOND.format(log.start()) + " to "
                + SECOND.format(log.end()) + " UTC: " + n + " record" + (n == 1 ? "" : "s")
                + (log.truncated() ? " (the newest; there are more)" : "") + ", newest first\n");
        if (n > 0) {
            table(out);
        }
    }

    // Cells sanitised and cut first, so the widths are those of what is printed.
    private void table(Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        log.records().forEach(r -> rows.add(row(r).stream().map(Sanitizer::line).toList()));
        int[] widths = new int[HEADER.size()];
        rows.forEach(row -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", row.get(i)));
            }
            out.write(line.toString().stripTrailing() + "\n");
        }
    }

    private void json(Writer out) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("org", orgName);
        root.put("start", log.start().toString());
        root.put("end", log.end().toString());
        root.put("truncated", log.truncated());
        ArrayNode records = root.putArray("records");
        log.records().forEach(r -> records.add(record(r)));
        out.write(ReportJson.prettyWriter().writeValueAsString(root) + "\n");
    }

    private ObjectNode record(ActivityRecord r) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("time", r.time().toString());
        o.put("operation", r.operation());
        o.put("status", r.event().status());
        ObjectNode actor = o.putObject("actor");
        actor.put("name", names.actor(r));
        actor.put("user_id", text(r.actorUser()));
        actor.put("credential_id", text(r.actorCredential()));
        o.put("workspace_id", text(r.workspaceId()));
        o.put("workspace", r.workspaceId() == null ? null : names.workspace(r.workspaceId()));
        ArrayNode objects = o.putArray("objects");
        for (UUID id : r.resourceIds()) {
            ActivityNames.Named n = names.object(id);
            objects.addObject().put("id", id.toString()).put("kind", n.exists() ? n.kind().label() : null)
                    .put("name", n.exists() ? n.name() : null);
        }
        o.put("method", r.method());
        o.put("path", r.path());
        o.put("uid", text(r.uid()));
        return o;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private void ndjson(Writer out) throws IOException {
        List<ActivityRecord> oldestFirst = new ArrayList<>(log.records());
        Collections.reverse(oldestFirst);
        for (ActivityRecord r : oldestFirst) {
            out.write(Json.mapper().writeValueAsString(r.raw()) + "\n");
        }
    }

    /** The format called {@code name} (text, json, ndjson), ignoring case. */
    public static Format format(String name) {
        return Format.valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
