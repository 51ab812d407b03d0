package dev.lsorg.api;

import static dev.lsorg.testing.Await.await;
import static dev.lsorg.testing.Await.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.AuditLogPage;
import dev.lsorg.model.WorkspaceCreate;
import dev.lsorg.testing.FreshDemoOrgTest;
import dev.lsorg.testing.Plans;
import dev.lsorg.testing.SpecValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's audit-log reader against the emulator: typed and raw records, paging, filters and refusals. */
class AuditLogsApiTest extends FreshDemoOrgTest {
    @BeforeEach
    void roomForWorkspaces() {
        Plans.roomForWorkspaces(demo.emulator); // these tests create up to a hundred workspaces
    }

    private AuditLogQuery lastHour() {
        Instant now = demo.clock.instant();
        return AuditLogQuery.between(now.minus(Duration.ofHours(1)), now);
    }

    private UUID createWorkspace(String name) {
        return await(demo.client.workspaces().create(new WorkspaceCreate(null, name, null))).id();
    }

    @Test
    void aWholeWindowIsReadPageAfterPageNewestFirst() {
        List<io.vertx.core.Future<?>> creates = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            creates.add(demo.client.workspaces().create(new WorkspaceCreate(null, "Bulk " + i, null)));
        }
        await(io.vertx.core.Future.all(creates));
        demo.clock.advance(Duration.ofSeconds(1));
        UUID newest = createWorkspace("Newest");
        ActivityLog all = await(demo.client.auditLogs().list(lastHour(), 10_000));
        assertEquals(101, all.records().size());
        assertEquals(101, all.records().stream().map(ActivityRecord::uid).distinct().count());
        assertFalse(all.truncated());
        assertEquals(List.of(newest), all.records().get(0).resourceIds(), "newest first");
        assertEquals(2, demo.emulator.requestLog().entries().stream().filter(e -> e.path().endsWith("/audit-logs"))
                .count(), "two pages of 100 at most");
        ActivityLog capped = await(demo.client.auditLogs().list(lastHour(), 50));
        assertEquals(50, capped.records().size());
        assertTrue(capped.truncated());
    }

    @Test
    void recordsAreTypedAndKeptExactlyAsSent() {
        UUID ws = createWorkspace("Typed");
        AuditLogPage page = await(demo.client.auditLogs().page(lastHour(), null, 10));
        ActivityRecord r = page.items().get(0);
        assertEquals("create_workspace", r.operation());
        assertEquals(List.of(ws), r.resourceIds());
        assertEquals(ws, r.workspaceId());
        assertEquals("POST", r.method());
        assertEquals("/api/v1/workspaces", r.path());
        assertEquals(demo.clock.instant().toEpochMilli(), r.time().toEpochMilli());
        assertEquals(null, r.actorUser());
        assertTrue(r.succeeded());
        SpecValidator.load().assertSchema("OCSFApiActivity", r.raw());
        assertEquals(r.raw().at("/metadata/uid").asText(), String.valueOf(r.uid()));
    }

    @Test
    void operationsAndWorkspaceNarrowTheQuery() {
        UUID ws = createWorkspace("Narrow");
        createWorkspace("Other");
        AuditLogQuery q = new AuditLogQuery(lastHour().start(), lastHour().end(), List.of("create_workspace"), ws);
        assertEquals(1, await(demo.client.auditLogs().list(q, 100)).records().size());
        AuditLogQuery none = new AuditLogQuery(lastHour().start(), lastHour().end(), List.of("delete_role"), null);
        assertEquals(0, await(demo.client.auditLogs().list(none, 100)).records().size());
    }

    @Test
    void aKeyWithoutOrgManageOrAServerWithoutTheLogIsRefusedInWords() {
        try (LangSmithClient viewer = demo.clientWith(demo.emulator.keys().orgViewerKey())) {
            ApiError e = ApiException.errorOf(failure(viewer.auditLogs().list(lastHour(), 10)));
            assertInstanceOf(ApiError.Forbidden.class, e);
            assertEquals("organization:manage", ((ApiError.Forbidden) e).permission());
        }
        demo.emulator.serveAuditLogs(false);
        assertInstanceOf(ApiError.NotFound.class, ApiException.errorOf(failure(demo.client.auditLogs()
                .list(lastHour(), 10))));
    }
}
