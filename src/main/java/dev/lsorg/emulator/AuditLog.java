package dev.lsorg.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.AuditLogMessage;
import dev.lsorg.model.Json;
import dev.lsorg.model.OCSFApiActivity;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The org's audit log: one OCSF API Activity record per successful change, written by {@link Endpoints} after the
 * change's handler succeeded and read by {@link AuditLogsHandler}. The actor is the key that made the request and,
 * for a PAT, its owner; the resources are the ids in the request path and in the answer (a created object's id).
 * Event-loop only, like the {@link Store}; it keeps the newest {@value #CAPACITY} records.
 */
final class AuditLog {
    static final int CAPACITY = 100_000;
    private static final OCSFApiActivity.Product PRODUCT = new OCSFApiActivity.Product("LangSmith", "LangChain");

    private final UUID orgId;
    private final Clock clock;
    // A generator of its own: the store's draws stay as they were, so seeded ids do not move when a change is logged.
    private final Random ids;
    private final Deque<Logged> records = new ArrayDeque<>();
    private long nextSeq = 1;
    private volatile boolean served = true;

    /** One stored record with what queries filter and order on. */
    record Logged(long seq, Instant at, String operation, UUID workspaceId, OCSFApiActivity event) {
    }

    AuditLog(UUID orgId, Clock clock, long seedNumber) {
        this.orgId = orgId;
        this.clock = clock;
        this.ids = new Random(seedNumber ^ 0x6003L);
    }

    /** Whether {@code GET /api/v1/audit-logs} exists on this server (off: it answers 404, as an older one would). */
    boolean served() {
        return served;
    }

    void serve(boolean on) {
        served = on;
    }

    /** Logs the successful change {@code ctx} made as {@code caller}, answered with {@code answer}. */
    void record(RoutingContext ctx, Caller caller, Object answer) {
        String method = ctx.request().method().name();
        String operation = ctx.currentRoute() == null ? null : AuditOperations.of(method, ctx.currentRoute().getPath());
        if (operation == null) {
            return;
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> resources = resources(ctx, answer);
        UUID workspace = caller.tenant() != null ? caller.tenant().id
                : operation.equals("create_workspace") && !resources.isEmpty() ? resources.get(0) : null;
        OCSFApiActivity event = event(ctx, caller, operation, at, resources, workspace);
        records.addLast(new Logged(nextSeq++, at, operation, workspace, event));
        if (records.size() > CAPACITY) {
            records.removeFirst();
        }
    }

    private OCSFApiActivity event(RoutingContext ctx, Caller caller, String operation, Instant at,
                                  List<UUID> resources, UUID workspace) {
        int activity = AuditOperations.activity(operation);
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        OrgMember owner = caller.owner();
        // The LangSmith user id, as key lists give it in created_by; LangSmith's own row carries both ids.
        UUID user = owner == null ? null : owner.lsUserId;
        String forwarded = ctx.request().getHeader("X-Forwarded-For");
        String host = ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress();
        Integer port = ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().port();
        AuditLogMessage.Enrichments enrichments = new AuditLogMessage.Enrichments(method, path, host, port, forwarded,
                200, resources.stream().map(UUID::toString).toList());
        AuditLogMessage row = new AuditLogMessage(newId(), operation, true, at, caller.key().id,
                owner == null ? null : owner.userId, user, orgId, workspace, enrichments);
        return new OCSFApiActivity(6003, "API Activity", 6, "Application Activity", 99, 600300 + activity, activity,
                AuditOperations.activityName(activity), 1, "Success", at.toEpochMilli(),
                new OCSFApiActivity.Metadata(newId(), PRODUCT), new OCSFApiActivity.Api(operation),
                new OCSFApiActivity.HttpRequest(method, new OCSFApiActivity.Url(path)),
                new OCSFApiActivity.HttpResponse(200),
                new OCSFApiActivity.Actor(new OCSFApiActivity.User(user, caller.key().id)),
                new OCSFApiActivity.Endpoint(host, port, forwarded == null ? null : split(forwarded)),
                resources.stream().map(OCSFApiActivity.Resource::new).toList(),
                new OCSFApiActivity.Unmapped(row));
    }

    /** The ids a change touched: those in its path, then those its answer carries (one object or a list of them). */
    private static List<UUID> resources(RoutingContext ctx, Object answer) {
        Set<UUID> out = new LinkedHashSet<>();
        ctx.pathParams().forEach((name, value) -> {
            if (name.endsWith("_id")) {
                parse(value, out);
            }
        });
        JsonNode tree = Json.mapper().valueToTree(answer);
        Iterator<JsonNode> items = tree.isArray() ? tree.elements() : List.of(tree).iterator();
        items.forEachRemaining(item -> parse(item.path("id").asText(null), out));
        return new ArrayList<>(out);
    }

    private static void parse(String text, Set<UUID> into) {
        try {
            if (text != null) {
                into.add(UUID.fromString(text));
            }
        } catch (IllegalArgumentException e) {
            // not an id: nothing to log
        }
    }

    private static List<String> split(String forwarded) {
        return Arrays.stream(forwarded.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private UUID newId() {
        long msb = (ids.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /**
     * The records of a query, newest first, starting after {@code after} (a cursor's position, or null), at most
     * {@code limit} of them plus whether more follow.
     */
    Page query(AuditLogQuery q, Position after, int limit) {
        List<Logged> out = new ArrayList<>();
        Iterator<Logged> newestFirst = records.descendingIterator();
        boolean more = false;
        while (newestFirst.hasNext()) {
            Logged r = newestFirst.next();
            if (!q.matches(r) || (after != null && !after.isBefore(r))) {
                continue;
            }
            if (out.size() == limit) {
                more = true;
                break;
            }
            out.add(r);
        }
        return new Page(out, more);
    }

    /** A page of records and whether older matching records remain. */
    record Page(List<Logged> records, boolean more) {
    }

    /** Where a page ended: the sequence number of its last (oldest) record. */
    record Position(long seq) {
        /** Whether {@code r} comes after this position in newest-first order. */
        boolean isBefore(Logged r) {
            return r.seq() < seq;
        }
    }

    /**
     * What {@code GET /api/v1/audit-logs} asks for.
     *
     * @param start      earliest time, inclusive
     * @param end        latest time, inclusive
     * @param operations operation names to keep (empty: all)
     * @param workspace  workspace to keep, or null for all
     */
    record AuditLogQuery(Instant start, Instant end, Set<String> operations, UUID workspace) {
        boolean matches(Logged r) {
            return !r.at().isBefore(start) && !r.at().isAfter(end)
                    && (operations.isEmpty() || operations.contains(r.operation()))
                    && (workspace == null || workspace.equals(r.workspaceId()));
        }
    }
}
