package dev.lsorg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.audit.AuditReport;
import dev.lsorg.audit.Auditor;
import dev.lsorg.audit.RuleCatalog;
import dev.lsorg.audit.Thresholds;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.OrgData;
import dev.lsorg.testing.Await;
import dev.lsorg.testing.ClockedRetryTimer;
import dev.lsorg.testing.DemoOrg;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit's load under LangSmith's per-key, per-minute rate limit: with a limit the demo org's load exceeds,
 * the emulator refuses requests with 429 and {@code Retry-After}, the client waits the windows out (in the test
 * clock's time, which the emulator's windows also read) and the audit finds exactly what it finds without a limit.
 */
class RateLimitedAuditTest {
    /** Below the demo load's 25 requests, so it spans three windows. */
    static final int LIMIT = 10;

    @Test
    void aRateLimitedAuditCompletesWithTheSameFindings() {
        try (DemoOrg org = DemoOrg.start()) {
            List<String> free = findings(org.load(), org);
            org.emulator.server().rateLimitPerMinute(LIMIT);
            org.emulator.requestLog().clear();
            long firstWindow = Math.floorDiv(org.clock.instant().getEpochSecond(), 60);
            Vertx vertx = Vertx.vertx();
            ClockedRetryTimer timer = new ClockedRetryTimer(vertx, org.clock);
            try (LangSmithClient client = LangSmithClient.create(vertx, org.config(org.emulator.keys()
                    .orgAdminKey()).withRetryBudget(Duration.ofSeconds(30)), org.clock, timer)) {
                OrgData limited = Await.await(client.loadOrg(null));
                assertEquals(free, findings(limited, org));
            } finally {
                Await.await(vertx.close());
            }
            List<RequestLog.Entry> refused = org.emulator.requestLog().entries().stream()
                    .filter(e -> e.status() == 429).toList();
            assertFalse(refused.isEmpty(), "the limit was met");
            refused.forEach(e -> assertTrue(e.retryAfter() != null && e.retryAfter() >= 1 && e.retryAfter() <= 60,
                    "Retry-After in whole seconds within the window: " + e.retryAfter()));
            long lastWindow = Math.floorDiv(org.clock.instant().getEpochSecond(), 60);
            assertTrue(lastWindow - firstWindow >= 2, "25 requests at 10 a minute span three windows: "
                    + timer.elapsed());
        }
    }

    /**
     * Each finding as severity, rule and object; not its evidence, whose ages in days may tick over in the minutes the
     * limited load waits (the seed's times are relative to the test clock, whatever instant it is pinned at).
     */
    private static List<String> findings(OrgData data, DemoOrg org) {
        AuditReport report = new Auditor(RuleCatalog.all(), Thresholds.defaults(), org.clock, "test").audit(data);
        return report.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.object().id()).toList();
    }
}
