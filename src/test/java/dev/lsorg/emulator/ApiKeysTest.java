package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.TestHttp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeysTest extends EmulatorTestBase {
    private static final String WS = "/api/v1/api-key";
    private static final String SK = "/api/v1/orgs/current/service-keys";
    private static final String PAT = "/api/v1/orgs/current/personal-access-tokens";
    private static final String ALL_PATS = "/api/v1/orgs/current/members/personal-access-tokens";
    private static final String REVOKE = PAT + "/{pat_id}/revocation";

    @Test
    void theSecretIsShownOnceThenOnlyTheShortForm() {
        String ws = workspaceId("Research");
        JsonNode created = ok(adminIn(ws).post(WS, body("description", "my key")), "POST", WS);
        String secret = created.get("key").asText();
        assertTrue(secret.matches("lsv2_sk_[0-9a-f]{32}_[0-9a-f]{10}"), secret);
        String shortKey = created.get("short_key").asText();
        assertEquals("lsv2_sk_..." + secret.substring(secret.length() - 4), shortKey);
        assertEquals("workspace", created.get("access_scope").asText());
        assertEquals(List.of("Research"), List.of(created.get("workspace_names").get(0).asText()));
        String listed = ok(adminIn(ws).get(WS), "GET", WS).toString();
        assertTrue(listed.contains(shortKey));
        assertFalse(listed.contains(secret));
        assertFalse(admin().get(SK).body().contains(secret));
        ok(as(secret).with("X-Tenant-Id", ws).get("/api/v1/workspaces/current/members"), "GET", "/api/v1/workspaces/current/members");
    }

    @Test
    void theWorkspaceKeyListShowsOnlyThatWorkspacesKeys() {
        String data = workspaceId("Data Platform");
        JsonNode keys = ok(adminIn(data).get(WS), "GET", WS);
        assertEquals(12, keys.size());
        for (JsonNode k : keys) {
            assertEquals("Data Platform", k.get("workspace_names").get(0).asText());
        }
    }

    @Test
    void deletesAWorkspaceKeyOnlyFromItsWorkspace() {
        String ws = workspaceId("Staging");
        String id = adminIn(ws).post(WS, null).json().get("id").asText();
        error(adminIn(workspaceId("Research")).delete(WS + "/" + id), 404);
        JsonNode gone = ok(adminIn(ws).delete(WS + "/" + id), "DELETE", WS + "/{api_key_id}");
        assertEquals("Default API key", gone.get("description").asText());
        error(adminIn(ws).delete(WS + "/" + id), 404);
        unprocessable(adminIn(ws).delete(WS + "/xyz"), "DELETE", WS + "/{api_key_id}", "path", "api_key_id");
    }

    @Test
    void orgServiceKeysCoverOrgWideAndScopedKeys() {
        JsonNode all = ok(admin().get(SK), "GET", SK);
        assertTrue(all.toString().contains("\"access_scope\":\"organization\""));
        assertTrue(all.toString().contains("\"access_scope\":\"workspace\""));
        String data = workspaceId("Data Platform");
        JsonNode filtered = ok(admin().get(SK + "?workspace_ids=" + data), "GET", SK);
        assertEquals(12, filtered.size());
        unprocessable(admin().get(SK + "?workspace_ids=nope"), "GET", SK, "query", "workspace_ids", "0");
    }

    @Test
    void createsOrgWideAndScopedServiceKeysAndUpdatesTheirRoles() {
        JsonNode orgWide = ok(admin().post(SK, body("description", "org", "org_role_id", roleId("Organization Viewer"))), "POST", SK);
        assertEquals("organization", orgWide.get("access_scope").asText());
        assertEquals(roleId("Organization Viewer"), orgWide.get("org_role_id").asText());
        String staging = workspaceId("Staging");
        JsonNode scoped = ok(admin().post(SK, body("description", "ws", "workspaces", List.of(staging),
                "role_id", roleId("Viewer"))), "POST", SK);
        assertTrue(scoped.get("org_role_id").isNull());
        String id = scoped.get("id").asText();
        JsonNode updated = ok(admin().patch(SK + "/" + id, body("role_id", roleId("Editor"))), "PATCH", SK + "/{api_key_id}");
        assertEquals(roleId("Editor"), updated.get("role_id").asText());
        error(admin().patch(SK + "/" + id, body("org_role_id", roleId("Organization Admin"))), 400);
        error(admin().post(SK, body("description", "x", "workspaces", List.of(staging), "org_role_id", roleId("Organization User"))), 400);
        error(admin().post(SK, body("description", "x", "workspaces", List.of())), 400);
        error(admin().post(SK, body("description", "x", "workspaces", List.of(UUID.randomUUID().toString()))), 404);
        ok(admin().delete(SK + "/" + id), "DELETE", SK + "/{api_key_id}");
        error(admin().delete(SK + "/" + id), 404);
    }

    @Test
    void onlyAdminsCreateOrgWideKeys() {
        JsonNode denied = error(viewer().post(SK, body("description", "nope")), 403);
        assertTrue(denied.get("detail").asText().contains("organization:pats:create"));
        JsonNode patDenied = error(pat().post(SK, body("description", "nope")), 403);
        assertTrue(patDenied.get("detail").asText().contains("organization:manage"));
        unprocessable(admin().post(SK, body("expires_at", "tomorrow")), "POST", SK, "body", "expires_at");
        unprocessable(admin().post(SK, null), "POST", SK, "body");
        error(admin().post(SK, body("expires_at", clock.instant().minusSeconds(60).toString())), 400);
    }

    @Test
    void patsListCreateAndDelete() {
        JsonNode all = ok(admin().get(ALL_PATS), "GET", ALL_PATS);
        assertEquals(5, all.size());
        JsonNode own = ok(pat().get(PAT), "GET", PAT);
        assertEquals(1, own.size());
        JsonNode created = ok(pat().post(PAT, body("description", "second")), "POST", PAT);
        assertTrue(created.get("key").asText().startsWith("lsv2_pt_"));
        assertEquals(2, pat().get(PAT).json().size());
        error(admin().post(PAT, body("description", "service keys own no PATs")), 400);
        String someoneElses = otherMembersPat(own.get(0).get("id").asText());
        error(pat().delete(PAT + "/" + someoneElses), 404);
        error(admin().delete(PAT + "/" + someoneElses), 404);
        ok(pat().delete(PAT + "/" + created.get("id").asText()), "DELETE", PAT + "/{pat_id}");
    }

    /** §9: the caller's own list is the caller's own, even for an org admin; a service key owns none. */
    @Test
    void theCallersListHoldsOnlyTheCallersTokens() {
        assertEquals(0, ok(admin().get(PAT), "GET", PAT).size());
        JsonNode own = ok(pat().get(PAT), "GET", PAT);
        assertEquals(1, own.size());
        String owner = own.get(0).get("created_by").asText();
        for (JsonNode k : ok(admin().get(ALL_PATS), "GET", ALL_PATS)) {
            assertTrue(k.get("short_key").asText().startsWith("lsv2_pt_"), k.toString());
        }
        assertEquals(1, admin().get(ALL_PATS).json().findValuesAsText("created_by").stream()
                .filter(owner::equals).count());
    }

    /** Every member's list takes organization:manage; switched off it answers 404 as an older server does. */
    @Test
    void everyMembersListIsForAdminsAndCanBeSwitchedOff() {
        assertTrue(error(viewer().get(ALL_PATS), 403).get("detail").asText().contains("organization:manage"));
        error(pat().get(ALL_PATS), 403);
        emulator.server().orgPatList(false);
        assertEquals("Not Found", error(admin().get(ALL_PATS), 404).get("detail").asText());
        assertEquals(0, admin().get(PAT).json().size(), "the caller's own list still answers");
        emulator.server().orgPatList(true);
        ok(admin().get(ALL_PATS), "GET", ALL_PATS);
    }

    /** Revocation keeps the record, moves its expiry to now and stops the token at once; owners or admins only. */
    @Test
    void revocationKeepsTheRecordAndStopsTheToken() {
        String own = ok(pat().get(PAT), "GET", PAT).get(0).get("id").asText();
        String other = otherMembersPat(own);
        error(pat().post(PAT + "/" + other + "/revocation", null), 404);
        error(viewer().post(PAT + "/" + other + "/revocation", null), 404);
        JsonNode revoked = ok(admin().post(PAT + "/" + other + "/revocation", null), "POST", REVOKE);
        assertEquals(clock.instant().truncatedTo(ChronoUnit.MICROS),
                Instant.parse(revoked.get("expires_at").asText()));
        clock.advance(Duration.ofMinutes(5));
        JsonNode again = ok(admin().post(PAT + "/" + other + "/revocation", null), "POST", REVOKE);
        assertEquals(revoked.get("expires_at"), again.get("expires_at"), "revoking twice keeps the first time");
        assertTrue(admin().get(ALL_PATS).json().findValuesAsText("id").contains(other), "the record stays");

        ok(pat().post(PAT + "/" + own + "/revocation", null), "POST", REVOKE);
        assertEquals(401, pat().get(PAT).status(), "a revoked token no longer authenticates");
        error(admin().post(PAT + "/" + UUID.randomUUID() + "/revocation", null), 404);
        unprocessable(admin().post(PAT + "/not-a-uuid/revocation", null), "POST", REVOKE, "path", "pat_id");
    }

    private String otherMembersPat(String own) {
        for (JsonNode k : admin().get(ALL_PATS).json()) {
            if (!k.get("id").asText().equals(own)) {
                return k.get("id").asText();
            }
        }
        throw new AssertionError("the seed has only one PAT");
    }

    /** {@code created_by} is the creating user's {@code ls_user_id}; a key made by a service key names no one. */
    @Test
    void createdByNamesTheUserBehindAKey() {
        JsonNode own = ok(pat().get(PAT), "GET", PAT).get(0);
        String owner = own.get("created_by").asText();
        JsonNode member = memberWithLsUserId(owner);
        assertEquals(own.get("created_by"), ok(pat().post(PAT, body("description", "second")), "POST", PAT).get("created_by"));
        assertTrue(ok(admin().post(SK, body("description", "made by a key")), "POST", SK).get("created_by").isNull());

        String prod = workspaceId("Production");
        String identity = identityIn(prod, member.get("email").asText());
        String path = "/api/v1/workspaces/current/members/" + identity;
        ok(adminIn(prod).patch(path, body("role_id", roleId("Admin"))), "PATCH", "/api/v1/workspaces/current/members/{identity_id}");
        JsonNode byUser = ok(pat().with("X-Tenant-Id", prod).post(WS, body("description", "made by a user")), "POST", WS);
        assertEquals(owner, byUser.get("created_by").asText());
        assertEquals(owner, keyEntry("made by a user").get("created_by").asText());
    }

    private JsonNode memberWithLsUserId(String lsUserId) {
        for (JsonNode m : admin().get("/api/v1/orgs/current/members").json().get("members")) {
            if (m.get("ls_user_id").asText().equals(lsUserId)) {
                return m;
            }
        }
        throw new AssertionError("created_by " + lsUserId + " is no member's ls_user_id");
    }

    private String identityIn(String workspace, String email) {
        for (JsonNode m : adminIn(workspace).get("/api/v1/workspaces/current/members").json().get("members")) {
            if (m.get("email").asText().equals(email)) {
                return m.get("id").asText();
            }
        }
        throw new AssertionError(email + " is not in workspace " + workspace);
    }

    @Test
    void patCreationCanBeDisabledAndExpiryCapped() {
        ok(admin().patch("/api/v1/orgs/current/info", body("pat_creation_disabled", true)), "PATCH", "/api/v1/orgs/current/info");
        error(pat().post(PAT, body("description", "blocked")), 403);
        admin().patch("/api/v1/orgs/current/info", body("pat_creation_disabled", false, "max_pat_expiry_days", 30));
        error(pat().post(PAT, body("description", "forever")), 400);
        ok(pat().post(PAT, body("description", "short", "expires_at", clock.instant().plusSeconds(86_400 * 7).toString())), "POST", PAT);
    }

    @Test
    void expiredKeysAre401() throws Exception {
        String later = admin().post(SK, body("description", "hour", "expires_at",
                clock.instant().plusSeconds(3600).toString())).json().get("key").asText();
        ok(as(later).get("/api/v1/orgs/current/roles"), "GET", "/api/v1/orgs/current/roles");
        Instant expiry = clock.instant().plusSeconds(2);
        String brief = admin().post(SK, body("description", "brief", "expires_at", expiry.toString())).json()
                .get("key").asText();
        ok(as(brief).get("/api/v1/orgs/current/roles"), "GET", "/api/v1/orgs/current/roles");
        clock.advance(Duration.ofSeconds(3));
        ok(as(later).get("/api/v1/orgs/current/roles"), "GET", "/api/v1/orgs/current/roles");
        JsonNode expired = error(as(brief).get("/api/v1/orgs/current/roles"), 401);
        assertTrue(expired.get("detail").asText().contains("expired"));
    }

    @Test
    void usingAKeyMovesItsLastUsedAt() throws Exception {
        String before = keyEntry("audit reader").get("last_used_at").asText();
        clock.advance(Duration.ofMinutes(1));
        ok(viewer().get("/api/v1/orgs/current/roles"), "GET", "/api/v1/orgs/current/roles");
        assertNotEquals(before, keyEntry("audit reader").get("last_used_at").asText());
        TestHttp fresh = as(admin().post(SK, body("description", "unused")).json().get("key").asText());
        assertTrue(keyEntry("unused").get("last_used_at").isNull());
        fresh.get("/api/v1/orgs/current/info");
        assertFalse(keyEntry("unused").get("last_used_at").isNull());
    }

    @Test
    void deletedKeysStopWorking() {
        JsonNode created = admin().post(SK, body("description", "doomed")).json();
        admin().delete(SK + "/" + created.get("id").asText());
        error(as(created.get("key").asText()).get("/api/v1/orgs/current/roles"), 401);
    }

    private JsonNode keyEntry(String description) {
        for (JsonNode k : admin().get(SK).json()) {
            if (k.get("description").asText().equals(description)) {
                return k;
            }
        }
        throw new AssertionError("no key " + description);
    }
}
