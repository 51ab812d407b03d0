package dev.lsorg.api;

import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.emulator.EmulatorOptions;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.TestClock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The whole-org load: complete, equal to the single reads, bounded by the pool, with progress. */
class LoadOrgTest {
    @Test
    void loadsEverythingTheSingleReadsReturn() {
        try (Fixture fx = Fixture.demo()) {
            List<String> steps = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger lastDone = new AtomicInteger();
            AtomicInteger lastTotal = new AtomicInteger();
            OrgData data = await(fx.client.loadOrg((done, total, step) -> {
                steps.add(step);
                lastDone.set(done);
                lastTotal.set(total);
            }));
            LangSmithClient c = fx.client;
            assertEquals(await(c.orgInfo().get()), data.info());
            assertEquals(await(c.workspaces().list(true)), data.workspaces());
            assertEquals(await(c.roles().list()), data.roles());
            assertEquals(await(c.orgMembers().listPaged()), data.members());
            // keys are compared by id: their last_used_at moves with every call
            assertEquals(keyIds(await(c.apiKeys().listServiceKeys(List.of()))), keyIds(data.serviceKeys()));
            assertEquals(keyIds(await(c.apiKeys().listAllPersonalAccessTokens())), keyIds(data.personalAccessTokens()));
            assertTrue(data.patCoverage().allMembers(), "an org admin key sees every member's PATs");
            List<UUID> live = data.workspaces().stream().filter(w -> !w.isDeleted()).map(TenantForUser::id).toList();
            assertEquals(live, List.copyOf(data.workspaceMembers().keySet()), "live workspaces, in list order");
            assertEquals(live, List.copyOf(data.workspaceKeys().keySet()));
            for (UUID ws : live) {
                assertEquals(await(c.workspaceMembers().list(ws)), data.workspaceMembers().get(ws));
                assertEquals(keyIds(await(c.apiKeys().listWorkspaceKeys(ws))), keyIds(data.workspaceKeys().get(ws)));
            }
            assertEquals(6 + 2 * live.size(), lastTotal.get());
            assertEquals(lastTotal.get(), lastDone.get());
            assertEquals("done", steps.get(steps.size() - 1));
            assertTrue(data.workspaces().size() > live.size(), "the deleted workspace is listed but not loaded");
        }
    }

    static List<UUID> keyIds(List<APIKeyGetResponse> keys) {
        return keys.stream().map(APIKeyGetResponse::id).toList();
    }

    @Test
    void staysWithinThePoolSize() {
        try (Fixture fx = Fixture.start(EmulatorOptions.large(1200, 40, 200, TestClock.pinned()), c -> c.withMaxPoolSize(4))) {
            fx.emulator.faults().latency(5, 5);
            fx.client.resetStats();
            OrgData data = await(fx.client.loadOrg(LoadProgress.NONE));
            assertEquals(40, data.workspaceMembers().size());
            assertEquals(1200, data.members().members().size());
            TransportStats stats = fx.client.stats();
            assertEquals(4, stats.peakInFlight(), "the pool was used fully and never exceeded");
            assertTrue(stats.requests() >= 6 + 80, "requests: " + stats.requests());
        }
    }

    @Test
    void aFailedPartFailsTheLoadWithItsError() {
        try (Fixture fx = Fixture.demo()) {
            try (LangSmithClient viewer = fx.client(fx.config("lsv2_sk_wrong_wrong_wrong_wrong_0000"))) {
                ApiError e = Fixture.failure(viewer.loadOrg(LoadProgress.NONE));
                assertTrue(e instanceof ApiError.Unauthorized, e.toString());
            }
            assertFalse(fx.emulator.userOnlyCalls() > 0);
        }
    }
}
