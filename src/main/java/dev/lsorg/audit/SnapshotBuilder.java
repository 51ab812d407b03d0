package dev.lsorg.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.SortedMap;
import java.util.TreeMap;

/** Turns a loaded org into an {@link OrgSnapshot}: picks the fields worth keeping, names roles, sorts everything. */
public final class SnapshotBuilder {
    /** The org-info fields a snapshot keeps: every setting that changes who can do or see what. */
    static final List<String> SETTINGS = List.of("public_sharing_disabled", "pat_creation_disabled", "sso_only",
            "sso_login_slug", "jit_provisioning_enabled", "invites_enabled", "workspace_admin_can_invite_to_org",
            "default_sso_provision", "max_api_key_expiry_days", "max_pat_expiry_days", "max_service_key_expiry_days",
            "security_contact", "ip_allowlist_enabled", "ip_allowlist", "disabled_model_providers", "disabled",
            "member_disabled");
    /** The plan fields a snapshot keeps. */
    static final List<String> PLAN = List.of("tier", "config.plan_tier", "config.max_identities",
            "config.max_workspaces", "config.can_use_rbac", "config.can_use_saml_sso");

    private final AuditContext context;
    private final OrgData data;

    private SnapshotBuilder(OrgData data) {
        this.data = data;
        this.context = new AuditContext(data, data.loadedAt() == null ? Instant.EPOCH : data.loadedAt(),
                Thresholds.defaults());
    }

    /** The snapshot of {@code data}. */
    public static OrgSnapshot of(OrgData data) {
        return new SnapshotBuilder(data).build();
    }

    private OrgSnapshot build() {
        return new OrgSnapshot(OrgSnapshot.FORMAT, organization(),
                sorted(AuditContext.list(data.roles()).stream().map(this::role).toList(),
                        Comparator.comparing(OrgSnapshot.RoleEntry::name).thenComparing(OrgSnapshot.RoleEntry::id)),
                byLower(AuditContext.list(data.workspaces()).stream().map(this::workspace).toList(),
                        OrgSnapshot.Workspace::displayName, OrgSnapshot.Workspace::id),
                byLower(context.members().stream().map(this::member).toList(), OrgSnapshot.Member::email,
                        OrgSnapshot.Member::id),
                byLower(context.invites().stream().map(this::invite).toList(), OrgSnapshot.Invite::email,
                        OrgSnapshot.Invite::id),
                keys(context.serviceKeys()), keys(context.personalAccessTokens()),
                data.patCoverage().allMembers(), data.patCoverage().notice());
    }

    private OrgSnapshot.Organization organization() {
        JsonNode info = data.info() == null ? ReportJson.mapper().createObjectNode() : ReportJson.mapper().valueToTree(data.info());
        return new OrgSnapshot.Organization(text(info.get("id")), text(info.get("display_name")),
                pick(info, SETTINGS), pick(info, PLAN));
    }

    private static SortedMap<String, JsonNode> pick(JsonNode info, List<String> paths) {
        SortedMap<String, JsonNode> out = new TreeMap<>();
        for (String path : paths) {
            JsonNode value = info.at("/" + path.replace('.', '/'));
            out.put(path.substring(path.lastIndexOf('.') + 1), value.isMissingNode() ? ReportJson.mapper().nullNode() : value);
        }
        return out;
    }

    private OrgSnapshot.RoleEntry role(Role r) {
        return new OrgSnapshot.RoleEntry(str(r.id()), r.name(), r.displayName(),
                r.accessScope() == null ? null : r.accessScope().name().toLowerCase(Locale.ROOT),
                r.organizationId() != null, AuditContext.list(r.permissions()).stream().sorted().toList());
    }

    private OrgSnapshot.Workspace workspace(TenantForUser w) {
        TenantMembers tm = data.workspaceMembers() == null ? null : data.workspaceMembers().get(w.id());
        List<MemberIdentity> members = tm == null ? List.of() : AuditContext.list(tm.members());
        List<PendingIdentity> pending = tm == null ? List.of() : AuditContext.list(tm.pending());
        return new OrgSnapshot.Workspace(str(w.id()), w.displayName(), w.tenantHandle(), w.isDeleted(),
                byLower(members.stream().map(m -> new OrgSnapshot.WorkspaceMember(m.email(), str(m.id()),
                        context.roleName(m.roleId(), m.roleName()))).toList(), OrgSnapshot.WorkspaceMember::email,
                        OrgSnapshot.WorkspaceMember::identityId),
                byLower(pending.stream().map(p -> new OrgSnapshot.WorkspaceMember(p.email(), str(p.id()),
                        context.roleName(p.roleId(), p.roleName()))).toList(), OrgSnapshot.WorkspaceMember::email,
                        OrgSnapshot.WorkspaceMember::identityId));
    }

    private OrgSnapshot.Member member(OrgMemberIdentity m) {
        String name = m.displayName() != null ? m.displayName() : m.fullName();
        return new OrgSnapshot.Member(m.email(), str(m.id()), name, context.roleName(m.roleId(), m.roleName()),
                m.isDisabled());
    }

    private OrgSnapshot.Invite invite(OrgPendingIdentity p) {
        String orgRole = p.roleId() != null ? context.roleName(p.roleId(), p.roleName())
                : context.roleName(p.orgRoleId(), p.orgRoleName());
        return new OrgSnapshot.Invite(p.email(), str(p.id()), orgRole,
                AuditContext.list(p.workspaceIds()).stream().map(SnapshotBuilder::str).sorted().toList(),
                context.roleName(p.workspaceRoleId(), p.workspaceRoleName()), time(p.createdAt()));
    }

    private List<OrgSnapshot.Key> keys(List<APIKeyGetResponse> keys) {
        return byLower(keys.stream().map(this::key).toList(), OrgSnapshot.Key::description, OrgSnapshot.Key::id);
    }

    private OrgSnapshot.Key key(APIKeyGetResponse k) {
        return new OrgSnapshot.Key(str(k.id()), k.shortKey(), k.description(),
                k.accessScope() == null ? null : k.accessScope().name().toLowerCase(Locale.ROOT),
                context.roleName(k.roleId(), str(k.roleId())), context.roleName(k.orgRoleId(), str(k.orgRoleId())),
                workspaceIds(k),
                AuditContext.list(k.workspaceNames()).stream().sorted().toList(), k.defaultWorkspaceName(),
                time(k.createdAt()), time(k.expiresAt()),
                k.lastUsedAt() == null ? null : LocalDate.ofInstant(k.lastUsedAt(), ZoneOffset.UTC).toString(),
                k.createdBy());
    }

    /**
     * The key's workspaces by id: from the workspaces' own key lists where loaded, else from its names; a name no
     * live workspace or several have stays {@code name:X} (never guessed).
     */
    private List<String> workspaceIds(APIKeyGetResponse k) {
        AuditContext.KeyWorkspaces where = context.keyWorkspaces(k);
        List<String> ids = new java.util.ArrayList<>(where.ids().stream().map(SnapshotBuilder::str).toList());
        where.ambiguous().forEach(name -> ids.add("name:" + name));
        for (String name : AuditContext.list(k.workspaceNames())) {
            if (!context.hasLiveWorkspaceNamed(name)) {
                ids.add("name:" + name);
            }
        }
        return ids.stream().distinct().sorted().toList();
    }

    private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
        return values.stream().sorted(order).toList();
    }

    /**
     * {@code values} by {@code text} ignoring case, ties by {@code id}: each text is lower-cased once, not at every
     * comparison (50,000 members were lower-cased some 1.6 million times).
     */
    private static <T> List<T> byLower(List<T> values, Function<T, String> text, Function<T, String> id) {
        record Keyed<T>(String key, String id, T value) {
        }
        Comparator<Keyed<T>> order = Comparator.comparing((Keyed<T> k) -> k.key())
                .thenComparing(Keyed::id, Comparator.nullsFirst(Comparator.naturalOrder()));
        return values.stream().map(v -> new Keyed<>(lower(text.apply(v)), id.apply(v), v)).sorted(order)
                .map(Keyed::value).toList();
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
