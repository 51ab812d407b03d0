package dev.lsorg.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two snapshots and lists what changed: org settings and plan, roles, workspaces (created, renamed,
 * deleted), who is in which workspace with which role, org members, invites and keys. People and invites are
 * matched by email (case-insensitive), everything else by id. Key last-use days are activity, not
 * configuration, and are ignored; so are key creation and expiry times, which LangSmith never changes.
 */
public final class SnapshotDiff {
    private final List<Change> changes = new ArrayList<>();

    private SnapshotDiff() {
    }

    /** The changes from {@code before} to {@code after}, in report order. */
    public static List<Change> between(OrgSnapshot before, OrgSnapshot after) {
        SnapshotDiff diff = new SnapshotDiff();
        diff.organization(before.organization(), after.organization());
        diff.roles(before.roles(), after.roles());
        diff.workspaces(before.workspaces(), after.workspaces());
        diff.members(before.members(), after.members());
        diff.invites(before.pendingInvites(), after.pendingInvites(), after.members());
        diff.keys("key", ObjectKind.SERVICE_KEY, before.serviceKeys(), after.serviceKeys());
        diff.keys("pat", ObjectKind.PERSONAL_ACCESS_TOKEN, before.personalAccessTokens(), after.personalAccessTokens());
        return diff.changes.stream().sorted(Change.ORDER).toList();
    }

    private void organization(OrgSnapshot.Organization a, OrgSnapshot.Organization b) {
        ObjectRef org = new ObjectRef(ObjectKind.ORGANIZATION, str(b.id()), str(b.displayName()), null);
        value("organization.renamed", org, "display_name", a.displayName(), b.displayName());
        values("setting.changed", org, a.settings(), b.settings());
        values("plan.changed", org, a.plan(), b.plan());
    }

    private void values(String type, ObjectRef org, Map<String, JsonNode> a, Map<String, JsonNode> b) {
        Set<String> names = new TreeSet<>(nonNull(a).keySet());
        names.addAll(nonNull(b).keySet());
        for (String name : names) {
            value(type, org, name, json(nonNull(a).get(name)), json(nonNull(b).get(name)));
        }
    }

    private void roles(List<OrgSnapshot.RoleEntry> a, List<OrgSnapshot.RoleEntry> b) {
        Match<OrgSnapshot.RoleEntry> match = new Match<>("role", OrgSnapshot.RoleEntry::id,
                r -> new ObjectRef(ObjectKind.ROLE, r.id(), r.displayName(), null), null, null);
        compare(a, b, match, (ref, x, y) -> {
            value("role.renamed", ref, "display_name", x.displayName(), y.displayName());
            value("role.permissions-changed", ref, "permissions", String.join(",", x.permissions()),
                    String.join(",", y.permissions()));
        });
    }

    private void workspaces(List<OrgSnapshot.Workspace> a, List<OrgSnapshot.Workspace> b) {
        List<OrgSnapshot.Workspace> liveA = list(a).stream().filter(w -> !w.deleted()).toList();
        List<OrgSnapshot.Workspace> liveB = list(b).stream().filter(w -> !w.deleted()).toList();
        compare(liveA, liveB, new Match<>("workspace", OrgSnapshot.Workspace::id, SnapshotDiff::ref, null, null),
                (ref, x, y) -> value("workspace.renamed", ref, "display_name", x.displayName(), y.displayName()));
        Map<String, OrgSnapshot.Workspace> old = index(liveA, OrgSnapshot.Workspace::id);
        for (OrgSnapshot.Workspace w : liveB) {
            OrgSnapshot.Workspace before = old.get(w.id());
            workspaceMembers(w, before == null ? List.of() : before.members(), w.members());
        }
    }

    private void workspaceMembers(OrgSnapshot.Workspace w, List<OrgSnapshot.WorkspaceMember> a,
                                  List<OrgSnapshot.WorkspaceMember> b) {
        Match<OrgSnapshot.WorkspaceMember> match = new Match<>("workspace-member", m -> email(m.email()),
                m -> new ObjectRef(ObjectKind.WORKSPACE_MEMBER, m.identityId(), m.email() + " in " + w.displayName(), w.id()),
                "role", OrgSnapshot.WorkspaceMember::role);
        compare(a, b, match, (ref, x, y) -> value("workspace-member.role-changed", ref, "role", x.role(), y.role()));
    }

    private void members(List<OrgSnapshot.Member> a, List<OrgSnapshot.Member> b) {
        Match<OrgSnapshot.Member> match = new Match<>("member", m -> email(m.email()),
                m -> new ObjectRef(ObjectKind.MEMBER, m.id(), m.email(), null), "org_role", OrgSnapshot.Member::orgRole);
        compare(a, b, match, (ref, x, y) -> {
            value("member.org-role-changed", ref, "org_role", x.orgRole(), y.orgRole());
            if (x.disabled() != y.disabled()) {
                changes.add(Change.of(y.disabled() ? "member.disabled" : "member.enabled", ref));
            }
        });
    }

    // A vanished invite was accepted when its email is now a member; otherwise it was revoked (or expired).
    private void invites(List<OrgSnapshot.Invite> a, List<OrgSnapshot.Invite> b, List<OrgSnapshot.Member> members) {
        Set<String> memberEmails = new TreeSet<>();
        list(members).forEach(m -> memberEmails.add(email(m.email())));
        Match<OrgSnapshot.Invite> match = new Match<>("invite", i -> email(i.email()), SnapshotDiff::inviteRef,
                "org_role", OrgSnapshot.Invite::orgRole);
        compare(a, b, match, (ref, x, y) -> {
            value("invite.role-changed", ref, "org_role", x.orgRole(), y.orgRole());
            value("invite.role-changed", ref, "workspace_role", x.workspaceRole(), y.workspaceRole());
        });
        changes.replaceAll(c -> c.type().equals("invite.revoked") && memberEmails.contains(email(c.object().name()))
                ? Change.of("invite.accepted", c.object()) : c);
    }

    // Expiry and creation time are fixed when a key is made (LangSmith cannot edit them), so they are not compared:
    // a key with another expiry is another key, with another id.
    private void keys(String area, ObjectKind kind, List<OrgSnapshot.Key> a, List<OrgSnapshot.Key> b) {
        Match<OrgSnapshot.Key> match = new Match<>(area, OrgSnapshot.Key::id,
                k -> new ObjectRef(kind, k.id(), k.description() + " (" + k.shortKey() + ")", null), "role",
                k -> k.orgRole() != null ? k.orgRole() : k.role());
        compare(a, b, match, (ref, x, y) -> {
            String type = area + ".changed";
            value(type, ref, "description", x.description(), y.description());
            value(type, ref, "role", x.role(), y.role());
            value(type, ref, "org_role", x.orgRole(), y.orgRole());
            if (!Objects.equals(x.workspaceIds(), y.workspaceIds())) {
                changes.add(new Change(type, ref, "workspaces", String.join(", ", x.workspaces()),
                        String.join(", ", y.workspaces())));
            }
        });
    }

    /**
     * How objects of one area are matched and named.
     *
     * @param area  the change type's first part
     * @param id    what identifies an object across snapshots
     * @param ref   the object as a change names it
     * @param field the field shown for an added object (its role), or null
     * @param grant that field's value
     */
    private record Match<T>(String area, Function<T, String> id, Function<T, ObjectRef> ref, String field,
                            Function<T, String> grant) {
        Change added(T value) {
            String type = area + "." + verb(area, true);
            return field == null ? Change.of(type, ref.apply(value))
                    : new Change(type, ref.apply(value), field, null, grant.apply(value));
        }
    }

    /** What to compare between two versions of the same object. */
    private interface Fields<T> {
        void compare(ObjectRef ref, T before, T after);
    }

    private <T> void compare(List<T> a, List<T> b, Match<T> match, Fields<T> fields) {
        Map<String, T> old = index(a, match.id());
        Map<String, T> now = index(b, match.id());
        for (Map.Entry<String, T> e : now.entrySet()) {
            T before = old.get(e.getKey());
            if (before == null) {
                changes.add(match.added(e.getValue()));
            } else {
                fields.compare(match.ref().apply(e.getValue()), before, e.getValue());
            }
        }
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> changes.add(
                Change.of(match.area() + "." + verb(match.area(), false), match.ref().apply(old.get(k)))));
    }

    private static String verb(String area, boolean added) {
        return switch (area) {
            case "workspace", "role" -> added ? "created" : "deleted";
            case "key", "pat" -> added ? "created" : "revoked";
            case "invite" -> added ? "sent" : "revoked";
            default -> added ? "added" : "removed";
        };
    }

    private void value(String type, ObjectRef ref, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(type, ref, field, before, after));
        }
    }

    private static ObjectRef ref(OrgSnapshot.Workspace w) {
        return new ObjectRef(ObjectKind.WORKSPACE, w.id(), w.displayName(), null);
    }

    private static ObjectRef inviteRef(OrgSnapshot.Invite i) {
        return new ObjectRef(ObjectKind.INVITE, i.id(), i.email(), null);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        list(values).forEach(v -> out.putIfAbsent(id.apply(v), v));
        return out;
    }

    private static String email(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private static String json(JsonNode node) {
        return node == null || node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }

    private static String str(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
