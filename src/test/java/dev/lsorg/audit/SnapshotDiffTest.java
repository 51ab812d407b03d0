package dev.lsorg.audit;

import static dev.lsorg.audit.OrgFixtures.ORG_ADMIN;
import static dev.lsorg.audit.OrgFixtures.ORG_USER;
import static dev.lsorg.audit.OrgFixtures.WS_ADMIN;
import static dev.lsorg.audit.OrgFixtures.WS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.TenantForUser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotDiffTest {

    static String json(OrgFixtures f) throws IOException {
        StringWriter out = new StringWriter();
        SnapshotFiles.write(SnapshotBuilder.of(f.build()), out);
        return out.toString();
    }

    static List<String> types(OrgFixtures before, OrgFixtures after) {
        return SnapshotDiff.between(SnapshotBuilder.of(before.build()), SnapshotBuilder.of(after.build())).stream()
                .map(c -> c.type() + " " + c.object().name() + (c.field() == null ? "" : " " + c.field() + "=" + c.after()))
                .toList();
    }

    @Test
    void sameOrgInAnyOrderGivesTheSameBytes() throws IOException {
        OrgFixtures a = OrgFixtures.clean();
        OrgFixtures b = OrgFixtures.clean();
        Collections.reverse(b.members);
        Collections.reverse(b.workspaces);
        Collections.reverse(b.serviceKeys);
        b.wsMembers.values().forEach(Collections::reverse);
        assertEquals(json(a), json(b));
        assertTrue(json(a).endsWith("}\n"));
        assertTrue(json(a).startsWith("{\n  \"format\": \"lsorg-snapshot/1\",\n  \"organization\": {"), json(a));
    }

    @Test
    void snapshotReadsBackToTheSameValueAndDiffsClean(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("org.json");
        Files.writeString(file, json(OrgFixtures.clean()));
        OrgSnapshot read = SnapshotFiles.read(file);
        assertEquals(SnapshotBuilder.of(OrgFixtures.clean().build()), read);
        assertEquals(List.of(), SnapshotDiff.between(read, SnapshotBuilder.of(OrgFixtures.clean().build())));
    }

    @Test
    void snapshotFollowsItsPublishedSchema() throws IOException {
        OrgFixtures f = OrgFixtures.clean();
        f.invite("x@example.com", ORG_USER, WS_USER, 1);
        var json = ReportJson.mapper().readTree(json(f));
        assertEquals(List.of(), List.copyOf(SchemaCheck.errors("org-snapshot.schema.json", json)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.at("/service_keys/0")).put("key", "lsv2_sk_secret");
        assertFalse(SchemaCheck.errors("org-snapshot.schema.json", json).isEmpty(), "a key field is refused");
    }

    @Test
    void readRefusesFilesThatAreNotSnapshots(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "{\"format\": \"something-else\"}");
        assertThrows(IOException.class, () -> SnapshotFiles.read(file));
    }

    @Test
    void keepsKeyMetadataButOnlyTheShortKeyAndTheDayOfLastUse() throws IOException {
        String json = json(OrgFixtures.clean());
        assertTrue(json.contains("\"short_key\": \"lsv2_sk_..."), json);
        String dayBefore = OrgFixtures.NOW.minus(java.time.Duration.ofDays(1)).toString().substring(0, 10);
        assertTrue(json.contains("\"last_used_date\": \"" + dayBefore + "\""), json);
        assertFalse(json.contains("\"key\":"));
        assertTrue(json.contains("\"public_sharing_disabled\": true"));
        assertTrue(json.contains("\"max_identities\": 50"));
    }

    @Test
    void diffNamesEachKindOfChange() {
        OrgFixtures before = OrgFixtures.clean();
        before.invite("gone@example.com", ORG_USER, null, 3);
        before.invite("joiner@example.com", ORG_USER, null, 3);
        before.serviceKeys.add(OrgFixtures.key("old key", AccessScope.WORKSPACE, null, 5, 1, 30, "Engineering"));
        before.workspace("Attic");
        OrgFixtures after = OrgFixtures.clean();
        after.invite("new2@example.com", ORG_USER, null, 0);
        after.member("joiner@example.com", ORG_USER, false);
        after.members.set(2, withRole(after.members.get(2), ORG_ADMIN));
        after.members.removeIf(m -> m.email().equals("di@example.com"));
        TenantForUser eng = after.workspaces.get(0);
        setWorkspaceRole(after, eng, "cy@example.com", WS_ADMIN);
        after.serviceKeys.add(OrgFixtures.key("new key", AccessScope.WORKSPACE, null, 0, null, 30, "Engineering"));
        renameWorkspace(after, 1, "Ops");
        after.workspace("Lab");
        after.set("public_sharing_disabled", false);
        assertEquals(List.of(
                "setting.changed Acme public_sharing_disabled=false",
                "workspace.deleted Attic",
                "workspace.created Lab",
                "workspace.renamed Ops display_name=Ops",
                "workspace-member.role-changed cy@example.com in Engineering role=WORKSPACE_ADMIN",
                "member.org-role-changed cy@example.com org_role=ORGANIZATION_ADMIN",
                "member.removed di@example.com",
                "member.added joiner@example.com org_role=ORGANIZATION_USER",
                "invite.revoked gone@example.com",
                "invite.accepted joiner@example.com",
                "invite.sent new2@example.com org_role=ORGANIZATION_USER",
                "key.created new key (" + after.serviceKeys.get(2).shortKey() + ") role=WORKSPACE_ADMIN",
                "key.revoked old key (" + before.serviceKeys.get(2).shortKey() + ")"), types(before, after));
    }

    @Test
    void renamingAWorkspaceIsOneChangeEvenForKeysListedByItsName() {
        OrgFixtures before = OrgFixtures.clean();
        OrgFixtures after = OrgFixtures.clean();
        renameWorkspace(after, 1, "Ops");
        assertEquals(List.of("workspace.renamed Ops display_name=Ops"), types(before, after));
    }

    @Test
    void movingAKeyToAnotherWorkspaceIsAKeyChange() {
        OrgFixtures before = OrgFixtures.clean();
        OrgFixtures after = OrgFixtures.clean();
        after.serviceKeys.set(1, OrgFixtures.key("ops bot", AccessScope.WORKSPACE, null, 20, 2, 100, "Engineering"));
        assertEquals(List.of("key.changed ops bot (" + after.serviceKeys.get(1).shortKey() + ") workspaces=Engineering"),
                types(before, after));
    }

    @Test
    void diffIgnoresKeyUseButSeesDisabling() {
        OrgFixtures before = OrgFixtures.clean();
        OrgFixtures after = OrgFixtures.clean();
        after.serviceKeys.set(0, OrgFixtures.key("ci", AccessScope.WORKSPACE, null, 30, 0, 60, "Engineering"));
        after.members.set(3, disabled(after.members.get(3)));
        assertEquals(List.of("member.disabled di@example.com"), types(before, after));
    }

    @Test
    void diffWritersShowEveryChange() throws IOException {
        OrgFixtures before = OrgFixtures.clean();
        OrgFixtures after = OrgFixtures.clean();
        after.member("x|y@example.com", ORG_USER, false);
        after.set("sso_only", false);
        DiffReport report = DiffReport.of("old.json", "new.json",
                SnapshotDiff.between(SnapshotBuilder.of(before.build()), SnapshotBuilder.of(after.build())));
        StringWriter text = new StringWriter();
        report.write(DiffReport.Format.TEXT, text);
        assertEquals("lsorg diff: old.json -> new.json\n2 changes\n\n"
                + "~ setting.changed  organization  Acme  sso_only: true -> false\n"
                + "+ member.added     member        x|y@example.com  org_role: ORGANIZATION_USER\n", text.toString());
        StringWriter md = new StringWriter();
        report.write(DiffReport.Format.MARKDOWN, md);
        assertTrue(md.toString().contains("| `member.added` | member **x\\|y@example.com** | org\\_role |  | ORGANIZATION\\_USER |"), md.toString());
        StringWriter json = new StringWriter();
        report.write(DiffReport.Format.JSON, json);
        var tree = ReportJson.mapper().readTree(json.toString());
        assertEquals(2, tree.get("changes").size());
        assertEquals(List.of(), List.copyOf(SchemaCheck.errors("snapshot-diff.schema.json", tree)));
    }

    private static OrgMemberIdentity withRole(OrgMemberIdentity m, dev.lsorg.model.Role role) {
        return new OrgMemberIdentity(m.id(), m.organizationId(), m.tenantId(), m.createdAt(), m.userId(), m.lsUserId(),
                m.readOnly(), role.id(), role.name(), m.accessScope(), m.email(), m.fullName(), m.avatarUrl(),
                m.linkedLoginMethods(), m.displayName(), m.isDisabled(), role.id(), role.name(), m.tenantIds());
    }

    private static OrgMemberIdentity disabled(OrgMemberIdentity m) {
        return new OrgMemberIdentity(m.id(), m.organizationId(), m.tenantId(), m.createdAt(), m.userId(), m.lsUserId(),
                m.readOnly(), m.roleId(), m.roleName(), m.accessScope(), m.email(), m.fullName(), m.avatarUrl(),
                m.linkedLoginMethods(), m.displayName(), true, m.orgRoleId(), m.orgRoleName(), m.tenantIds());
    }

    /** Renames a workspace as LangSmith would show it: the workspace and every key listing it by name. */
    private static void renameWorkspace(OrgFixtures f, int index, String name) {
        String old = f.workspaces.get(index).displayName();
        f.workspaces.set(index, renamed(f.workspaces.get(index), name));
        f.serviceKeys.replaceAll(k -> !k.workspaceNames().contains(old) ? k : new APIKeyGetResponse(k.createdAt(),
                k.id(), k.shortKey(), k.description(), false, k.lastUsedAt(), k.expiresAt(),
                k.workspaceNames().stream().map(n -> n.equals(old) ? name : n).toList(), null, k.roleId(),
                k.orgRoleId(), k.accessScope()));
    }

    private static TenantForUser renamed(TenantForUser w, String name) {
        return new TenantForUser(w.id(), w.organizationId(), w.createdAt(), name, w.isPersonal(), w.isDeleted(),
                w.tenantHandle(), w.dataPlaneUrl(), w.readOnly(), w.roleId(), w.roleName(), w.permissions());
    }

    private static void setWorkspaceRole(OrgFixtures f, TenantForUser w, String email, dev.lsorg.model.Role role) {
        List<MemberIdentity> list = f.wsMembers.get(w.id());
        for (int i = 0; i < list.size(); i++) {
            MemberIdentity m = list.get(i);
            if (m.email().equals(email)) {
                list.set(i, OrgFixtures.workspaceMember(w, email, m.userId(), m.lsUserId(), role, m.isDisabled()));
            }
        }
    }
}
