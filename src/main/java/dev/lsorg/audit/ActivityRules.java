package dev.lsorg.audit;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.ActivityRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rules over the org's audit log of the activity window ({@link Thresholds#activityDays()}): admin keys that were
 * created, bursts of removals, and changes made by keys the key rules flag. They are silent when no log was asked
 * for, and when the log could not be read {@code activity.unavailable} says so, so a report never passes for
 * complete when it is not.
 */
final class ActivityRules {
    /** Operations that remove access or objects: members, invites, keys, workspaces, roles. */
    static final Set<String> REMOVALS = Set.of("delete_org_member", "delete_workspace_member",
            "delete_org_pending_member", "delete_workspace_pending_member", "delete_service_key", "delete_api_key",
            "delete_personal_access_token", "delete_workspace", "delete_role");
    /** A key that lapses within this many days "expires soon". */
    static final int EXPIRES_SOON_DAYS = 7;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ActivityRules() {
    }

    static List<AuditRule> rules() {
        return List.of(
                AuditRule.of("activity.admin-key-created", Severity.HIGH,
                        "org-admin or org-wide admin service keys created (or re-roled) in the activity window",
                        ActivityRules::adminKeys),
                AuditRule.of("activity.mass-removal", Severity.MEDIUM,
                        "more removals or revocations by one actor than the threshold within a short window",
                        ActivityRules::massRemoval),
                AuditRule.of("activity.flagged-key-changes", Severity.MEDIUM,
                        "changes made by a key that is expired, expires soon, is reported unused or has a disabled"
                                + " owner",
                        ActivityRules::flaggedKeyChanges),
                AuditRule.of("activity.unavailable", Severity.INFO,
                        "the org's audit log could not be read, so the activity rules did not run",
                        ActivityRules::unavailable),
                AuditRule.of("activity.partial", Severity.INFO,
                        "the activity window held more records than lsorg reads; the rules saw the newest",
                        ActivityRules::partial));
    }

    static String minute(Instant t) {
        return MINUTE.format(t);
    }

    private static List<ActivityRecord> log(AuditContext c) {
        return c.activity().state() == ActivityEvidence.State.READ ? c.activity().records() : List.of();
    }

    private static List<Finding> adminKeys(AuditRule r, AuditContext c) {
        Map<UUID, APIKeyGetResponse> keys = c.serviceKeys().stream()
                .collect(Collectors.toMap(APIKeyGetResponse::id, k -> k, (a, b) -> a));
        List<Finding> out = new ArrayList<>();
        for (ActivityRecord a : log(c)) {
            boolean created = a.operation().equals("create_service_key");
            if (!created && !a.operation().equals("update_service_key")) {
                continue;
            }
            a.resourceIds().stream().map(keys::get).filter(Objects::nonNull).filter(k -> adminRole(c, k) != null)
                    .findFirst().ifPresent(k -> out.add(r.finding(KeyRules.ref(ObjectKind.SERVICE_KEY, k),
                            (created ? "created " : "re-roled ") + minute(a.time()) + " by " + c.names().actor(a)
                                    + "; org-wide key with " + adminRole(c, k),
                            "Confirm who needs this admin key, then give it the narrowest role or revoke it.")));
        }
        return out;
    }

    /** "Organization Admin" or "Admin in every workspace" for an org-wide admin key, else null. */
    private static String adminRole(AuditContext c, APIKeyGetResponse k) {
        boolean orgWide = k.accessScope() == AccessScope.ORGANIZATION || k.orgRoleId() != null;
        if (!orgWide) {
            return null;
        }
        if (AuditContext.ORG_ADMIN.equals(c.roleName(k.orgRoleId(), null))) {
            return "Organization Admin";
        }
        return AuditContext.WORKSPACE_ADMIN.equals(c.roleName(k.roleId(), null)) ? "Admin in every workspace" : null;
    }

    private static List<Finding> massRemoval(AuditRule r, AuditContext c) {
        Map<String, List<ActivityRecord>> byActor = new LinkedHashMap<>();
        log(c).stream().filter(a -> REMOVALS.contains(a.operation()))
                .forEach(a -> byActor.computeIfAbsent(actorId(a), k -> new ArrayList<>()).add(a));
        List<Finding> out = new ArrayList<>();
        Duration window = Duration.ofMinutes(c.thresholds().removalWindowMinutes());
        for (List<ActivityRecord> removals : byActor.values()) {
            List<ActivityRecord> burst = densest(removals, window);
            if (burst.size() > c.thresholds().maxRemovals()) {
                out.add(r.finding(actorRef(c, burst.get(0)), burst.size() + " removals within "
                                + c.thresholds().removalWindowMinutes() + " minutes from " + minute(burst.get(0).time())
                                + " by " + c.names().actor(burst.get(0)) + " (" + counts(burst) + "; threshold "
                                + c.thresholds().maxRemovals() + ")",
                        "Check with whoever holds this key that the removals were intended, and restore what was"
                                + " removed by mistake."));
            }
        }
        return out;
    }

    private static String actorId(ActivityRecord a) {
        return String.valueOf(a.actorCredential() != null ? a.actorCredential() : a.actorUser());
    }

    /** The most records that fall within one {@code window}, oldest first (a two-pointer sweep). */
    static List<ActivityRecord> densest(List<ActivityRecord> records, Duration window) {
        List<ActivityRecord> asc = records.stream().sorted(Comparator.comparing(ActivityRecord::time)).toList();
        int bestFrom = 0;
        int bestTo = 0;
        int from = 0;
        for (int to = 0; to < asc.size(); to++) {
            while (Duration.between(asc.get(from).time(), asc.get(to).time()).compareTo(window) > 0) {
                from++;
            }
            if (to - from > bestTo - bestFrom) {
                bestFrom = from;
                bestTo = to;
            }
        }
        return asc.isEmpty() ? List.of() : asc.subList(bestFrom, bestTo + 1);
    }

    /** The acting key as a finding's object when the org still lists it, else the organization. */
    private static ObjectRef actorRef(AuditContext c, ActivityRecord a) {
        ActivityNames.Named key = c.names().actorKey(a);
        if (key != null) {
            return ObjectRef.of(key.kind(), key.id(), key.name());
        }
        return ObjectRef.of(ObjectKind.ORGANIZATION, c.orgId(), c.info() == null ? "" : c.info().displayName());
    }

    /** {@code 3 delete_org_member, 1 delete_service_key}, most frequent first. */
    static String counts(List<ActivityRecord> records) {
        Map<String, Long> n = new TreeMap<>(records.stream()
                .collect(Collectors.groupingBy(ActivityRecord::operation, Collectors.counting())));
        return n.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private static List<Finding> flaggedKeyChanges(AuditRule r, AuditContext c) {
        Map<UUID, String> flags = KeyFlags.of(c);
        Map<UUID, List<ActivityRecord>> byKey = new LinkedHashMap<>();
        log(c).stream().filter(a -> a.actorCredential() != null && flags.containsKey(a.actorCredential()))
                .forEach(a -> byKey.computeIfAbsent(a.actorCredential(), k -> new ArrayList<>()).add(a));
        List<Finding> out = new ArrayList<>();
        byKey.forEach((key, changes) -> {
            ActivityNames.Named named = c.names().object(key);
            out.add(r.finding(ObjectRef.of(named.kind(), key, named.name()), changes.size() + " change"
                            + (changes.size() == 1 ? "" : "s") + " in the last " + c.thresholds().activityDays()
                            + " days (" + counts(changes) + "), the last " + minute(changes.get(0).time())
                            + "; flagged: " + flags.get(key),
                    "Review what this key changed, then replace it with a key that is in use and does not lapse,"
                            + " or revoke it."));
        });
        return out;
    }

    private static List<Finding> unavailable(AuditRule r, AuditContext c) {
        if (c.activity().state() != ActivityEvidence.State.UNAVAILABLE) {
            return List.of();
        }
        return List.of(r.finding(ObjectRef.of(ObjectKind.ORGANIZATION, c.orgId(),
                        c.info() == null ? "" : c.info().displayName()),
                "the org's audit log could not be read (" + c.activity().reason() + "), so activity.admin-key-created,"
                        + " activity.mass-removal and activity.flagged-key-changes did not run",
                "Audit with a key that has organization:manage on a plan with audit logs to include the org's"
                        + " activity."));
    }

    private static List<Finding> partial(AuditRule r, AuditContext c) {
        if (c.activity().state() != ActivityEvidence.State.READ || !c.activity().log().truncated()) {
            return List.of();
        }
        List<ActivityRecord> seen = c.activity().records();
        String from = seen.isEmpty() ? "" : " back to " + minute(seen.get(seen.size() - 1).time());
        return List.of(r.finding(ObjectRef.of(ObjectKind.ORGANIZATION, c.orgId(),
                        c.info() == null ? "" : c.info().displayName()),
                "the activity rules read the newest " + seen.size() + " record" + (seen.size() == 1 ? "" : "s")
                        + from + ", not the whole "
                        + c.thresholds().activityDays() + "-day window",
                "Audit a shorter activity window (--activity-days) to cover all of it."));
    }
}
