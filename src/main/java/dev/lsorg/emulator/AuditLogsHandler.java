package dev.lsorg.emulator;

import static io.vertx.core.http.HttpMethod.GET;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.Json;
import dev.lsorg.model.OCSFApiActivity;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code GET /api/v1/audit-logs}: the org's {@link AuditLog} as OCSF records, newest first, for keys with
 * {@code organization:manage} on orgs whose plan has audit logs. {@code start_time} and {@code end_time} are required
 * (inclusive), {@code limit} is 1..100 (default 10), {@code operations} (repeated) and {@code workspace_id} filter,
 * and {@code cursor} is an opaque base64 JSON position from the previous page.
 */
final class AuditLogsHandler {
    static final String PATH = "/api/v1/audit-logs";
    private static final Set<String> OPERATIONS = operations();

    private final Store store;

    AuditLogsHandler(Store store) {
        this.store = store;
    }

    /** Registers the route, behind a switch that answers 404 as a server without audit logs would. */
    void register(Router router, Endpoints e) {
        router.get(PATH).handler(ctx -> {
            if (store.auditLog.served()) {
                ctx.next();
            } else {
                Responses.json(ctx, 404, Map.of("detail", "Not Found"));
            }
        });
        e.org(GET, PATH, Roles.ORG_MANAGE, this::list);
    }

    private Map<String, Object> list(Call c) {
        if (!Boolean.TRUE.equals(store.org.config.canUseAuditLogs())) {
            throw HttpProblem.forbidden("Audit logs are not enabled for this organization");
        }
        QueryParams q = c.query();
        int limit = q.integer("limit", 10, 1, 100);
        Instant start = q.dateTime("start_time", true);
        Instant end = q.dateTime("end_time", true);
        UUID workspace = q.uuid("workspace_id");
        Set<String> ops = new HashSet<>(q.enums("operations", OPERATIONS, "AuditLogOperation"));
        AuditLog.Position after = position(q, q.string("cursor"));
        q.done();
        AuditLog.Page page = store.auditLog.query(new AuditLog.AuditLogQuery(start, end, ops, workspace), after, limit);
        List<OCSFApiActivity> items = page.records().stream().map(AuditLog.Logged::event).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cursor", page.more() ? cursor(page.records().get(page.records().size() - 1)) : null);
        body.put("items", items);
        return body;
    }

    private static String cursor(AuditLog.Logged last) {
        String json = "{\"seq\":" + last.seq() + "}";
        return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static AuditLog.Position position(QueryParams q, String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            JsonNode json = Json.mapper().readTree(Base64.getUrlDecoder().decode(cursor.trim()));
            if (json != null && json.path("seq").canConvertToLong()) {
                return new AuditLog.Position(json.get("seq").asLong());
            }
        } catch (IOException | IllegalArgumentException e) {
            // falls through to the 422 below
        }
        q.invalid("cursor", "Value error, invalid cursor: pass the cursor of the previous page unchanged", cursor);
        return null;
    }

    private static Set<String> operations() {
        try (InputStream in = AuditLogsHandler.class.getResourceAsStream("/emulator/audit-log-operations.txt")) {
            if (in == null) {
                throw new IllegalStateException("audit-log-operations.txt is missing from the jar");
            }
            return Set.copyOf(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
