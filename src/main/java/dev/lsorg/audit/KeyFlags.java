package dev.lsorg.audit;

import dev.lsorg.model.APIKeyGetResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Why a key is "flagged" for {@code activity.flagged-key-changes}: what the key rules about its life report
 * (expired, never used, unused, a disabled owner's PAT) and whether it expires within
 * {@value ActivityRules#EXPIRES_SOON_DAYS} days. A key's role or lack of expiry is configuration, not a reason to
 * distrust its changes, so those rules do not count here.
 */
final class KeyFlags {
    private static final Set<String> LIFECYCLE = Set.of("keys.expired", "keys.never-used", "keys.unused",
            "keys.pat-of-disabled-member");

    private KeyFlags() {
    }

    /** The reasons per key id, as one clause each ("expired 2026-11-20, 8 days ago; ..."). */
    static Map<UUID, String> of(AuditContext c) {
        Map<UUID, List<String>> reasons = new LinkedHashMap<>();
        for (AuditRule rule : KeyRules.rules()) {
            if (LIFECYCLE.contains(rule.id())) {
                rule.run(c).forEach(f -> add(reasons, UUID.fromString(f.object().id()), f.evidence()
                        + " (" + f.ruleId() + ")"));
            }
        }
        Duration soon = Duration.ofDays(ActivityRules.EXPIRES_SOON_DAYS);
        Stream.concat(c.serviceKeys().stream(), c.personalAccessTokens().stream())
                .filter(k -> expiresWithin(k, c, soon))
                .forEach(k -> add(reasons, k.id(), "expires " + KeyRules.day(k.expiresAt()) + ", within "
                        + ActivityRules.EXPIRES_SOON_DAYS + " days"));
        Map<UUID, String> out = new LinkedHashMap<>();
        reasons.forEach((id, why) -> out.put(id, String.join("; ", why)));
        return out;
    }

    private static boolean expiresWithin(APIKeyGetResponse k, AuditContext c, Duration soon) {
        return k.expiresAt() != null && !k.expiresAt().isBefore(c.now()) && k.expiresAt().isBefore(c.now().plus(soon));
    }

    private static void add(Map<UUID, List<String>> reasons, UUID id, String why) {
        reasons.computeIfAbsent(id, k -> new ArrayList<>()).add(why);
    }
}
