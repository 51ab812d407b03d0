package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UserOnlyTest extends EmulatorTestBase {
    @Test
    void apiKeysGet403OnUserOnlyEndpointsAndEachCallIsCounted() {
        assertEquals(0, emulator.userOnlyCalls());
        error(admin().get("/api/v1/api-key/current"), 403);
        error(admin().post("/api/v1/api-key/current", body("description", "x")), 403);
        error(admin().delete("/api/v1/api-key/current/" + java.util.UUID.randomUUID()), 403);
        error(admin().post("/api/v1/sso/email-verification/send", body("email", "a@b.co")), 403);
        error(admin().get("/api/v1/orgs"), 403);
        error(admin().get("/api/v1/orgs/permissions"), 403);
        error(admin().get("/api/v1/tenants"), 403);
        error(admin().get("/api/v1/workspaces/pending"), 403);
        error(anonymous().get("/api/v1/orgs"), 401);
        assertEquals(9, emulator.userOnlyCalls());
        assertEquals(9, anonymous().get("/_emulator/counters").json().get("user_only_calls").asInt());
    }

    @Test
    void unknownPathsAndMethodsAnswerLikeFastApi() {
        error(admin().get("/api/v1/nothing-here"), 404);
        error(admin().put("/api/v1/workspaces", body()), 405);
        assertEquals(0, emulator.userOnlyCalls());
    }
}
