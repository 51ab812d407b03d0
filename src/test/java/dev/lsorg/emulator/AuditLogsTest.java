package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.Plans;
import dev.lsorg.testing.TestHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The org's audit log over HTTP: one OCSF record per successful change with the right operation, actor, resources
 * and workspace, valid against the spec's {@code ListAuditLogsOCSFResponse}; the query's validation, filters and
 * cursor; who may read it.
 */
class AuditLogsTest extends EmulatorTestBase {
    private static final String LOGS = "/api/v1/audit-logs";

    private String window() {
        Instant now = clock.instant();
        return "start_time=" + enc(now.minus(Duration.ofHours(1))) + "&end_time=" + enc(now.plus(Duration.ofHours(1)));
    }

    private static String enc(Object v) {
        return URLEncoder.encode(v.toString(), StandardCharsets.UTF_8);
    }

    private JsonNode logs(String extra) {
        return ok(admin().get(LOGS + "?" + window() + extra), "GET", LOGS);
    }

    private String keyId(String secret) {
        String orgPath = "/api/v1/orgs/current/";
        // every member's PATs are listed to an org admin on the members/ route (section 9), not the caller-only one
        for (String list : List.of(orgPath + "service-keys", orgPath + "members/personal-access-tokens")) {
            for (JsonNode k : admin().get(list).json()) {
                if (k.get("short_key").asText().equals(ApiKey.mask(secret))) {
                    return k.get("id").asText();
                }
            }
        }
        throw new AssertionError("no key " + ApiKey.mask(secret));
    }

    @Test
    void eachSuccessfulChangeIsOneRecordNewestFirstWithItsActor() {
        String ws = admin().post("/api/v1/workspaces", body("display_name", "Audit Trail")).json().get("id").asText();
        clock.advance(Duration.ofSeconds(5));
        String invite = admin().post("/api/v1/orgs/current/members", body("email", "eve@example.com")).json()
                .get("id").asText();
        assertEquals(409, admin().post("/api/v1/orgs/current/members", body("email", "eve@example.com")).status());
        clock.advance(Duration.ofSeconds(5));
        String pat = pat().post("/api/v1/orgs/current/personal-access-tokens", body("description", "mine")).json()
                .get("id").asText();
        JsonNode items = logs("&limit=100").get("items");
        assertEquals(3, items.size(), "the refused second invite is not logged: " + items);
        assertRecord(items.get(0), "create_personal_access_token", "POST", pat, keyId(emulator.keys().patKey()));
        assertRecord(items.get(1), "invite_user_to_org", "POST", invite, keyId(emulator.keys().orgAdminKey()));
        assertRecord(items.get(2), "create_workspace", "POST", ws, keyId(emulator.keys().orgAdminKey()));
        assertEquals(ws, items.get(2).at("/unmapped/original_audit_log/workspace_id").asText());
        assertEquals(clock.instant().toEpochMilli(), items.get(0).get("time").asLong());
        assertTrue(items.get(1).at("/actor/user/uid").isNull(), "a service key acts for no user");
        assertEquals(patOwnerLsUserId(), items.get(0).at("/actor/user/uid").asText(), "a PAT acts for its owner");
    }

    private String patOwnerLsUserId() {
        for (JsonNode k : admin().get("/api/v1/orgs/current/members/personal-access-tokens").json()) {
            if (k.get("short_key").asText().equals(ApiKey.mask(emulator.keys().patKey()))) {
                return k.get("created_by").asText();
            }
        }
        throw new AssertionError("the seed's PAT is not listed");
    }

    private static void assertRecord(JsonNode item, String operation, String method, String resource, String key) {
        assertEquals(operation, item.at("/api/operation").asText());
        assertEquals(method, item.at("/http_request/http_method").asText());
        assertEquals(key, item.at("/actor/user/credential_uid").asText());
        assertEquals(1, item.get("activity_id").asInt());
        assertEquals(600301, item.get("type_uid").asInt());
        assertEquals(resource, item.at("/resources/0/uid").asText());
        assertEquals(operation, item.at("/unmapped/original_audit_log/operation_name").asText());
    }

    @Test
    void workspaceChangesNameTheirWorkspaceAndDeletesAreDeleteActivities() {
        String ws = workspaceId("Research");
        String identity = adminIn(ws).get("/api/v1/workspaces/current/members").json().get("members").get(0)
                .get("id").asText();
        ok(adminIn(ws).delete("/api/v1/workspaces/current/members/" + identity), "DELETE",
                "/api/v1/workspaces/current/members/{identity_id}");
        JsonNode item = logs("").get("items").get(0);
        assertEquals("delete_workspace_member", item.at("/api/operation").asText());
        assertEquals(4, item.get("activity_id").asInt());
        assertEquals("Delete", item.get("activity_name").asText());
        assertEquals(identity, item.at("/resources/0/uid").asText());
        assertEquals(ws, item.at("/unmapped/original_audit_log/workspace_id").asText());
        assertEquals(1, logs("&workspace_id=" + ws).get("items").size());
        assertEquals(0, logs("&workspace_id=" + workspaceId("Production")).get("items").size());
    }

    @Test
    void operationsFilterAndCursorWalkEveryRecordOnce() {
        Plans.roomForWorkspaces(emulator);
        for (int i = 0; i < 5; i++) {
            admin().post("/api/v1/workspaces", body("display_name", "W" + i));
            admin().post("/api/v1/orgs/current/members", body("email", "p" + i + "@example.com"));
        }
        assertEquals(5, logs("&limit=100&operations=create_workspace").get("items").size());
        assertEquals(10, logs("&limit=100&operations=create_workspace&operations=invite_user_to_org")
                .get("items").size());
        List<String> seen = new ArrayList<>();
        JsonNode page = logs("&limit=3");
        while (true) {
            page.get("items").forEach(i -> seen.add(i.at("/metadata/uid").asText()));
            if (page.get("cursor").isNull()) {
                break;
            }
            page = logs("&limit=3&cursor=" + enc(page.get("cursor").asText()));
        }
        assertEquals(10, seen.size());
        assertEquals(10, new TreeSet<>(seen).size());
    }

    @Test
    void theWindowIsInclusiveAndRequired() {
        admin().post("/api/v1/workspaces", body("display_name", "Timed"));
        Instant at = clock.instant();
        String exact = "?start_time=" + enc(at) + "&end_time=" + enc(at);
        assertEquals(1, ok(admin().get(LOGS + exact), "GET", LOGS).get("items").size());
        String before = "?start_time=" + enc(at.minusSeconds(60)) + "&end_time=" + enc(at.minusMillis(1));
        assertEquals(0, ok(admin().get(LOGS + before), "GET", LOGS).get("items").size());
        TestHttp.Reply none = admin().get(LOGS);
        assertEquals("missing", unprocessable(none, "GET", LOGS, "query", "start_time").get("type").asText());
        unprocessable(none, "GET", LOGS, "query", "end_time");
        unprocessable(admin().get(LOGS + "?" + window() + "&limit=0"), "GET", LOGS, "query", "limit");
        unprocessable(admin().get(LOGS + "?" + window() + "&limit=101"), "GET", LOGS, "query", "limit");
        unprocessable(admin().get(LOGS + "?" + window() + "&operations=drop_tables"), "GET", LOGS,
                "query", "operations", "0");
        unprocessable(admin().get(LOGS + "?" + window() + "&cursor=not-a-cursor"), "GET", LOGS, "query", "cursor");
        unprocessable(admin().get(LOGS + "?start_time=yesterday&end_time=" + enc(at)), "GET", LOGS,
                "query", "start_time");
    }

    @Test
    void onlyOrgManagersReadItAndAServerWithoutItAnswers404() {
        assertEquals(403, viewer().get(LOGS + "?" + window()).status());
        assertEquals(403, workspaceKey().get(LOGS + "?" + window()).status());
        assertEquals(401, anonymous().get(LOGS + "?" + window()).status());
        emulator.serveAuditLogs(false);
        error(admin().get(LOGS + "?" + window()), 404);
        admin().post("/api/v1/workspaces", body("display_name", "Still Logged"));
        emulator.serveAuditLogs(true);
        assertEquals(1, logs("").get("items").size(), "changes are logged while the route is off");
    }

    @Test
    void everyChangeOperationOfTheContractIsLogged() {
        Set<String> logged = new TreeSet<>();
        AuditOperations.routes().forEach(r -> logged.add(r.replaceAll(":([a-z_]+)", "{$1}")));
        Set<String> changes = new TreeSet<>(SPEC.operations().stream().filter(o -> !o.startsWith("GET ")).toList());
        assertTrue(logged.containsAll(changes), "not logged: " + changes.stream()
                .filter(c -> !logged.contains(c)).toList());
    }

    @Test
    void theOperationNamesAreTheContractsEnum() throws IOException {
        Set<String> file = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/emulator/audit-log-operations.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(file::add);
        }
        Set<String> spec = new TreeSet<>();
        SPEC.schema("AuditLogOperation").get("enum").forEach(v -> spec.add(v.asText()));
        assertEquals(spec, file);
        AuditOperations.routes().forEach(r -> assertTrue(spec.contains(AuditOperations.of(r.split(" ")[0],
                r.split(" ")[1])), r.toLowerCase(Locale.ROOT)));
    }
}
