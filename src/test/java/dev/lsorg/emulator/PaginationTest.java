package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.testing.SpecValidator;
import dev.lsorg.testing.TestClock;
import dev.lsorg.testing.TestHttp;
import dev.lsorg.testing.TestVertx;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paging across page boundaries on the large seed, where list sizes are exactly what the test makes them. */
class PaginationTest {
    private static final SpecValidator SPEC = SpecValidator.load();
    private static final String ACTIVE = "/api/v1/orgs/current/members/active";
    private static final String PENDING = "/api/v1/orgs/current/members/pending";

    private static TestHttp admin(Emulator e) {
        return new TestHttp(e.endpoint()).with("X-API-Key", e.keys().orgAdminKey());
    }

    /** Every item of a list, page by page (offset += page size until a short page), checking no page overlaps. */
    private static List<String> pageThrough(TestHttp http, String path, int limit, String template) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int offset = 0; ; offset += limit) {
            TestHttp.Reply r = http.get(path + (path.contains("?") ? "&" : "?") + "limit=" + limit + "&offset=" + offset);
            assertEquals(200, r.status(), r.body());
            JsonNode page = r.json();
            SPEC.assertResponse("GET", template, 200, page);
            for (JsonNode item : page) {
                assertEquals(true, seen.add(item.get("id").asText()), "duplicate across pages");
                ids.add(item.get("id").asText());
            }
            if (page.size() < limit) {
                return ids;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 499, 500, 501})
    void pendingInvitesPageAcrossBoundaries(int count) {
        try (Emulator e = TestVertx.emulator(EmulatorOptions.large(1, 2, 0, TestClock.pinned()))) {
            TestHttp http = admin(e);
            invite(http, count);
            assertEquals(count, pageThrough(http, PENDING, 500, PENDING).size());
            assertEquals(count, pageThrough(http, PENDING, 100, PENDING).size());
            assertEquals(Math.min(count, 50), http.get(PENDING).json().size());
        }
    }

    private static void invite(TestHttp http, int count) {
        for (int start = 0; start < count; start += 500) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + 500); i++) {
                batch.add(Map.of("email", String.format("p%04d@example.com", i)));
            }
            assertEquals(200, http.post("/api/v1/orgs/current/members/batch", batch).status());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 499, 500, 501})
    void activeMembersPageAcrossBoundaries(int members) {
        try (Emulator e = TestVertx.emulator(EmulatorOptions.large(members, 3, 0, TestClock.pinned()))) {
            List<String> all = pageThrough(admin(e), ACTIVE, 500, ACTIVE);
            assertEquals(members, all.size());
            assertEquals(all, pageThrough(admin(e), ACTIVE, 7, ACTIVE));
        }
    }

    @Test
    void sortsAndFilters() {
        try (Emulator e = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned()))) {
            TestHttp http = admin(e);
            List<String> emails = field(http.get(ACTIVE + "?sort_by=email&sort_by_desc=false&limit=500").json(), "email");
            List<String> sorted = new ArrayList<>(emails);
            sorted.sort(String::compareTo);
            assertEquals(sorted, emails);
            List<String> created = field(http.get(ACTIVE + "?limit=500").json(), "created_at");
            List<String> newestFirst = new ArrayList<>(created);
            newestFirst.sort((a, b) -> b.compareTo(a));
            assertEquals(newestFirst, created);
            List<String> names = field(http.get(ACTIVE + "?sort_by=name&limit=500").json(), "full_name");
            List<String> namesDesc = new ArrayList<>(names);
            namesDesc.sort((a, b) -> b.compareToIgnoreCase(a));
            assertEquals(namesDesc, names);
            List<String> roles = field(http.get(ACTIVE + "?sort_by=role&sort_by_desc=false&limit=500").json(), "role_name");
            assertEquals("ORGANIZATION_ADMIN", roles.get(0));
            assertEquals("ORGANIZATION_VIEWER", roles.get(roles.size() - 1));
            assertEquals(3, http.get(ACTIVE + "?is_disabled=true").json().size());
            String two = "emails=" + emails.get(0).toUpperCase() + "&emails=" + emails.get(5);
            assertEquals(2, http.get(ACTIVE + "?" + two).json().size());
            String first = http.get(ACTIVE + "?" + two).json().get(0).get("full_name").asText().split(" ")[0];
            JsonNode byName = http.get(ACTIVE + "?q=" + first.toLowerCase()).json();
            assertTrue(byName.size() >= 1, "finds the member it was taken from");
            for (JsonNode m : byName) {
                String hay = (m.get("full_name").asText() + " " + m.get("email").asText()).toLowerCase();
                assertTrue(hay.contains(first.toLowerCase()), "every match has '" + first + "': " + m);
            }
            assertEquals(1, http.get(PENDING + "?q=freelancer").json().size());
            String lsUser = http.get(ACTIVE).json().get(0).get("ls_user_id").asText();
            assertEquals(1, http.get(ACTIVE + "?ls_user_ids=" + lsUser).json().size());
        }
    }

    /** The emulator keeps each sorted list between page reads; a change must show on the very next read. */
    @Test
    void aChangeShowsOnTheNextRead() {
        try (Emulator e = TestVertx.emulator(EmulatorOptions.large(600, 3, 0, TestClock.pinned()))) {
            TestHttp http = admin(e);
            List<String> byName = pageThrough(http, ACTIVE + "?sort_by=name&sort_by_desc=false", 500, ACTIVE);
            String last = byName.get(byName.size() - 1);
            assertEquals(200, http.patch(ACTIVE.replace("/active", "/") + last, Map.of("full_name", "Aaron Aardvark"))
                    .status());
            assertEquals(last, pageThrough(http, ACTIVE + "?sort_by=name&sort_by_desc=false", 500, ACTIVE).get(0));
            assertEquals(200, http.delete(ACTIVE.replace("/active", "/") + last).status());
            List<String> after = pageThrough(http, ACTIVE + "?sort_by=name&sort_by_desc=false", 500, ACTIVE);
            assertEquals(byName.subList(0, byName.size() - 1), after);
        }
    }

    @Test
    void rejectsBadPagingParameters() {
        try (Emulator e = TestVertx.emulator(EmulatorOptions.demo(TestClock.pinned()))) {
            TestHttp http = admin(e);
            for (String q : List.of("limit=0", "limit=501", "offset=-1", "limit=ten", "sort_by=age", "sort_by_desc=perhaps",
                    "ls_user_ids=x", "is_disabled=sometimes")) {
                TestHttp.Reply r = http.get(ACTIVE + "?" + q);
                assertEquals(422, r.status(), q);
                SPEC.assertResponse("GET", ACTIVE, 422, r.json());
                assertEquals(q.substring(0, q.indexOf('=')), r.json().get("detail").get(0).get("loc").get(1).asText());
            }
            TestHttp.Reply limit = http.get(PENDING + "?limit=501");
            assertEquals("less_than_equal", limit.json().get("detail").get(0).get("type").asText());
            assertEquals(200, http.get(ACTIVE + "?limit=500").status());
        }
    }

    private static List<String> field(JsonNode list, String name) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get(name).asText()));
        return out;
    }
}
