package dev.lsorg.api;

import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lsorg.model.Json;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.TenantMembers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A large org is held once: the same member read from the org list and from a workspace list shares its strings,
 * ids and login methods, while the values themselves are exactly what was sent.
 */
class SharedValuesTest {
    @Test
    void aMemberReadTwiceSharesItsValues() throws Exception {
        try (Fixture fx = Fixture.demo()) {
            OrgData data = await(fx.client.loadOrg(LoadProgress.NONE));
            Map.Entry<UUID, TenantMembers> ws = data.workspaceMembers().entrySet().stream()
                    .filter(e -> e.getValue().members().size() > 1).findFirst().orElseThrow();
            MemberIdentity inWorkspace = ws.getValue().members().get(0);
            OrgMemberIdentity inOrg = data.members().members().stream()
                    .filter(m -> m.lsUserId().equals(inWorkspace.lsUserId())).findFirst().orElseThrow();
            assertSame(inOrg.email(), inWorkspace.email());
            assertSame(inOrg.fullName(), inWorkspace.fullName());
            assertSame(inOrg.lsUserId(), inWorkspace.lsUserId());
            assertSame(inOrg.organizationId(), inWorkspace.organizationId());
            assertSame(inOrg.linkedLoginMethods(), inWorkspace.linkedLoginMethods());
            assertSame(inWorkspace.tenantId(), ws.getValue().members().get(ws.getValue().members().size() - 1)
                    .tenantId());
            // shared lists are read-only: no reader of one answer can change another's
            assertThrows(UnsupportedOperationException.class, () -> inWorkspace.linkedLoginMethods().clear());
            // the same JSON read without the client's canon: equal values, separate instances
            String json = Json.mapper().writeValueAsString(inWorkspace);
            MemberIdentity plain = Json.mapper().readValue(json, MemberIdentity.class);
            assertEquals(inWorkspace, plain);
            assertNotSame(inWorkspace.email(), plain.email());
        }
    }
}
