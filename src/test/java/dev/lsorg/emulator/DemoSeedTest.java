package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestVertx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The demo seed carries every property the audits look for; each is checked through the API. */
class DemoSeedTest extends EmulatorTestBase {
    private static final String ORG = "/api/v1/orgs/current/members";
    private static final String KEYS = "/api/v1/orgs/current/service-keys";
    private static final String PATS = "/api/v1/orgs/current/members/personal-access-tokens";

    private JsonNode members() {
        return ok(admin().get(ORG), "GET", ORG).get("members");
    }

    private static long count(JsonNode list, Predicate<JsonNode> p) {
        long n = 0;
        for (JsonNode x : list) {
            n += p.test(x) ? 1 : 0;
        }
        return n;
    }

    private double ageDays(JsonNode timestamp) {
        return Duration.between(Instant.parse(timestamp.asText()), clock.instant()).toHours() / 24.0;
    }

    @Test
    void workspacesIncludeADeletedAnEmptyAndAnAdminlessOne() {
        JsonNode all = admin().get("/api/v1/workspaces?include_deleted=true").json();
        assertEquals(7, all.size());
        assertEquals(1, count(all, w -> w.get("is_deleted").asBoolean()));
        assertEquals(0, adminIn(workspaceId("Sandbox")).get("/api/v1/workspaces/current/members").json().get("members").size());
        JsonNode support = adminIn(workspaceId("Support Bots")).get("/api/v1/workspaces/current/members").json().get("members");
        assertTrue(support.size() > 0);
        assertEquals(0, count(support, m -> m.get("role_name").asText().equals("WORKSPACE_ADMIN")));
    }

    @Test
    void membersCoverEveryOrgAndWorkspaceRole() {
        JsonNode members = members();
        assertEquals(40, members.size());
        for (String role : List.of("ORGANIZATION_ADMIN", "ORGANIZATION_USER", "ORGANIZATION_VIEWER")) {
            assertTrue(count(members, m -> m.get("role_name").asText().equals(role)) > 0, role);
        }
        Set<String> wsRoles = new HashSet<>();
        for (JsonNode w : admin().get("/api/v1/workspaces").json()) {
            adminIn(w.get("id").asText()).get("/api/v1/workspaces/current/members").json().get("members")
                    .forEach(m -> wsRoles.add(m.get("role_id").asText()));
        }
        for (String role : List.of("Admin", "Editor", "Viewer", "Annotator")) {
            assertTrue(wsRoles.contains(roleId(role)), role);
        }
        for (JsonNode m : members) {
            assertTrue(m.get("email").asText().matches("[a-z]+\\.[a-z]+@[a-z.-]+"), m.get("email").asText());
        }
    }

    @Test
    void disabledMembersAndAMemberInNoWorkspace() {
        JsonNode members = members();
        assertEquals(1, count(members, m -> m.get("is_disabled").asBoolean() && m.get("role_name").asText().equals("ORGANIZATION_ADMIN")));
        assertTrue(count(members, m -> m.get("is_disabled").asBoolean() && m.get("tenant_ids").size() > 0) >= 1);
        assertEquals(1, count(members, m -> !m.get("is_disabled").asBoolean() && m.get("tenant_ids").isEmpty()));
    }

    /** LangSmith keeps a disabled user's workspace identities: one is still listed as a workspace Admin. */
    @Test
    void aDisabledMemberIsStillListedAsAWorkspaceAdmin() {
        long disabledAdmins = 0;
        for (JsonNode w : admin().get("/api/v1/workspaces").json()) {
            JsonNode list = adminIn(w.get("id").asText()).get("/api/v1/workspaces/current/members").json().get("members");
            disabledAdmins += count(list, m -> m.get("is_disabled").asBoolean()
                    && m.get("role_name").asText().equals("WORKSPACE_ADMIN"));
        }
        assertEquals(1, disabledAdmins);
    }

    /** The API shows whose a PAT is through {@code created_by}: the owner's {@code ls_user_id}. */
    @Test
    void aDisabledMembersPatNamesItsOwnerInCreatedBy() {
        Set<String> disabled = new HashSet<>();
        members().forEach(m -> {
            if (m.get("is_disabled").asBoolean()) {
                disabled.add(m.get("ls_user_id").asText());
            }
        });
        JsonNode pats = ok(admin().get(PATS), "GET", PATS);
        assertEquals(0, count(pats, k -> k.get("created_by").isNull()), "every PAT names its owner");
        assertEquals(1, count(pats, k -> disabled.contains(k.get("created_by").asText())));
        JsonNode keys = ok(admin().get(KEYS), "GET", KEYS);
        assertEquals(keys.size(), count(keys, k -> k.has("created_by") && k.get("created_by").isNull()),
                "seeded service keys were made by no known user");
    }

    @Test
    void invitesOfDifferentAgesOneWithAnAdminRole() {
        JsonNode pending = admin().get(ORG).json().get("pending");
        assertTrue(count(pending, p -> ageDays(p.get("created_at")) > 14) >= 2);
        assertTrue(count(pending, p -> ageDays(p.get("created_at")) < 14) >= 2);
        assertEquals(1, count(pending, p -> p.get("role_name").asText().equals("ORGANIZATION_ADMIN")
                && ageDays(p.get("created_at")) > 14));
    }

    @Test
    void keysOfEveryAgeAndKind() {
        JsonNode keys = ok(admin().get(KEYS), "GET", KEYS);
        assertTrue(count(keys, k -> !k.get("last_used_at").isNull() && ageDays(k.get("last_used_at")) < 1) >= 1, "fresh");
        assertTrue(count(keys, k -> !k.get("last_used_at").isNull() && ageDays(k.get("last_used_at")) > 90) >= 2, "stale");
        assertTrue(count(keys, k -> k.get("last_used_at").isNull()) >= 2, "never used");
        assertTrue(count(keys, k -> !k.get("expires_at").isNull()
                && Instant.parse(k.get("expires_at").asText()).isBefore(clock.instant())) >= 1, "expired");
        assertTrue(count(keys, k -> k.get("expires_at").isNull()) >= 5, "never expiring");
        String orgAdmin = roleId("Organization Admin");
        assertTrue(count(keys, k -> k.get("access_scope").asText().equals("organization")
                && k.get("org_role_id").asText().equals(orgAdmin)) >= 2, "org-wide admin keys");
        assertTrue(ok(adminIn(workspaceId("Data Platform")).get("/api/v1/api-key"), "GET", "/api/v1/api-key").size() >= 10);
        assertTrue(ok(admin().get(PATS), "GET", PATS).size() >= 3);
    }

    @Test
    void orgSettingsAndPlan() {
        JsonNode info = admin().get("/api/v1/orgs/current/info").json();
        assertFalse(info.get("public_sharing_disabled").asBoolean());
        assertFalse(info.get("pat_creation_disabled").asBoolean());
        assertTrue(info.get("max_api_key_expiry_days").isNull());
        assertTrue(info.get("max_pat_expiry_days").isNull());
        assertTrue(info.get("max_service_key_expiry_days").isNull());
        assertTrue(info.get("workspace_admin_can_invite_to_org").asBoolean());
        assertFalse(info.get("sso_only").asBoolean());
        assertTrue(info.get("config").get("can_use_rbac").asBoolean());
        int max = info.get("config").get("max_identities").asInt();
        assertTrue(max >= 40 && max - 40 <= 5, "members close to max_identities: " + max);
        int maxWorkspaces = info.get("config").get("max_workspaces").asInt();
        int live = admin().get("/api/v1/workspaces").json().size();
        assertEquals(6, live);
        assertTrue(live * 100 >= maxWorkspaces * 80 && live < maxWorkspaces,
                "workspaces at 80% of max_workspaces or more, with room for one more: " + live + " / " + maxWorkspaces);
        assertFalse(info.get("reached_max_workspaces").asBoolean());
        assertTrue(anonymous().get("/_emulator/counters").json().get("shared_resources").asInt() > 0);
    }

    @Test
    void sameSeedNumberSameOrgOtherNumberOtherNames() {
        List<String> here = emails(emulator);
        try (Emulator same = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned()));
             Emulator other = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned()).withSeedNumber(7))) {
            assertEquals(emulator.organizationId(), same.organizationId());
            assertEquals(emulator.keys().orgAdminKey(), same.keys().orgAdminKey());
            assertEquals(here, emails(same));
            assertNotEquals(here, emails(other));
            assertNotEquals(emulator.organizationId(), other.organizationId());
        }
    }

    private static List<String> emails(Emulator e) {
        List<String> out = new ArrayList<>();
        new dev.lsorg.testing.TestHttp(e.endpoint()).with("X-API-Key", e.keys().orgAdminKey()).get(ORG).json()
                .get("members").forEach(m -> out.add(m.get("email").asText() + m.get("id").asText()));
        return out;
    }
}
