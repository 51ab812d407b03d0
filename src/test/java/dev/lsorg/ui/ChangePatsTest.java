package dev.lsorg.ui;

import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.lsorg.api.AuditLogQuery;
import dev.lsorg.app.OrgReader;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.mutation.Mutation;
import dev.lsorg.emulator.RequestLog;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.ActivityLog;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal access tokens revoked from the console at 80x24: x on a PAT row of the Keys pane (typed, the owner named,
 * or "owner unknown" where the listing does not say), and from the Audit pane's finding, whose Enter lands on the
 * token's row so that x works from there.
 */
class ChangePatsTest {
    @TempDir
    Path dir;

    private static APIKeyGetResponse listed(ChangeHarness c, String description) {
        return await(c.reader.apiKeys().listOrgPersonalAccessTokens()).tokens().stream()
                .filter(k -> k.description().equals(description)).findFirst().orElseThrow();
    }

    private static List<RequestLog.Entry> revocations(ChangeHarness c) {
        return c.changes().stream().filter(e -> e.path().endsWith("/revocation")).toList();
    }

    @Test
    void xOnATokenRowRevokesItWithItsOwnerNamedAndTheRowTurnsExpired() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("4G g x");
            assertEquals("Mark only service keys or only personal access tokens", c.state().status().text());
            c.h.press(KeyType.Escape);
            c.select('4', "cli");
            c.h.type("o");
            assertEquals("A personal access token acts with its owner's roles: change the owner's role in Members",
                    c.state().status().text());
            c.h.type("x");
            Mutation m = c.confirming();
            c.assertScreenHas(" Confirm: revoke pat (cannot be undone)");
            assertTrue(c.h.text().matches("(?s).* Revoke personal access token 'cli' \\(lsv2_pt_\\.\\.\\.\\w{4}\\) of\n"
                    + " +[a-z]+\\.[a-z]+@acme-robotics\\.com; it stops working at once .*"), c.h.text());
            c.assertScreenHas("Type 'cli' to confirm:");
            c.assertScreenHas("/api/v1/orgs/current/personal-access-tokens/");
            assertEquals(List.of(), c.changes());
            c.h.type("cli");
            c.h.press(KeyType.Tab, KeyType.Enter);
            c.awaitOutcome();
            List<RequestLog.Entry> sent = revocations(c);
            assertEquals(1, sent.size());
            assertEquals(200, sent.get(0).status());
            ChangeHarness.sentAsShown(m.previews().get(0), sent.get(0));
            assertEquals(c.org.clock.instant(), listed(c, "cli").expiresAt(), "kept, expired at the revocation");
            c.assertScreenHas("Done: Revoke personal access token 'cli'");
            assertTrue(c.h.text().matches("(?s).*\ncli +PAT +org-wide .* expired\n.*"), c.h.text());
        }
    }

    @Test
    void aTokenWhoseOwnerTheListingDoesNotNameSaysOwnerUnknown() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir, ChangeHarness.Setup.reading(ChangePatsTest::withoutOwners))) {
            c.select('4', "cli");
            c.h.type("x");
            c.assertScreenHas("Revoke personal access token 'cli' (lsv2_pt_...");
            c.assertScreenHas(" Revoke personal access token 'cli' (lsv2_pt_...");
            String title = c.confirming().title();
            assertTrue(title.matches("Revoke personal access token 'cli' \\(lsv2_pt_\\.\\.\\.\\w{4}\\), owner"
                    + " unknown; it stops working at once and stays listed as expired"), title);
        }
    }

    @Test
    void enterOnAPatFindingLandsOnTheTokenAndXRevokesIt() throws Exception {
        try (ChangeHarness c = new ChangeHarness(dir)) {
            c.h.type("8");
            c.h.waitFor(" Audit 8 high");
            c.h.type("/pat-of-disabled");
            c.h.press(KeyType.Enter, KeyType.Enter);
            APIKeyGetResponse old = listed(c, "old laptop");
            assertEquals(PaneId.API_KEYS, c.state().pane());
            assertEquals(old.id().toString(), c.state().paneState(PaneId.API_KEYS).selectedId());
            c.h.type("x");
            assertTrue(c.confirming().title().startsWith("Revoke personal access token 'old laptop'"),
                    c.confirming().title());
            c.assertScreenHas("Type 'old laptop' to confirm:");
            c.h.type("old laptop");
            c.h.press(KeyType.Tab, KeyType.Enter);
            c.awaitOutcome();
            assertEquals(List.of("/api/v1/orgs/current/personal-access-tokens/" + old.id() + "/revocation"),
                    revocations(c).stream().map(RequestLog.Entry::path).toList());
            c.assertScreenHas("Done: Revoke personal access token 'old laptop'");
        }
    }

    /** The org as a LangSmith that lists tokens without {@code created_by} (the field is not in the spec). */
    static OrgReader withoutOwners(OrgReader r) {
        return new OrgReader() {
            @Override
            public Future<OrganizationInfo> orgInfo() {
                return r.orgInfo();
            }

            @Override
            public Future<List<TenantForUser>> workspaces() {
                return r.workspaces();
            }

            @Override
            public Future<List<Role>> roles() {
                return r.roles();
            }

            @Override
            public Future<OrganizationMembers> orgMembers() {
                return r.orgMembers();
            }

            @Override
            public Future<TenantMembers> workspaceMembers(UUID workspace) {
                return r.workspaceMembers(workspace);
            }

            @Override
            public Future<ActivityLog> activity(AuditLogQuery query, int max) {
                return r.activity(query, max);
            }

            @Override
            public Future<OrgData> apiKeys() {
                return r.apiKeys().map(k -> k.withKeys(k.serviceKeys(), k.personalAccessTokens().stream()
                        .map(ChangePatsTest::ownerless).toList(), k.patCoverage()));
            }

            @Override
            public Failure describe(Throwable error) {
                return r.describe(error);
            }
        };
    }

    private static APIKeyGetResponse ownerless(APIKeyGetResponse k) {
        return new APIKeyGetResponse(k.createdAt(), k.id(), k.shortKey(), k.description(), k.readOnly(),
                k.lastUsedAt(), k.expiresAt(), k.workspaceNames(), k.defaultWorkspaceName(), k.roleId(),
                k.orgRoleId(), k.accessScope(), null);
    }
}
