package dev.lsorg.api;

import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.testing.TestClock;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Previews show exactly what a mutation would send, with the key masked, without sending anything. */
class RequestPreviewTest {
    static final String KEY = "lsv2_sk_0123456789abcdef0123456789abcdef_9f8e";
    static final UUID ORG = UUID.fromString("6c3f2a8e-0000-4000-8000-000000000001");
    static final UUID WS = UUID.fromString("6c3f2a8e-0000-4000-8000-0000000000aa");

    @Test
    void renamePreviewHasTheWorkspaceAsTenantAndTheBody() {
        Vertx vertx = Vertx.vertx();
        ClientConfig config = ClientConfig.of("https://langsmith.example.com/api/v1", Secret.of(KEY)).withOrganizationId(ORG);
        try (LangSmithClient client = LangSmithClient.create(vertx, config, TestClock.pinned())) {
            RequestPreview p = client.workspaces().renameRequest(WS, "Prod EU").preview();
            assertEquals("PATCH", p.method());
            assertEquals("https://langsmith.example.com/api/v1/workspaces/" + WS, p.url());
            assertEquals(Map.of("X-API-Key", "lsv2_sk_...9f8e (masked)", "X-Organization-Id", ORG.toString(),
                    "X-Tenant-Id", WS.toString(), "Content-Type", "application/json"), p.headers());
            assertEquals("{\n  \"display_name\" : \"Prod EU\"\n}", p.body());
            assertTrue(p.text().startsWith("PATCH https://langsmith.example.com/api/v1/workspaces/" + WS + "\nX-API-Key: lsv2_sk_...9f8e (masked)\n"),
                    p.text());
            assertFalse(p.text().contains(KEY));

            RequestPreview invite = client.orgMembers().inviteRequest(new PendingIdentityCreate("a@b.org", null, null,
                    List.of(WS), null, null, null)).preview();
            assertFalse(invite.headers().containsKey("X-Tenant-Id"), "org-scoped");
            assertEquals("{\n  \"email\" : \"a@b.org\",\n  \"workspace_ids\" : [ \"" + WS + "\" ]\n}", invite.body());

            RequestPreview delete = client.workspaces().deleteRequest(WS).preview();
            assertNull(delete.body());
            assertEquals(WS.toString(), delete.headers().get("X-Tenant-Id"));
            assertEquals(0, client.stats().requests(), "previews send nothing");
        } finally {
            await(vertx.close());
        }
    }

    @Test
    void previewBeforeDiscoverySaysWhereTheOrgComesFrom() {
        Vertx vertx = Vertx.vertx();
        try (LangSmithClient client = LangSmithClient.create(vertx, ClientConfig.of("https://h", Secret.of(KEY)), TestClock.pinned())) {
            assertEquals("(discovered from /orgs/current/info)",
                    client.orgMembers().removeRequest(WS).preview().headers().get("X-Organization-Id"));
            assertEquals("DELETE /api/v1/orgs/current/members/" + WS, client.orgMembers().removeRequest(WS).operation());
        } finally {
            await(vertx.close());
        }
    }

    @Test
    void readOnlyRefusesMutationsBeforeSending() {
        Vertx vertx = Vertx.vertx();
        ClientConfig config = ClientConfig.of("http://127.0.0.1:9", Secret.of(KEY)).withOrganizationId(ORG)
                .withReadOnly(true, "prod");
        try (LangSmithClient client = LangSmithClient.create(vertx, config, TestClock.pinned())) {
            ApiError e = Fixture.failure(client.workspaces().delete(WS));
            assertTrue(e instanceof ApiError.Forbidden f && f.detail().contains("read-only"), e.toString());
            assertEquals(0, client.stats().requests());
        } finally {
            await(vertx.close());
        }
    }
}
