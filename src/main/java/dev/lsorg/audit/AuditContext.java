package dev.lsorg.audit;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.OrganizationInfo;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every audit rule reads: the loaded org, the audit's clock and thresholds, and the look-ups the rules share
 * (roles by id, org members by user, live workspaces, the org's service keys without duplicates). Null lists from
 * the API are treated as empty here, once, so rules never check for null.
 */
public final class AuditContext {
    /** The system org role that grants everything. */
    public static final String ORG_ADMIN = "ORGANIZATION_ADMIN";
    /** The system workspace role that manages a workspace. */
    public static final String WORKSPACE_ADMIN = "WORKSPACE_ADMIN";

    private final OrgData data;
    private final Instant now;
    private final Thresholds thresholds;
    private final Map<UUID, Role> rolesById;
    private final List<TenantForUser> liveWorkspaces;
    private final Map<Object, OrgMemberIdentity> membersByUser = new HashMap<>();
    private final Map<UUID, Set<UUID>> workspacesByMember = new HashMap<>();
    private boolean indexed;
    private final ActivityEvidence activity;
    private ActivityNames names;
    private Map<UUID, Set<UUID>> workspacesByKey;
    private Map<String, List<UUID>> liveByName;
    private Map<String, OrgMemberIdentity> membersByCreatorId;
    private Map<UUID, String> workspaceNames;
    private final List<Note> notes = new ArrayList<>();

    /** Indexes {@code data} for an audit taken at {@code now}, without the org's activity. */
    public AuditContext(OrgData data, Instant now, Thresholds thresholds) {
        this(data, ActivityEvidence.notAsked(), now, thresholds);
    }

    /** Indexes {@code data} and the org's {@code activity} for an audit taken at {@code now}. */
    public AuditContext(OrgData data, ActivityEvidence activity, Instant now, Thresholds thresholds) {
        this.data = data;
        this.activity = activity == null ? ActivityEvidence.notAsked() : activity;
        this.now = now;
        this.thresholds = thresholds;
        this.rolesById = list(data.roles()).stream()
                .collect(Collectors.toMap(Role::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.liveWorkspaces = list(data.workspaces()).stream().filter(w -> !w.isDeleted()).toList();
        if (!data.patCoverage().allMembers()) {
            notes.add(new Note("personal_access_tokens", data.patCoverage().notice()
                    + " Findings about personal access tokens cover only those."));
        }
    }

    // Rules ask "who is this workspace member" and "which workspaces is this member in" for every person; indexing
    // once keeps a 5,000-member org linear instead of quadratic. Made on first use (as the other indexes here): a
    // snapshot asks neither question, and on a 50,000-member org the index is 0.2 s of it.
    private void indexed() {
        if (!indexed) {
            indexed = true;
            indexMembers();
        }
    }

    private void indexMembers() {
        for (OrgMemberIdentity m : members()) {
            userKeys(m.userId(), m.lsUserId(), m.email()).forEach(k -> membersByUser.putIfAbsent(k, m));
        }
        Set<UUID> live = liveWorkspaces.stream().map(TenantForUser::id).collect(Collectors.toSet());
        for (OrgMemberIdentity m : members()) {
            list(m.tenantIds()).stream().filter(live::contains).forEach(w -> joined(m).add(w));
        }
        for (TenantForUser w : liveWorkspaces) {
            workspaceMembers(w.id()).forEach(wm -> orgMemberFor(wm).ifPresent(m -> joined(m).add(w.id())));
        }
    }

    private Set<UUID> joined(OrgMemberIdentity m) {
        return workspacesByMember.computeIfAbsent(m.id(), id -> new LinkedHashSet<>());
    }

    /** The keys a person can be recognised by across lists: user id, LangSmith user id, lower-case email. */
    private static List<Object> userKeys(UUID userId, UUID lsUserId, String email) {
        List<Object> keys = new ArrayList<>(3);
        if (userId != null) {
            keys.add(userId);
        }
        if (lsUserId != null) {
            keys.add(lsUserId);
        }
        if (email != null && !email.isBlank()) {
            keys.add(email.trim().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    public Instant now() {
        return now;
    }

    /** The org's audit log of the activity window, or why there is none. */
    public ActivityEvidence activity() {
        return activity;
    }

    /** Names for the ids of the audit log, from the loaded org (made on first use). */
    public ActivityNames names() {
        if (names == null) {
            names = ActivityNames.of(data);
        }
        return names;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** The org info; every rule that reads settings goes through here. */
    public OrganizationInfo info() {
        return data.info();
    }

    /** The org's id, or null when the info did not carry it. */
    public UUID orgId() {
        return data.info() == null ? null : data.info().id();
    }

    /** Active (accepted) org members, disabled ones included. */
    public List<OrgMemberIdentity> members() {
        return data.members() == null ? List.of() : list(data.members().members());
    }

    /** Pending org invites. */
    public List<OrgPendingIdentity> invites() {
        return data.members() == null ? List.of() : list(data.members().pending());
    }

    /** Workspaces that are not deleted. */
    public List<TenantForUser> workspaces() {
        return liveWorkspaces;
    }

    /** The members of one workspace as that workspace lists them. */
    public List<MemberIdentity> workspaceMembers(UUID workspaceId) {
        TenantMembers tm = data.workspaceMembers() == null ? null : data.workspaceMembers().get(workspaceId);
        return tm == null ? List.of() : list(tm.members());
    }

    /** Pending invites of one workspace as that workspace lists them. */
    public int workspacePendingCount(UUID workspaceId) {
        TenantMembers tm = data.workspaceMembers() == null ? null : data.workspaceMembers().get(workspaceId);
        return tm == null ? 0 : list(tm.pending()).size();
    }

    /** The system name of a role id ({@code ORGANIZATION_ADMIN} ...), or {@code fallback} when the id is unknown. */
    public String roleName(UUID roleId, String fallback) {
        Role role = roleId == null ? null : rolesById.get(roleId);
        return role != null ? role.name() : fallback;
    }

    /** A role's display name for people ("Organization Admin"), falling back to its system name. */
    public String roleLabel(UUID roleId, String fallback) {
        Role role = roleId == null ? null : rolesById.get(roleId);
        if (role != null && role.displayName() != null) {
            return role.displayName();
        }
        return fallback == null ? "(none)" : fallback;
    }

    /** True when the member's org role is Organization Admin. */
    public boolean isOrgAdmin(OrgMemberIdentity m) {
        return ORG_ADMIN.equals(roleName(m.roleId(), m.roleName()))
                || m.roleId() == null && ORG_ADMIN.equals(m.orgRoleName());
    }

    /** True when the workspace member holds the workspace Admin role. */
    public boolean isWorkspaceAdmin(MemberIdentity m) {
        return WORKSPACE_ADMIN.equals(roleName(m.roleId(), m.roleName()));
    }

    /** The org member behind a workspace identity: same user id, same LangSmith user id or same email. */
    public Optional<OrgMemberIdentity> orgMemberFor(MemberIdentity wm) {
        indexed();
        return userKeys(wm.userId(), wm.lsUserId(), wm.email()).stream().map(membersByUser::get)
                .filter(Objects::nonNull).findFirst();
    }

    /** The ids of the live workspaces a member belongs to, from the org list and from each workspace's list. */
    public Set<UUID> workspacesOf(OrgMemberIdentity m) {
        indexed();
        return workspacesByMember.getOrDefault(m.id(), Set.of());
    }

    /** A workspace's display name, or its id when it is not (or no longer) listed. */
    public String workspaceName(UUID id) {
        if (workspaceNames == null) {
            workspaceNames = new HashMap<>();
            list(data.workspaces()).forEach(w -> workspaceNames.putIfAbsent(w.id(), w.displayName()));
        }
        String name = workspaceNames.get(id);
        return name != null ? name : String.valueOf(id);
    }

    /** Every service key once: the org list first, then any key only a workspace list shows. */
    public List<APIKeyGetResponse> serviceKeys() {
        Map<UUID, APIKeyGetResponse> byId = new LinkedHashMap<>();
        list(data.serviceKeys()).forEach(k -> byId.putIfAbsent(k.id(), k));
        if (data.workspaceKeys() != null) {
            data.workspaceKeys().values().forEach(ks -> list(ks).forEach(k -> byId.putIfAbsent(k.id(), k)));
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The service keys of one workspace: its own list when loaded (by id), else the org keys whose
     * {@code workspace_names} name it and no other live workspace (see {@link #keyWorkspaces}).
     */
    public List<APIKeyGetResponse> workspaceKeys(TenantForUser w) {
        List<APIKeyGetResponse> own = data.workspaceKeys() == null ? null : data.workspaceKeys().get(w.id());
        if (own != null) {
            return own;
        }
        return list(data.serviceKeys()).stream().filter(k -> keyWorkspaces(k).ids().contains(w.id())).toList();
    }

    /**
     * Where a service key belongs, by workspace id: the live workspaces whose own key list ({@code /api-key})
     * holds it, when those lists were loaded; else the one live workspace each of its {@code workspace_names} names.
     * A name that several live workspaces share is not guessed at: it is returned in {@code ambiguous}.
     *
     * @param ids       the workspaces found by id, or by a name only one live workspace has
     * @param ambiguous names of the key's that several live workspaces have
     */
    public record KeyWorkspaces(Set<UUID> ids, List<String> ambiguous) {
    }

    /** Where {@code key} belongs (see {@link KeyWorkspaces}). */
    public KeyWorkspaces keyWorkspaces(APIKeyGetResponse key) {
        Set<UUID> byId = workspacesByKey().get(key.id());
        if (byId != null && !byId.isEmpty()) {
            return new KeyWorkspaces(byId, List.of());
        }
        Set<UUID> byName = new LinkedHashSet<>();
        List<String> ambiguous = new ArrayList<>();
        for (String name : list(key.workspaceNames())) {
            List<UUID> named = liveByName().getOrDefault(name, List.of());
            if (named.size() > 1) {
                ambiguous.add(name);
            } else {
                byName.addAll(named);
            }
        }
        return new KeyWorkspaces(byName, ambiguous);
    }

    /** Whether a live workspace has this display name. */
    public boolean hasLiveWorkspaceNamed(String name) {
        return liveByName().containsKey(name);
    }

    // Made on first use: an org with 10,000 keys and 1,000 workspaces would otherwise scan every workspace's key
    // list once per key.
    private Map<UUID, Set<UUID>> workspacesByKey() {
        if (workspacesByKey == null) {
            workspacesByKey = new HashMap<>();
            if (data.workspaceKeys() != null) {
                data.workspaceKeys().forEach((ws, keys) -> list(keys).forEach(k -> workspacesByKey
                        .computeIfAbsent(k.id(), id -> new LinkedHashSet<>()).add(ws)));
            }
        }
        return workspacesByKey;
    }

    private Map<String, List<UUID>> liveByName() {
        if (liveByName == null) {
            liveByName = new HashMap<>();
            liveWorkspaces.forEach(w -> liveByName.computeIfAbsent(w.displayName(), n -> new ArrayList<>())
                    .add(w.id()));
        }
        return liveByName;
    }

    /** Personal access tokens visible to the auditing key (see {@link OrgData#patCoverage()}). */
    public List<APIKeyGetResponse> personalAccessTokens() {
        return list(data.personalAccessTokens());
    }

    /**
     * Records something the audit could not see or check; the report lists it beside the findings, once (a rule
     * may run again for another rule, e.g. to flag the keys that made recent changes).
     */
    public void note(String about, String text) {
        Note n = new Note(about, text);
        if (!notes.contains(n)) {
            notes.add(n);
        }
    }

    /** The notes recorded so far, in the order they were made. */
    public List<Note> notes() {
        return List.copyOf(notes);
    }

    /**
     * The org member who created a key, from the key's {@code created_by}, which may hold the member's user id,
     * LangSmith user id, identity id or email: the API does not say which, so all are tried.
     */
    public Optional<OrgMemberIdentity> creatorOf(APIKeyGetResponse key) {
        String by = key.createdBy() == null ? "" : key.createdBy().trim();
        if (by.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(membersByCreatorId().get(by.toLowerCase(Locale.ROOT)));
    }

    // Every form created_by may take, lower-cased, to its member (the first in list order, as a scan would find).
    private Map<String, OrgMemberIdentity> membersByCreatorId() {
        if (membersByCreatorId == null) {
            membersByCreatorId = new HashMap<>();
            for (OrgMemberIdentity m : members()) {
                for (Object id : new Object[] {m.userId(), m.lsUserId(), m.id(), m.email()}) {
                    if (id != null) {
                        membersByCreatorId.putIfAbsent(id.toString().toLowerCase(Locale.ROOT), m);
                    }
                }
            }
        }
        return membersByCreatorId;
    }

    /** Whole days from {@code then} to the audit's clock (negative when {@code then} is in the future). */
    public long daysSince(Instant then) {
        return Duration.between(then, now).toDays();
    }

    /** How a member is named in reports: email, else display name, else id. */
    public static String label(OrgMemberIdentity m) {
        return firstNonBlank(m.email(), m.displayName(), m.fullName(), String.valueOf(m.id()));
    }

    /** How a workspace member is named in reports. */
    public static String label(MemberIdentity m) {
        return firstNonBlank(m.email(), m.displayName(), m.fullName(), String.valueOf(m.id()));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    /** The list, or an empty one for null: the API leaves some lists out. */
    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
