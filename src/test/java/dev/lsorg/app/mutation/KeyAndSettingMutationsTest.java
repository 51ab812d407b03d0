package dev.lsorg.app.mutation;

import static dev.lsorg.app.mutation.MutationAssertions.ready;
import static dev.lsorg.app.mutation.MutationAssertions.refused;
import static dev.lsorg.app.mutation.MutationAssertions.request;
import static dev.lsorg.app.mutation.MutationAssertions.runOk;
import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationUpdate;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.testing.DemoOrg;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The API-key and security rows of the mutations table. */
class KeyAndSettingMutationsTest extends DemoMutationTest {
    @Test
    void createAnOrgWideKeyAndGetItsSecretOnceNeverInTheJournal() throws Exception {
        Mutation m = ready(factory.createKey("nightly audit", "Organization Viewer", null, null, 30));
        String expires = demo.clock.instant().plus(java.time.Duration.ofDays(30)).toString();
        assertEquals("Create service key 'nightly audit' for the whole org as Organization Viewer, Viewer in every"
                + " workspace, expiring " + expires.substring(0, 10), m.title());
        // Without a role_id LangSmith would make it Admin in every workspace: the least privileged one is sent.
        request(m.requests().get(0), "POST /api/v1/orgs/current/service-keys", null,
                "{\"description\":\"nightly audit\",\"expires_at\":\"" + expires + "\",\"role_id\":\""
                        + role("WORKSPACE_VIEWER") + "\",\"org_role_id\":\"" + role("ORGANIZATION_VIEWER") + "\"}");
        assertEquals(List.of("Effective access: Organization Viewer in the org; Viewer in every workspace it reaches"
                + " (role_id sent).", "Expires: " + expires.substring(0, 10) + "."), m.notes());
        Outcome o = runOk(demo, m, dir.resolve("journal.jsonl"));
        String secret = o.secret().orElseThrow();
        assertTrue(secret.startsWith("lsv2_sk_"));
        assertFalse(o.toString().contains(secret));
        assertFalse(Files.readString(dir.resolve("journal.jsonl")).contains(secret));
        APIKeyGetResponse listed = key(demo.load(), "nightly audit");
        assertEquals(role("ORGANIZATION_VIEWER"), listed.orgRoleId());
        assertEquals(role("WORKSPACE_VIEWER"), listed.roleId(), "not the server's default Admin");
    }

    @Test
    void createAWorkspaceKeyWithAWorkspaceRole() {
        TenantForUser research = DemoOrg.workspace(org, "Research");
        Mutation m = ready(factory.createKey("eval runner", null, List.of("Research"), "Editor", null));
        assertEquals("Create service key 'eval runner' for workspace Research as Editor, never expiring", m.title());
        request(m.requests().get(0), "POST /api/v1/orgs/current/service-keys", null,
                "{\"description\":\"eval runner\",\"workspaces\":[\"" + research.id() + "\"],\"role_id\":\""
                        + role("WORKSPACE_USER") + "\"}");
        runOk(demo, m, dir.resolve("j"));
        assertEquals(List.of("Research"), key(demo.load(), "eval runner").workspaceNames());
    }

    @Test
    void keyExpiryMustStayWithinTheOrgsMaximum() {
        await(demo.client.orgInfo().update(OrganizationUpdate.empty().withMaxServiceKeyExpiryDays(90)));
        MutationFactory capped = new MutationFactory(demo.client, demo.load(), false, demo.clock);
        refused(capped.createKey("k", "Organization User", null, null, 120),
                new Problem("expires_days", "the org allows at most 90 days (asked for 120)"));
        refused(capped.createKey("k", "Organization User", null, null, null),
                new Problem("expires_days", "the org requires keys to expire within 90 days"));
        refused(capped.createKey("", "Organization User", List.of("Research"), null, 10),
                new Problem("description", "describe what the key is for"),
                new Problem("org_role", "a key is either org-wide with an org role or for workspaces with a"
                        + " workspace role, not both"));
    }

    @Test
    void changeAKeysRoleWithoutRotatingIt() {
        APIKeyGetResponse billing = key(org, "billing export");
        Mutation m = ready(factory.changeKeyRole(List.of("Billing Export"), "Organization Viewer"));
        assertEquals("Change the role of service key 'billing export' to Organization Viewer (the secret stays the"
                + " same)", m.title());
        request(m.requests().get(0), "PATCH /api/v1/orgs/current/service-keys/" + billing.id(), null,
                "{\"org_role_id\":\"" + role("ORGANIZATION_VIEWER") + "\"}");
        runOk(demo, m, dir.resolve("j"));
        assertEquals(role("ORGANIZATION_VIEWER"), key(demo.load(), "billing export").orgRoleId());
    }

    @Test
    void revokeKeysByTypingTheDescription() {
        APIKeyGetResponse ci = key(org, "staging ci");
        Mutation m = ready(factory.revokeKey(List.of("staging ci")));
        assertTrue(m.destructive());
        assertEquals("staging ci", m.confirmText());
        request(m.requests().get(0), "DELETE /api/v1/orgs/current/service-keys/" + ci.id(), null, null);
        runOk(demo, m, dir.resolve("j"));
        assertTrue(demo.load().serviceKeys().stream().noneMatch(k -> k.id().equals(ci.id())));
    }

    @Test
    void anAmbiguousDescriptionIsRefusedAndTheIdWorks() {
        await(demo.client.apiKeys().createServiceKey(new dev.lsorg.model.APIKeyCreateRequest("staging ci",
                null, null, null, role("ORGANIZATION_VIEWER"), null)));
        OrgData now = demo.load();
        MutationFactory f = new MutationFactory(demo.client, now, false, demo.clock);
        refused(f.revokeKey(List.of("staging ci")),
                new Problem("keys", "2 keys are described 'staging ci'; give the key's id"));
        APIKeyGetResponse first = key(now, "staging ci");
        assertEquals(List.of("staging ci"), ready(f.revokeKey(List.of(first.id().toString()))).targets());
    }

    @Test
    void toggleSecuritySettings() {
        Mutation sharing = ready(factory.setPublicSharing(false));
        assertEquals("Disable public sharing of runs, datasets and prompts in org Acme Robotics", sharing.title());
        request(sharing.requests().get(0), "PATCH /api/v1/orgs/current/info", null,
                "{\"public_sharing_disabled\":true}");
        runOk(demo, sharing, dir.resolve("j"));
        Mutation pats = ready(factory.setPatCreation(false));
        request(pats.requests().get(0), "PATCH /api/v1/orgs/current/info", null, "{\"pat_creation_disabled\":true}");
        runOk(demo, pats, dir.resolve("j"));
        Mutation invites = ready(factory.setInvites(false));
        request(invites.requests().get(0), "PATCH /api/v1/orgs/current/info", null, "{\"invites_enabled\":false}");
        runOk(demo, invites, dir.resolve("j"));
        OrgData after = demo.load();
        assertTrue(after.info().publicSharingDisabled());
        assertTrue(after.info().patCreationDisabled());
        assertFalse(after.info().invitesEnabled());
        refused(new MutationFactory(demo.client, after, false, demo.clock).setPublicSharing(false),
                new Problem("public_sharing", "public sharing is already disabled"));
    }

    @Test
    void unshareAllNeedsTheOrgsName() {
        Mutation m = ready(factory.unshareAll());
        assertEquals("Acme Robotics", m.confirmText());
        assertFalse(m.confirmedBy("acme robotics"));
        request(m.requests().get(0), "PATCH /api/v1/orgs/current/info", null, "{\"unshare_all\":true}");
        long before = demo.emulator.unshareAllCount();
        runOk(demo, m, dir.resolve("j"));
        assertEquals(before + 1, demo.emulator.unshareAllCount());
    }

    private static APIKeyGetResponse key(OrgData o, String description) {
        return o.serviceKeys().stream().filter(k -> description.equals(k.description())).findFirst().orElseThrow();
    }

    private UUID role(String name) {
        return DemoOrg.role(org, name).id();
    }
}
