package dev.lsorg.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.Json;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.TenantMembers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The emulator answers lists from JSON it made before (see {@link ViewJson}): the bytes must be exactly what
 * serialising the objects gives, and every change, a key's last use included, must show on the next read.
 */
class AnswerCacheTest extends EmulatorTestBase {
    private static final String MEMBERS = "/api/v1/orgs/current/members";
    private static final String WS_MEMBERS = "/api/v1/workspaces/current/members";
    private static final String SERVICE_KEYS = "/api/v1/orgs/current/service-keys";

    private static String json(Object value) throws Exception {
        return new String(Json.mapper().writeValueAsBytes(value), StandardCharsets.UTF_8);
    }

    @Test
    void listsAreTheBytesSerialisingTheirObjectsGives() throws Exception {
        Store store = emulator.store();
        Views views = new Views(store);
        for (int read = 0; read < 2; read++) {
            assertEquals(json(new OrganizationMembers(store.org.id, store.members.values().stream()
                    .sorted(Comparator.comparing((OrgMember m) -> m.createdAt)).map(views::orgMember).toList(),
                    store.invites.values().stream().map(views::orgPending).toList())), admin().get(MEMBERS).body());
            for (Workspace w : store.workspaces.values().stream().filter(w -> !w.deleted).toList()) {
                TenantMembers expected = new TenantMembers(w.id, store.membersOf(w.id).stream().map(views::member)
                        .toList(), store.invites.values().stream().filter(i -> i.workspaceIds.contains(w.id))
                        .map(i -> views.workspacePending(i, w.id)).toList());
                assertEquals(json(expected), adminIn(w.id).get(WS_MEMBERS).body(), w.displayName);
            }
        }
    }

    @Test
    void aKeysLastUseShowsOnTheNextRead() {
        JsonNode first = admin().get(SERVICE_KEYS).json();
        clock.advance(Duration.ofMinutes(3));
        JsonNode second = admin().get(SERVICE_KEYS).json();
        UUID admin = emulator.store().keyBySecret(emulator.keys().orgAdminKey()).id;
        assertNotEquals(lastUsed(first, admin), lastUsed(second, admin));
    }

    @Test
    void aMembersNewNameShowsInEveryWorkspaceList() {
        Workspace w = emulator.store().workspaces.values().stream().filter(x -> !x.deleted).findFirst().orElseThrow();
        JsonNode before = ok(adminIn(w.id).get(WS_MEMBERS), "GET", WS_MEMBERS).get("members").get(0);
        ok(admin().get(MEMBERS + "/active"), "GET", MEMBERS + "/active");
        String orgIdentity = emulator.store().membersOf(w.id).get(0).member.id.toString();
        ok(admin().patch(MEMBERS + "/" + orgIdentity, body("full_name", "Renamed Person")), "PATCH",
                MEMBERS + "/{identity_id}");
        JsonNode after = ok(adminIn(w.id).get(WS_MEMBERS), "GET", WS_MEMBERS).get("members").get(0);
        assertEquals(before.get("id"), after.get("id"));
        assertEquals("Renamed Person", after.get("full_name").asText());
    }

    private static String lastUsed(JsonNode keys, UUID id) {
        for (JsonNode k : keys) {
            if (k.get("id").asText().equals(id.toString())) {
                return k.get("last_used_at").asText();
            }
        }
        throw new AssertionError("key " + id + " is not listed");
    }
}
