package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrgMembersTest extends EmulatorTestBase {
    private static final String BASE = "/api/v1/orgs/current/members";
    private static final String ONE = BASE + "/{identity_id}";
    private static final String PENDING_ONE = BASE + "/{identity_id}/pending";
    private static final String WS_MEMBERS = "/api/v1/workspaces/current/members";

    @Test
    void listsMembersAndPending() {
        JsonNode all = ok(admin().get(BASE), "GET", BASE);
        assertEquals(40, all.get("members").size());
        assertEquals(6, all.get("pending").size());
        assertEquals(emulator.organizationId().toString(), all.get("organization_id").asText());
    }

    @Test
    void inviteLifecycle() {
        String research = workspaceId("Research");
        Map<String, Object> invite = body("email", "Newbie@Example.com", "role_id", roleId("Organization User"),
                "workspace_ids", List.of(research), "workspace_role_id", roleId("Editor"));
        JsonNode pending = ok(admin().post(BASE, invite), "POST", BASE);
        assertEquals("newbie@example.com", pending.get("email").asText());
        assertEquals(research, pending.get("workspace_ids").get(0).asText());
        String pendingId = pending.get("id").asText();
        JsonNode listed = ok(admin().get(BASE + "/pending?emails=newbie@example.com"), "GET", BASE + "/pending");
        assertEquals(pendingId, listed.get(0).get("id").asText());
        assertEquals(0, admin().get(BASE + "/active?emails=newbie@example.com").json().size());

        JsonNode member = anonymous().post("/_emulator/invites/" + pendingId + "/accept", null).json();
        String orgIdentity = member.get("id").asText();
        assertNotEquals(pendingId, orgIdentity);
        JsonNode active = ok(admin().get(BASE + "/active?emails=newbie@example.com"), "GET", BASE + "/active");
        assertEquals(orgIdentity, active.get(0).get("id").asText());
        assertEquals(List.of(research), ids(active.get(0).get("tenant_ids")));
        assertEquals(0, admin().get(BASE + "/pending?emails=newbie@example.com").json().size());

        JsonNode wsMember = findByEmail(ok(adminIn(research).get(WS_MEMBERS), "GET", WS_MEMBERS).get("members"),
                "newbie@example.com");
        assertNotEquals(orgIdentity, wsMember.get("id").asText());
        assertEquals("WORKSPACE_USER", wsMember.get("role_name").asText());

        ok(admin().delete(BASE + "/" + orgIdentity), "DELETE", ONE);
        assertEquals(0, admin().get(BASE + "/active?emails=newbie@example.com").json().size());
        assertFalse(adminIn(research).get(WS_MEMBERS).body().contains("newbie@example.com"));
        error(admin().delete(BASE + "/" + orgIdentity), 404);
    }

    @Test
    void acceptingAfterABasicAuthSignUpKeepsOneIdentity() {
        String pending = admin().post(BASE, body("email", "twice@example.com", "workspace_ids",
                List.of(workspaceId("Staging")))).json().get("id").asText();
        admin().post(BASE + "/basic/batch", List.of(body("email", "twice@example.com", "password", "pw")));
        anonymous().post("/_emulator/invites/" + pending + "/accept", null);
        JsonNode active = admin().get(BASE + "/active?emails=twice@example.com").json();
        assertEquals(1, active.size());
        assertEquals(1, active.get(0).get("tenant_ids").size());
    }

    @Test
    void batchInvitesAreAllOrNothing() {
        List<Map<String, Object>> batch = List.of(body("email", "one@example.com"), body("email", "two@example.com"));
        JsonNode created = ok(admin().post(BASE + "/batch", batch), "POST", BASE + "/batch");
        assertEquals(2, created.size());
        List<Map<String, Object>> clash = List.of(body("email", "three@example.com"), body("email", "one@example.com"));
        error(admin().post(BASE + "/batch", clash), 409);
        assertEquals(0, admin().get(BASE + "/pending?emails=three@example.com").json().size());
    }

    @Test
    void invitingAMemberOrAPendingEmailIs409() {
        String existing = admin().get(BASE).json().get("members").get(7).get("email").asText();
        error(admin().post(BASE, body("email", existing.toUpperCase())), 409);
        String pending = admin().get(BASE).json().get("pending").get(0).get("email").asText();
        error(admin().post(BASE, body("email", pending)), 409);
    }

    @Test
    void inviteValidation() {
        unprocessable(admin().post(BASE, body("role_id", roleId("Organization User"))), "POST", BASE, "body", "email");
        unprocessable(admin().post(BASE, body("email", "x@example.com", "role_id", "zzz")), "POST", BASE, "body", "role_id");
        unprocessable(admin().post(BASE, body("email", "not-an-email")), "POST", BASE, "body", "email");
        unprocessable(admin().post(BASE, body("email", "w@example.com", "workspace_ids", List.of("bad"))),
                "POST", BASE, "body", "workspace_ids", "0");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(body("email", "bulk" + i + "@example.com"));
        }
        JsonNode e = unprocessable(admin().post(BASE + "/batch", tooMany), "POST", BASE + "/batch", "body");
        assertEquals("too_long", e.get("type").asText());
        unprocessable(admin().post(BASE + "/batch", List.of(body("email", "a@example.com"), body("full_name", "x"))),
                "POST", BASE + "/batch", "body", "1", "email");
        error(admin().post(BASE, body("email", "r@example.com", "role_id", UUID.randomUUID().toString())), 404);
        error(admin().post(BASE, body("email", "r@example.com", "role_id", roleId("Editor"))), 400);
        error(admin().post(BASE, body("email", "r@example.com", "workspace_ids", List.of(UUID.randomUUID().toString()))), 404);
    }

    @Test
    void changesTheOrgRole() {
        JsonNode m = findByEmail(admin().get(BASE).json().get("members"), emailWithRole("ORGANIZATION_USER"));
        JsonNode patched = admin().patch(BASE + "/" + m.get("id").asText(), body("role_id", roleId("Organization Admin"))).json();
        assertEquals("ORGANIZATION_ADMIN", patched.get("role_name").asText());
        SPEC.assertResponse("PATCH", ONE, 200, patched);
        error(admin().patch(BASE + "/" + UUID.randomUUID(), body("role_id", roleId("Organization Admin"))), 404);
        unprocessable(admin().patch(BASE + "/nope", body("role_id", roleId("Organization Admin"))), "PATCH", ONE, "path", "identity_id");
    }

    @Test
    void changesAndRevokesPendingInvites() {
        JsonNode p = admin().get(BASE).json().get("pending").get(0);
        String id = p.get("id").asText();
        JsonNode patched = ok(admin().patch(BASE + "/" + id + "/pending", body("role_id", roleId("Organization Viewer"))),
                "PATCH", PENDING_ONE);
        assertEquals("ORGANIZATION_VIEWER", patched.get("role_name").asText());
        ok(admin().delete(BASE + "/" + id + "/pending"), "DELETE", PENDING_ONE);
        error(admin().delete(BASE + "/" + id + "/pending"), 404);
        assertEquals(5, admin().get(BASE).json().get("pending").size());
    }

    @Test
    void theLastActiveAdminStays() {
        List<String> admins = new ArrayList<>();
        for (JsonNode m : admin().get(BASE).json().get("members")) {
            if (m.get("role_name").asText().equals("ORGANIZATION_ADMIN") && !m.get("is_disabled").asBoolean()) {
                admins.add(m.get("id").asText());
            }
        }
        for (int i = 1; i < admins.size(); i++) {
            ok(admin().delete(BASE + "/" + admins.get(i)), "DELETE", ONE);
        }
        error(admin().delete(BASE + "/" + admins.get(0)), 400);
    }

    private String emailWithRole(String role) {
        for (JsonNode m : admin().get(BASE).json().get("members")) {
            if (m.get("role_name").asText().equals(role) && !m.get("is_disabled").asBoolean()) {
                return m.get("email").asText();
            }
        }
        throw new AssertionError("nobody with " + role);
    }

    static JsonNode findByEmail(JsonNode list, String email) {
        for (JsonNode m : list) {
            if (m.get("email").asText().equalsIgnoreCase(email)) {
                return m;
            }
        }
        throw new AssertionError("no " + email + " in " + list);
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
