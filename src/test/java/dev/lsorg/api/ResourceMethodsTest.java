package dev.lsorg.api;

import static dev.lsorg.api.Fixture.failure;
import static dev.lsorg.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.APIKeyCreateRequest;
import dev.lsorg.model.APIKeyCreateResponse;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.APIKeyUpdateRequest;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.CreateRoleRequest;
import dev.lsorg.model.Identity;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.OrganizationMembers;
import dev.lsorg.model.OrganizationUpdate;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.PendingIdentityCreate;
import dev.lsorg.model.PendingIdentityPatch;
import dev.lsorg.model.Role;
import dev.lsorg.model.Tenant;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import dev.lsorg.model.UpdateRoleRequest;
import dev.lsorg.model.WorkspaceCreate;
import dev.lsorg.model.WorkspaceInviteResult;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every resource method of the client against the demo emulator, with the state change read back. */
class ResourceMethodsTest extends DemoFixtureTest {
    static LangSmithClient client;

    @BeforeAll
    static void useAdminClient() {
        client = fx.client;
    }

    static Role role(String name) {
        return await(client.roles().list()).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    static UUID liveWorkspace() {
        return await(client.workspaces().list(false)).get(0).id();
    }

    @Test
    void discoversTheOrganization() {
        try (LangSmithClient c = fx.client(fx.config(fx.emulator.keys().orgAdminKey()).withOrganizationId(null))) {
            assertEquals(fx.emulator.organizationId(), await(c.organizationId()));
            assertEquals(fx.emulator.organizationId(), await(c.orgMembers().listPaged()).organizationId());
        }
    }

    @Test
    void workspacesListGetCreateRenameDelete() {
        List<TenantForUser> live = await(client.workspaces().list(false));
        List<TenantForUser> all = await(client.workspaces().list(true));
        assertTrue(all.size() > live.size(), "the demo org has a deleted workspace");
        assertTrue(live.stream().noneMatch(TenantForUser::isDeleted));
        assertEquals(live.get(0).displayName(), await(client.workspaces().get(live.get(0).id())).displayName());

        Tenant created = await(client.workspaces().create(new WorkspaceCreate(null, "Client Test", null)));
        assertEquals("Client Test", created.displayName());
        Tenant renamed = await(client.workspaces().rename(created.id(), "Client Test 2"));
        assertEquals("Client Test 2", renamed.displayName());
        await(client.workspaces().delete(created.id()));
        assertTrue(await(client.workspaces().list(true)).stream().anyMatch(w -> w.id().equals(created.id()) && w.isDeleted()));
        assertTrue(await(client.workspaces().list(false)).stream().noneMatch(w -> w.id().equals(created.id())));
    }

    @Test
    void rolesListBothScopes() {
        List<Role> roles = await(client.roles().list());
        assertFalse(RolesApi.ofScope(roles, AccessScope.ORGANIZATION).isEmpty());
        assertFalse(RolesApi.ofScope(roles, AccessScope.WORKSPACE).isEmpty());
        assertTrue(roles.stream().anyMatch(r -> r.name().equals("WORKSPACE_VIEWER")));
    }

    @Test
    void customRolesAreCreatedReplacedAndDeletedAndARoleInUseIsRefusedWithTheServersReason() {
        Role created = await(client.roles().create(new CreateRoleRequest("Client Auditor", "reads runs",
                List.of("workspaces:read", "runs:read"))));
        assertEquals(fx.emulator.organizationId(), created.organizationId());
        assertEquals(AccessScope.WORKSPACE, created.accessScope());
        Role updated = await(client.roles().update(created.id(), new UpdateRoleRequest("Client Auditor 2",
                "reads runs and datasets", List.of("workspaces:read", "runs:read", "datasets:read"))));
        assertEquals(List.of("workspaces:read", "runs:read", "datasets:read"), updated.permissions());
        assertTrue(await(client.roles().list()).stream().anyMatch(r -> r.id().equals(created.id())
                && r.displayName().equals("Client Auditor 2") && r.description().equals("reads runs and datasets")));
        assertEquals(created.id(), await(client.roles().delete(created.id())).id());
        assertTrue(await(client.roles().list()).stream().noneMatch(r -> r.id().equals(created.id())));
        ApiError inUse = failure(client.roles().delete(role("CUSTOM").id()));
        assertInstanceOf(ApiError.Conflict.class, inUse);
        assertEquals("Conflict with the current state of the org: Role 'Annotator' is in use by 2 workspace members"
                + " and cannot be deleted; assign them another role first", inUse.message());
        assertInstanceOf(ApiError.NotFound.class, failure(client.roles().delete(created.id())));
        assertInstanceOf(ApiError.Validation.class, failure(client.roles().update(role("WORKSPACE_VIEWER").id(),
                new UpdateRoleRequest("Viewer", "x", List.of()))), "system roles cannot be changed");
    }

    @Test
    void orgMemberListsAgree() {
        OrganizationMembers whole = await(client.orgMembers().list());
        OrganizationMembers paged = await(client.orgMembers().listPaged());
        assertEquals(fx.emulator.organizationId(), paged.organizationId());
        assertEquals(ids(whole.members()), ids(paged.members()));
        assertEquals(whole.pending().stream().map(OrgPendingIdentity::id).sorted().toList(),
                paged.pending().stream().map(OrgPendingIdentity::id).sorted().toList());
        List<OrgMemberIdentity> page = await(client.orgMembers().activePage(MemberQuery.all(), 0, 5));
        assertEquals(5, page.size());
        String email = page.get(0).email();
        assertEquals(List.of(email), await(client.orgMembers().active(MemberQuery.byEmails(List.of(email))))
                .stream().map(OrgMemberIdentity::email).toList());
        assertTrue(await(client.orgMembers().pendingPage(MemberQuery.all(), 0, 500)).size() >= 1);
        assertEquals(paged.pending().size(), await(client.orgMembers().pending(MemberQuery.all())).size());
        assertTrue(await(client.orgMembers().active(MemberQuery.search("zzz-nobody-zzz"))).isEmpty());
    }

    @Test
    void inviteChangeAndRevokeAPendingInvite() {
        Role user = role("ORGANIZATION_USER");
        Role viewer = role("ORGANIZATION_VIEWER");
        PendingIdentity invite = await(client.orgMembers().invite(
                new PendingIdentityCreate("one.invite@example.org", user.id(), null, null, null, null, null)));
        assertEquals("one.invite@example.org", invite.email());
        OrgPendingIdentity changed = await(client.orgMembers().changePendingRole(invite.id(),
                new PendingIdentityPatch(viewer.id(), null)));
        assertEquals(viewer.id(), changed.roleId());
        await(client.orgMembers().revokePending(invite.id()));
        assertTrue(await(client.orgMembers().pending(MemberQuery.all())).stream().noneMatch(p -> p.id().equals(invite.id())));
    }

    @Test
    void batchInvitesAreChunkedAt500() {
        Role user = role("ORGANIZATION_USER");
        List<PendingIdentityCreate> invites = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            invites.add(new PendingIdentityCreate("batch" + i + "@example.org", user.id(), null, null, null, null, null));
        }
        List<PendingIdentity> done = await(client.orgMembers().inviteBatch(invites));
        assertEquals(List.of("batch0@example.org", "batch1@example.org"), done.stream().map(PendingIdentity::email).toList());
        List<PendingIdentityCreate> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(new PendingIdentityCreate("many" + i + "@example.org", user.id(), null, null, null, null, null));
        }
        List<ApiRequest<List<PendingIdentity>>> requests = client.orgMembers().inviteBatchRequests(many);
        assertEquals(List.of(500, 500, 1), requests.stream().map(r -> ((List<?>) r.body()).size()).toList());
    }

    @Test
    void changeOrgRoleAndRemoveAMember() {
        Role viewer = role("ORGANIZATION_VIEWER");
        PendingIdentity invite = await(client.orgMembers().invite(new PendingIdentityCreate("accepting@example.org",
                role("ORGANIZATION_USER").id(), null, null, null, null, null)));
        UUID identity = accept(invite.id());
        await(client.orgMembers().changeRole(identity, viewer.id()));
        OrgMemberIdentity after = await(client.orgMembers().active(MemberQuery.byEmails(List.of("accepting@example.org")))).get(0);
        assertEquals(viewer.id(), after.roleId());
        await(client.orgMembers().remove(identity));
        assertTrue(await(client.orgMembers().active(MemberQuery.byEmails(List.of("accepting@example.org")))).isEmpty());
    }

    @Test
    void workspaceMembersListAddChangeRemove() {
        UUID ws = await(client.workspaces().create(new WorkspaceCreate(null, "Members Test", null))).id();
        TenantMembers before = await(client.workspaceMembers().list(ws));
        assertEquals(ws, before.tenantId());
        PendingIdentity invite = await(client.orgMembers().invite(new PendingIdentityCreate("ws.member@example.org",
                role("ORGANIZATION_USER").id(), null, null, null, null, null)));
        UUID orgIdentity = accept(invite.id());
        Identity added = await(client.workspaceMembers().add(ws, orgIdentity, role("WORKSPACE_USER").id()));
        assertEquals(ws, added.tenantId());
        List<MemberIdentity> active = await(client.workspaceMembers().active(ws, MemberQuery.all()));
        assertTrue(active.stream().anyMatch(m -> m.id().equals(added.id())));
        assertEquals(1, await(client.workspaceMembers().activePage(ws, MemberQuery.byEmails(List.of("ws.member@example.org")), 0, 10)).size());
        await(client.workspaceMembers().changeRole(ws, added.id(), role("WORKSPACE_VIEWER").id()));
        MemberIdentity changed = await(client.workspaceMembers().list(ws)).members().stream()
                .filter(m -> m.id().equals(added.id())).findFirst().orElseThrow();
        assertEquals(role("WORKSPACE_VIEWER").id(), changed.roleId());
        await(client.workspaceMembers().remove(ws, added.id()));
        assertTrue(await(client.workspaceMembers().list(ws)).members().stream().noneMatch(m -> m.id().equals(added.id())));
    }

    @Test
    void workspaceInvitesBatchChangeAndRevoke() {
        UUID ws = await(client.workspaces().create(new WorkspaceCreate(null, "Invites Test", null))).id();
        List<WorkspaceInviteResult> sent = await(client.workspaceMembers().inviteBatch(ws, List.of(
                new PendingIdentityCreate("ws.invite@example.org", role("ORGANIZATION_USER").id(), null, List.of(ws),
                        role("WORKSPACE_USER").id(), null, null))));
        assertEquals(1, sent.size());
        List<PendingIdentity> pending = await(client.workspaceMembers().pending(ws, MemberQuery.all()));
        PendingIdentity p = pending.stream().filter(x -> x.email().equals("ws.invite@example.org")).findFirst().orElseThrow();
        assertEquals(1, await(client.workspaceMembers().pendingPage(ws, MemberQuery.all(), 0, 50)).size());
        assertEquals(role("WORKSPACE_USER").id(), p.roleId());
        PendingIdentity changed = await(client.workspaceMembers().changePendingRole(ws, p.id(),
                new PendingIdentityPatch(role("WORKSPACE_VIEWER").id(), null)));
        assertEquals(p.id(), changed.id());
        assertEquals(role("WORKSPACE_VIEWER").id(), changed.roleId());
        assertEquals(role("WORKSPACE_VIEWER").id(), await(client.workspaceMembers().pending(ws, MemberQuery.all()))
                .stream().filter(x -> x.id().equals(p.id())).findFirst().orElseThrow().roleId(), "the server kept it");
        await(client.workspaceMembers().revokePending(ws, p.id()));
        assertTrue(await(client.workspaceMembers().pending(ws, MemberQuery.all())).stream().noneMatch(x -> x.id().equals(p.id())));
    }

    @Test
    void serviceKeysCreateUpdateDelete() {
        List<APIKeyGetResponse> before = await(client.apiKeys().listServiceKeys(List.of()));
        APIKeyCreateResponse created = await(client.apiKeys().createServiceKey(new APIKeyCreateRequest("ci key",
                fx.clock.instant().plus(30, ChronoUnit.DAYS), null, null, role("ORGANIZATION_VIEWER").id(), null)));
        assertNotNull(created.key());
        assertFalse(created.toString().contains(created.key()), "the secret never appears in toString");
        assertEquals(before.size() + 1, await(client.apiKeys().listServiceKeys(List.of())).size());
        APIKeyGetResponse updated = await(client.apiKeys().updateServiceKey(created.id(),
                new APIKeyUpdateRequest(null, role("ORGANIZATION_USER").id())));
        assertEquals(role("ORGANIZATION_USER").id(), updated.orgRoleId());
        assertEquals(created.id(), await(client.apiKeys().deleteServiceKey(created.id())).id());
        assertEquals(before.size(), await(client.apiKeys().listServiceKeys(List.of())).size());
    }

    @Test
    void serviceKeysFilteredByWorkspaceAreExactlyThatWorkspacesKeys() {
        TenantForUser ws = await(client.workspaces().list(false)).stream().filter(w -> !w.isDeleted()).findFirst()
                .orElseThrow();
        APIKeyCreateResponse mine = await(client.apiKeys().createServiceKey(new APIKeyCreateRequest("filter probe",
                null, List.of(ws.id()), role("WORKSPACE_VIEWER").id(), null, null)));
        List<APIKeyGetResponse> all = await(client.apiKeys().listServiceKeys(List.of()));
        List<UUID> expected = all.stream().filter(k -> k.workspaceNames() != null
                && k.workspaceNames().contains(ws.displayName())).map(APIKeyGetResponse::id).sorted().toList();
        List<UUID> filtered = await(client.apiKeys().listServiceKeys(List.of(ws.id()))).stream()
                .map(APIKeyGetResponse::id).sorted().toList();
        assertTrue(filtered.contains(mine.id()), "the key made for the workspace is listed");
        assertEquals(expected, filtered);
        assertTrue(filtered.size() < all.size(), "org-wide and other workspaces' keys are left out");
    }

    @Test
    void workspaceKeysCreateListDelete() {
        UUID ws = liveWorkspace();
        int before = await(client.apiKeys().listWorkspaceKeys(ws)).size();
        APIKeyCreateResponse created = await(client.apiKeys().createWorkspaceKey(ws,
                new APIKeyCreateRequest("ws key", null, null, null, null, null)));
        assertEquals(before + 1, await(client.apiKeys().listWorkspaceKeys(ws)).size());
        assertEquals(created.id(), await(client.apiKeys().deleteWorkspaceKey(ws, created.id())).id());
        assertEquals(before, await(client.apiKeys().listWorkspaceKeys(ws)).size());
    }

    @Test
    void personalAccessTokensAreListedAsTheServerHoldsThem() {
        List<APIKeyGetResponse> pats = await(client.apiKeys().listAllPersonalAccessTokens());
        com.fasterxml.jackson.databind.JsonNode raw = new dev.lsorg.testing.TestHttp(fx.emulator.endpoint())
                .with("X-API-Key", fx.emulator.keys().orgAdminKey())
                .get("/api/v1/orgs/current/members/personal-access-tokens").json();
        assertTrue(await(client.apiKeys().listPersonalAccessTokens()).isEmpty(), "a service key owns no PATs");
        assertFalse(pats.isEmpty(), "the demo org has PATs");
        assertEquals(raw.size(), pats.size());
        for (int i = 0; i < pats.size(); i++) {
            assertEquals(raw.get(i).get("id").asText(), pats.get(i).id().toString());
            assertEquals(raw.get(i).get("short_key").asText(), pats.get(i).shortKey());
            assertEquals(raw.get(i).get("description").asText(), pats.get(i).description());
            assertTrue(pats.get(i).shortKey().startsWith("lsv2_pt_..."), pats.get(i).shortKey());
        }
    }

    @Test
    void orgInfoGetUpdateAndUnshareAll() {
        OrganizationInfo info = await(client.orgInfo().get());
        assertEquals(fx.emulator.organizationName(), info.displayName());
        OrganizationInfo changed = await(client.orgInfo().update(OrganizationUpdate.empty()
                .withPublicSharingDisabled(!info.publicSharingDisabled())));
        assertEquals(!info.publicSharingDisabled(), changed.publicSharingDisabled());
        long unshares = fx.emulator.unshareAllCount();
        await(client.orgInfo().unshareAll());
        assertEquals(unshares + 1, fx.emulator.unshareAllCount());
        await(client.orgInfo().update(OrganizationUpdate.empty().withPublicSharingDisabled(info.publicSharingDisabled())));
    }

    @Test
    void aBuiltRequestIsSentAsIs() {
        ApiRequest<Tenant> request = client.workspaces().createRequest(new WorkspaceCreate(null, "Via Send", null));
        Tenant t = await(client.send(request));
        assertEquals("Via Send", t.displayName());
        assertInstanceOf(ApiError.Conflict.class, failure(client.workspaces()
                .create(new WorkspaceCreate(t.id(), "Same Id", null))));
    }

    static UUID accept(UUID pendingId) {
        return InviteAcceptor.accept(fx, pendingId);
    }

    static List<UUID> ids(List<OrgMemberIdentity> members) {
        return members.stream().map(OrgMemberIdentity::id).sorted().toList();
    }
}
