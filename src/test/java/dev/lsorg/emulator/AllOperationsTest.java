package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.TestHttp;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Calls each of the contract's 45 operations once with a happy-path request, checks every answer against the
 * spec's 200 schema, and then proves from the request log that no operation was left out.
 */
class AllOperationsTest extends EmulatorTestBase {
    /** Contract operations the emulator does not serve (none now); each must answer 404, so the list cannot lie. */
    static final Set<String> NOT_YET_SERVED = Set.of();

    @Test
    void everyOperationAnswers200AndMatchesTheSpec() {
        String ws = ok(admin().post("/api/v1/workspaces", body("display_name", "All Ops")), "POST", "/api/v1/workspaces")
                .get("id").asText();
        workspaces(ws);
        roles();
        orgMembers(ws);
        workspaceMembers(ws);
        keys(ws);
        org();
        ok(adminIn(ws).delete("/api/v1/workspaces/" + ws), "DELETE", "/api/v1/workspaces/{workspace_id}");
        auditLogs();
        Set<String> served = new TreeSet<>(SPEC.operations());
        served.removeAll(NOT_YET_SERVED);
        assertEquals(served, coveredOperations());
        for (String op : NOT_YET_SERVED) {
            assertEquals(404, admin().send(op.split(" ")[0], op.split(" ")[1], null).status(), op);
        }
        everyLoggedRequestMatchesTheContract();
    }

    /** The way a client's tests can use the log: every request body sent must match the contract. */
    private void everyLoggedRequestMatchesTheContract() {
        for (RequestLog.Entry e : emulator.requestLog().entries()) {
            JsonNode body = e.body() == null ? null : new TestHttp.Reply(0, null, e.body()).json();
            SPEC.assertRequestTo(e.method(), e.path(), body);
        }
    }

    private Set<String> coveredOperations() {
        Set<String> seen = new TreeSet<>();
        for (RequestLog.Entry e : emulator.requestLog().entries()) {
            if (e.status() == 200) {
                SPEC.template(e.method(), e.path()).ifPresent(t -> seen.add(e.method() + " " + t));
            }
        }
        return seen;
    }

    private void workspaces(String ws) {
        ok(admin().get("/api/v1/workspaces"), "GET", "/api/v1/workspaces");
        ok(admin().get("/api/v1/workspaces/" + ws), "GET", "/api/v1/workspaces/{workspace_id}");
        ok(adminIn(ws).patch("/api/v1/workspaces/" + ws, body("display_name", "All Ops 2")), "PATCH",
                "/api/v1/workspaces/{workspace_id}");
    }

    private void roles() {
        String base = "/api/v1/orgs/current/roles";
        ok(admin().get(base), "GET", base);
        String id = ok(admin().post(base, body("display_name", "Reviewer", "description", "Reviews",
                "permissions", List.of("workspaces:read", "runs:read"))), "POST", base).get("id").asText();
        ok(admin().patch(base + "/" + id, body("display_name", "Reviewer 2", "description", "Reviews more",
                "permissions", List.of("workspaces:read"))), "PATCH", base + "/{role_id}");
        ok(admin().put(base + "/" + id + "/restriction", body("is_restricted", true)), "PUT", base + "/{role_id}/restriction");
        ok(admin().delete(base + "/" + id), "DELETE", base + "/{role_id}");
    }

    private void orgMembers(String ws) {
        String base = "/api/v1/orgs/current/members";
        ok(admin().get(base), "GET", base);
        ok(admin().get(base + "/active"), "GET", base + "/active");
        ok(admin().get(base + "/pending"), "GET", base + "/pending");
        String pending = ok(admin().post(base, body("email", "ops1@example.com", "workspace_ids", List.of(ws))), "POST", base)
                .get("id").asText();
        ok(admin().post(base + "/batch", List.of(body("email", "ops2@example.com", "password", "hunter2"))), "POST", base + "/batch");
        assertEquals(false, emulator.requestLog().entries().toString().contains("hunter2"));
        ok(admin().patch(base + "/" + pending + "/pending", body("role_name", "ORGANIZATION_VIEWER")), "PATCH",
                base + "/{identity_id}/pending");
        ok(admin().delete(base + "/" + pending + "/pending"), "DELETE", base + "/{identity_id}/pending");
        JsonNode users = ok(admin().post(base + "/basic/batch", List.of(body("email", "basic@example.com",
                "workspace_ids", List.of(ws), "workspace_role_id", roleId("Viewer")))), "POST", base + "/basic/batch");
        String member = OrgMembersTest.findByEmail(admin().get(base).json().get("members"), "basic@example.com")
                .get("id").asText();
        assertEquals(users.get(0).get("ls_user_id").asText(),
                admin().get(base + "/active?emails=basic@example.com").json().get(0).get("ls_user_id").asText());
        ok(admin().patch(base + "/" + member, body("role_id", roleId("Organization Viewer"))), "PATCH", base + "/{identity_id}");
        ok(admin().delete(base + "/" + member), "DELETE", base + "/{identity_id}");
    }

    private void workspaceMembers(String ws) {
        String base = "/api/v1/workspaces/current/members";
        TestHttp in = adminIn(ws);
        String orgIdentity = admin().get("/api/v1/orgs/current/members").json().get("members").get(8).get("id").asText();
        String identity = ok(in.post(base, body("org_identity_id", orgIdentity, "role_id", roleId("Viewer"))), "POST", base)
                .get("id").asText();
        ok(in.get(base), "GET", base);
        ok(in.get(base + "/active"), "GET", base + "/active");
        ok(in.patch(base + "/" + identity, body("role_id", roleId("Editor"))), "PATCH", base + "/{identity_id}");
        ok(in.delete(base + "/" + identity), "DELETE", base + "/{identity_id}");
        String pending = ok(in.post(base + "/batch", List.of(body("email", "ops3@example.com"))), "POST", base + "/batch")
                .get(0).get("id").asText();
        ok(in.get(base + "/pending"), "GET", base + "/pending");
        ok(in.patch(base + "/" + pending + "/pending", body("role_id", roleId("Viewer"))), "PATCH", base + "/{identity_id}/pending");
        ok(in.delete(base + "/" + pending + "/pending"), "DELETE", base + "/{identity_id}/pending");
    }

    private void keys(String ws) {
        String apiKey = "/api/v1/api-key";
        ok(adminIn(ws).get(apiKey), "GET", apiKey);
        String id = ok(adminIn(ws).post(apiKey, body("description", "my key")), "POST", apiKey).get("id").asText();
        ok(adminIn(ws).delete(apiKey + "/" + id), "DELETE", apiKey + "/{api_key_id}");
        String sk = "/api/v1/orgs/current/service-keys";
        ok(admin().get(sk), "GET", sk);
        String skId = ok(admin().post(sk, body("description", "org key")), "POST", sk).get("id").asText();
        ok(admin().patch(sk + "/" + skId, body("org_role_id", roleId("Organization Viewer"))), "PATCH", sk + "/{api_key_id}");
        ok(admin().delete(sk + "/" + skId), "DELETE", sk + "/{api_key_id}");
        String pats = "/api/v1/orgs/current/personal-access-tokens";
        ok(admin().get(pats), "GET", pats);
        String pat = ok(pat().post(pats, body("description", "new pat")), "POST", pats).get("id").asText();
        ok(admin().get("/api/v1/orgs/current/members/personal-access-tokens"), "GET",
                "/api/v1/orgs/current/members/personal-access-tokens");
        ok(admin().post(pats + "/" + pat + "/revocation", null), "POST", pats + "/{pat_id}/revocation");
        String other = ok(pat().post(pats, body("description", "another pat")), "POST", pats).get("id").asText();
        ok(pat().delete(pats + "/" + other), "DELETE", pats + "/{pat_id}");
    }

    private void auditLogs() {
        String window = "?start_time=" + clock.instant().minusSeconds(60) + "&end_time=" + clock.instant();
        JsonNode page = ok(admin().get("/api/v1/audit-logs" + window + "&limit=100"), "GET", "/api/v1/audit-logs");
        assertEquals(false, page.get("items").isEmpty());
    }

    private void org() {
        ok(admin().get("/api/v1/orgs/current"), "GET", "/api/v1/orgs/current");
        ok(admin().get("/api/v1/orgs/current/info"), "GET", "/api/v1/orgs/current/info");
        ok(admin().patch("/api/v1/orgs/current/info", body("pat_creation_disabled", false)), "PATCH", "/api/v1/orgs/current/info");
    }
}
