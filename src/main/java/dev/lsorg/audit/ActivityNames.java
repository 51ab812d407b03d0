package dev.lsorg.audit;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantMembers;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Names the ids of the org's audit log from the loaded org: who acted (a service key by its description and short
 * form, a PAT by its owner), which workspace, and what each touched object is now (kind, name, workspace), or that
 * it is no longer listed. The console, {@code lsorg activity} and the activity rules share it. Names come back raw;
 * every output sanitises them on the way out.
 */
public final class ActivityNames {
    private final Map<UUID, Named> objects = new HashMap<>();
    private final Map<UUID, APIKeyGetResponse> keys = new HashMap<>();
    private final Map<UUID, ObjectKind> keyKinds = new HashMap<>();
    private final Map<String, OrgMemberIdentity> people = new HashMap<>();

    /**
     * What an id of the log is now.
     *
     * @param kind        the object's kind, or null when the org's lists (as loaded) do not have it
     * @param id          the id
     * @param name        its name (email, display name, description with short form), or a short id
     * @param workspaceId the workspace it lives in, for workspace members and invites
     */
    public record Named(ObjectKind kind, UUID id, String name, UUID workspaceId) {
        /** Whether the org still lists the object. */
        public boolean exists() {
            return kind != null;
        }

        /** {@code kind name}, or {@code name (not listed)} (removed since, or not visible to the key). */
        public String label() {
            return exists() ? kind.label() + " " + name : name + " (not listed)";
        }
    }

    private ActivityNames() {
    }

    /** Names over {@code data}; any list may be missing (not loaded, not readable). */
    public static ActivityNames of(OrgData data) {
        ActivityNames n = new ActivityNames();
        if (data != null) {
            n.index(data);
        }
        return n;
    }

    private void index(OrgData d) {
        if (d.info() != null && d.info().id() != null) {
            put(ObjectKind.ORGANIZATION, d.info().id(), d.info().displayName(), null);
        }
        AuditContext.list(d.workspaces()).forEach(w -> put(ObjectKind.WORKSPACE, w.id(), w.displayName(), null));
        AuditContext.list(d.roles()).forEach(r -> put(ObjectKind.ROLE, r.id(), roleName(r), null));
        if (d.members() != null) {
            AuditContext.list(d.members().members()).forEach(this::person);
            AuditContext.list(d.members().pending()).forEach(p -> put(ObjectKind.INVITE, p.id(), p.email(), null));
        }
        if (d.workspaceMembers() != null) {
            d.workspaceMembers().forEach(this::workspace);
        }
        AuditContext.list(d.serviceKeys()).forEach(k -> key(ObjectKind.SERVICE_KEY, k));
        if (d.workspaceKeys() != null) {
            d.workspaceKeys().values()
                    .forEach(ks -> AuditContext.list(ks).forEach(k -> key(ObjectKind.SERVICE_KEY, k)));
        }
        AuditContext.list(d.personalAccessTokens()).forEach(k -> key(ObjectKind.PERSONAL_ACCESS_TOKEN, k));
    }

    private static String roleName(Role r) {
        return r.displayName() != null ? r.displayName() : r.name();
    }

    private void person(OrgMemberIdentity m) {
        put(ObjectKind.MEMBER, m.id(), AuditContext.label(m), null);
        for (Object k : new Object[] {m.userId(), m.lsUserId(), m.id()}) {
            if (k != null) {
                people.putIfAbsent(k.toString(), m);
            }
        }
    }

    private void workspace(UUID workspace, TenantMembers tm) {
        if (tm == null) {
            return;
        }
        for (MemberIdentity m : AuditContext.list(tm.members())) {
            put(ObjectKind.WORKSPACE_MEMBER, m.id(), AuditContext.label(m), workspace);
        }
        for (PendingIdentity p : AuditContext.list(tm.pending())) {
            put(ObjectKind.INVITE, p.id(), p.email(), workspace);
        }
    }

    private void key(ObjectKind kind, APIKeyGetResponse k) {
        if (k.id() != null && keys.putIfAbsent(k.id(), k) == null) {
            keyKinds.put(k.id(), kind);
            put(kind, k.id(), KeyRules.ref(kind, k).name(), null);
        }
    }

    private void put(ObjectKind kind, UUID id, String name, UUID workspace) {
        if (id != null) {
            objects.putIfAbsent(id, new Named(kind, id, name == null ? "" : name, workspace));
        }
    }

    /** What {@code id} is now; a missing object is named by its short id. */
    public Named object(UUID id) {
        Named n = id == null ? null : objects.get(id);
        return n != null ? n : new Named(null, id, shortId(id), null);
    }

    /** The key that acted, when the org still lists it. */
    public Named actorKey(ActivityRecord r) {
        UUID credential = r.actorCredential();
        return credential != null && keys.containsKey(credential) ? object(credential) : null;
    }

    /** The org member who acted: a PAT's owner or the user the record names; null for a service key. */
    public OrgMemberIdentity actorMember(ActivityRecord r) {
        if (r.actorUser() != null && people.containsKey(r.actorUser().toString())) {
            return people.get(r.actorUser().toString());
        }
        APIKeyGetResponse k = r.actorCredential() == null ? null : keys.get(r.actorCredential());
        boolean pat = k != null && keyKinds.get(k.id()) == ObjectKind.PERSONAL_ACCESS_TOKEN;
        return pat && k.createdBy() != null ? people.get(k.createdBy().trim()) : null;
    }

    /**
     * Who acted, for people: a PAT as {@code owner@email (PAT lsv2_pt_...1a2b)}, a service key as
     * {@code description (lsv2_sk_...1a2b)}, a key the org no longer lists as {@code unlisted key 1a2b3c4d}.
     */
    public String actor(ActivityRecord r) {
        OrgMemberIdentity person = actorMember(r);
        APIKeyGetResponse k = r.actorCredential() == null ? null : keys.get(r.actorCredential());
        if (person != null) {
            String how = k != null ? "PAT " + k.shortKey() : r.actorCredential() != null
                    ? "unlisted key " + shortId(r.actorCredential()) : "login";
            return AuditContext.label(person) + " (" + how + ")";
        }
        if (k != null) {
            return object(k.id()).name();
        }
        if (r.actorCredential() != null) {
            return "unlisted key " + shortId(r.actorCredential());
        }
        return r.actorUser() != null ? "unlisted user " + shortId(r.actorUser()) : "unknown";
    }

    /** A workspace's name, its short id when not listed, or "-" for none. */
    public String workspace(UUID id) {
        if (id == null) {
            return "-";
        }
        Named n = objects.get(id);
        return n != null && n.kind() == ObjectKind.WORKSPACE ? n.name() : shortId(id);
    }

    /** The first eight hex digits of an id, as people quote them. */
    public static String shortId(UUID id) {
        return id == null ? "-" : id.toString().substring(0, 8);
    }
}
