package dev.lsorg.audit;

import static dev.lsorg.audit.ObjectKind.PERSONAL_ACCESS_TOKEN;
import static dev.lsorg.audit.ObjectKind.SERVICE_KEY;
import static dev.lsorg.audit.ObjectKind.WORKSPACE;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.TenantForUser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** Rules about service keys and personal access tokens: scope, expiry, use and count. */
final class KeyRules {
    private KeyRules() {
    }

    static List<AuditRule> rules() {
        return List.of(
                AuditRule.of("keys.org-admin", Severity.HIGH, "org-wide service keys with the Organization Admin role",
                        KeyRules::orgAdmin),
                AuditRule.of("keys.never-expire", Severity.MEDIUM, "keys without an expiry date", KeyRules::neverExpire),
                AuditRule.of("keys.expired", Severity.LOW, "keys past their expiry date but still listed",
                        KeyRules::expired),
                AuditRule.of("keys.never-used", Severity.LOW, "keys never used since they were created",
                        KeyRules::neverUsed),
                AuditRule.of("keys.unused", Severity.LOW, "keys not used for longer than the threshold",
                        KeyRules::unused),
                AuditRule.of("keys.pat-of-disabled-member", Severity.HIGH,
                        "personal access tokens of disabled members", KeyRules::patOfDisabled),
                AuditRule.of("keys.too-many-in-workspace", Severity.LOW,
                        "workspaces with more service keys than the threshold", KeyRules::tooMany));
    }

    /** A key as a finding's object; the name carries the short form, never the secret. */
    static ObjectRef ref(ObjectKind kind, APIKeyGetResponse k) {
        String description = k.description() == null || k.description().isBlank() ? "(no description)" : k.description();
        return ObjectRef.of(kind, k.id(), description + " (" + k.shortKey() + ")");
    }

    /** Checks service keys, then PATs, giving each finding the object kind a pane needs to find the key. */
    private static List<Finding> each(AuditRule r, AuditContext c, Predicate<APIKeyGetResponse> test,
                                      Function<APIKeyGetResponse, String> evidence, String fix) {
        List<Finding> out = new ArrayList<>();
        c.serviceKeys().stream().filter(test)
                .forEach(k -> out.add(r.finding(ref(SERVICE_KEY, k), evidence.apply(k), fix)));
        c.personalAccessTokens().stream().filter(test)
                .forEach(k -> out.add(r.finding(ref(PERSONAL_ACCESS_TOKEN, k), evidence.apply(k), fix)));
        return out;
    }

    private static List<Finding> orgAdmin(AuditRule r, AuditContext c) {
        return c.serviceKeys().stream()
                .filter(k -> (k.accessScope() == AccessScope.ORGANIZATION || k.orgRoleId() != null)
                        && AuditContext.ORG_ADMIN.equals(c.roleName(k.orgRoleId(), null)))
                .map(k -> r.finding(ref(SERVICE_KEY, k), "org-wide key " + k.shortKey() + " has Organization Admin",
                        "Give this key the narrowest role it needs, or scope it to the workspaces it uses."))
                .toList();
    }

    private static List<Finding> neverExpire(AuditRule r, AuditContext c) {
        return each(r, c, k -> k.expiresAt() == null,
                k -> "no expiry date" + created(k),
                "Replace the key with one that expires, and set a maximum key lifetime for the org.");
    }

    private static List<Finding> expired(AuditRule r, AuditContext c) {
        return each(r, c, k -> k.expiresAt() != null && k.expiresAt().isBefore(c.now()),
                k -> "expired " + day(k.expiresAt()) + ", " + c.daysSince(k.expiresAt()) + " days ago",
                "Delete the expired key so the list shows only keys that work.");
    }

    private static List<Finding> neverUsed(AuditRule r, AuditContext c) {
        int grace = c.thresholds().neverUsedGraceDays();
        return each(r, c, k -> k.lastUsedAt() == null && (k.createdAt() == null || c.daysSince(k.createdAt()) >= grace),
                k -> "never used" + created(k),
                "Delete the key if nobody needs it.");
    }

    private static List<Finding> unused(AuditRule r, AuditContext c) {
        int days = c.thresholds().unusedKeyDays();
        return each(r, c, k -> k.lastUsedAt() != null && c.daysSince(k.lastUsedAt()) > days,
                k -> "last used " + day(k.lastUsedAt()) + ", " + c.daysSince(k.lastUsedAt())
                        + " days ago (threshold " + days + ")",
                "Delete the key if its owner no longer uses it.");
    }

    /**
     * Needs each token's owner, which the API gives only through {@code created_by} (not in the spec): a token whose
     * owner cannot be found is not judged, and the report says which tokens those are.
     */
    private static List<Finding> patOfDisabled(AuditRule r, AuditContext c) {
        List<Finding> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (APIKeyGetResponse k : c.personalAccessTokens()) {
            Optional<OrgMemberIdentity> owner = c.creatorOf(k);
            if (owner.isEmpty()) {
                unknown.add(ref(PERSONAL_ACCESS_TOKEN, k).name());
            }
            owner.filter(OrgMemberIdentity::isDisabled).ifPresent(m -> out.add(
                    r.finding(ref(PERSONAL_ACCESS_TOKEN, k), "belongs to disabled member " + AuditContext.label(m)
                                    + (k.lastUsedAt() == null ? "" : ", last used " + day(k.lastUsedAt())),
                            "Revoke this token; a disabled member should hold no credentials.")));
        }
        if (!unknown.isEmpty()) {
            c.note(r.id(), "Could not be evaluated for " + unknown.size() + " personal access token"
                    + (unknown.size() == 1 ? "" : "s") + " whose owner is unknown (no created_by naming a member): "
                    + listed(unknown) + ".");
        }
        return out;
    }

    /** Up to twenty names, then how many more. */
    private static String listed(List<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(20, sorted.size())));
        return sorted.size() <= 20 ? shown : shown + " and " + (sorted.size() - 20) + " more";
    }

    private static List<Finding> tooMany(AuditRule r, AuditContext c) {
        int max = c.thresholds().maxKeysPerWorkspace();
        List<Finding> out = new ArrayList<>();
        noteUnplaced(r, c);
        for (TenantForUser w : c.workspaces()) {
            int count = c.workspaceKeys(w).size();
            if (count > max) {
                out.add(r.finding(ObjectRef.of(WORKSPACE, w.id(), w.displayName()),
                        count + " service keys, more than the threshold of " + max,
                        "Delete unused keys in " + w.displayName() + " and share one key per service."));
            }
        }
        return out;
    }

    /**
     * Keys found only by a workspace name that several live workspaces share are counted in none of them (never
     * guessed); the report names them. Only when no workspace's own key list was loaded is a name all there is.
     */
    private static void noteUnplaced(AuditRule r, AuditContext c) {
        List<String> unplaced = new ArrayList<>();
        for (APIKeyGetResponse k : c.serviceKeys()) {
            AuditContext.KeyWorkspaces where = c.keyWorkspaces(k);
            where.ambiguous().forEach(name -> unplaced.add(ref(SERVICE_KEY, k).name() + " names workspace '" + name
                    + "', which several live workspaces are called"));
        }
        if (!unplaced.isEmpty()) {
            c.note(r.id(), "Could not count " + unplaced.size() + " service key workspace"
                    + (unplaced.size() == 1 ? "" : "s") + " (the API gives only workspace names here): "
                    + listed(unplaced) + ".");
        }
    }

    private static String created(APIKeyGetResponse k) {
        return k.createdAt() == null ? "" : ", created " + day(k.createdAt());
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
