package dev.lsorg.audit;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every audit rule lsorg knows, in report order of their areas: admins, members, invites, keys, settings, plan,
 * activity.
 */
public final class RuleCatalog {
    private static final List<AuditRule> ALL = Stream.of(
                    AdminRules.rules(), MemberRules.rules(), InviteRules.rules(), KeyRules.rules(),
                    SettingsRules.rules(), PlanRules.rules(), ActivityRules.rules())
            .flatMap(List::stream).toList();

    private RuleCatalog() {
    }

    /** All rules. */
    public static List<AuditRule> all() {
        return ALL;
    }
}
