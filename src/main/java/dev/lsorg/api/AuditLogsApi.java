package dev.lsorg.api;

import static dev.lsorg.api.Transport.type;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.AuditLogPage;
import dev.lsorg.model.Json;
import dev.lsorg.model.OCSFApiActivity;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The org's audit log ({@code GET /api/v1/audit-logs}, org-scoped, needs {@code organization:manage} and a plan with
 * audit logs): one page at a time, or a whole window by following the opaque cursor. Each record is checked at the
 * edge: it must read as an {@link OCSFApiActivity}, and it is kept exactly as sent beside the typed form.
 */
public final class AuditLogsApi {
    /** LangSmith's largest page. */
    public static final int PAGE_LIMIT = 100;
    private static final String PATH = "/audit-logs";
    private final Transport transport;

    AuditLogsApi(Transport transport) {
        this.transport = transport;
    }

    /** The page of {@code query} that {@code cursor} points at (null: the newest), up to {@code limit} records. */
    public Future<AuditLogPage> page(AuditLogQuery query, String cursor, int limit) {
        Map<String, List<String>> q = ApiRequest.query("start_time", query.start(), "end_time", query.end(),
                "limit", limit, "operations", query.operations(), "workspace_id", query.workspace(), "cursor", cursor);
        ApiRequest<Wire> request = transport.request("GET", PATH, Scope.org(), null, type(Wire.class), q);
        return transport.send(request).compose(wire -> decode(wire, request.operation()));
    }

    /**
     * Every record of {@code query}'s window, newest first, page after page; stops at {@code maxRecords} and says
     * so ({@link ActivityLog#truncated()}).
     */
    public Future<ActivityLog> list(AuditLogQuery query, int maxRecords) {
        return next(query, null, new ArrayList<>(), maxRecords);
    }

    private Future<ActivityLog> next(AuditLogQuery query, String cursor, List<ActivityRecord> sofar, int max) {
        int limit = Math.max(1, Math.min(PAGE_LIMIT, max - sofar.size()));
        return page(query, cursor, limit).compose(p -> {
            sofar.addAll(p.items());
            boolean more = p.cursor() != null && !p.items().isEmpty();
            if (more && sofar.size() < max) {
                return next(query, p.cursor(), sofar, max);
            }
            return Future.succeededFuture(new ActivityLog(query.start(), query.end(), sofar, more));
        });
    }

    private static Future<AuditLogPage> decode(Wire wire, String operation) {
        List<ActivityRecord> items = new ArrayList<>();
        List<JsonNode> raw = wire.items() == null ? List.of() : wire.items();
        for (int i = 0; i < raw.size(); i++) {
            try {
                items.add(new ActivityRecord(Json.mapper().treeToValue(raw.get(i), OCSFApiActivity.class), raw.get(i)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                return Future.failedFuture(new ApiException(new ApiError.MalformedResponse("audit-log item " + i
                        + " is not an OCSF API Activity record"), operation));
            }
        }
        return Future.succeededFuture(new AuditLogPage(wire.cursor(), items));
    }

    /** {@code ListAuditLogsOCSFResponse} as it comes over the wire, the items still untyped. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Wire(String cursor, List<JsonNode> items) {
    }
}
