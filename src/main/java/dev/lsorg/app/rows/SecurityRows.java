package dev.lsorg.app.rows;

import dev.lsorg.audit.Thresholds;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrganizationConfig;
import dev.lsorg.model.OrganizationInfo;
import java.util.ArrayList;
import java.util.List;

/** Renders the org's sharing and access settings and its plan limits against current use, one setting a row. */
public final class SecurityRows {
    /** The audit's thresholds: the pane and {@code lsorg audit} agree on what "near the limit" means. */
    private static final Thresholds THRESHOLDS = Thresholds.defaults();
    /** The columns, in order. */
    public static final List<Column> COLUMNS = List.of(Column.of("SETTING", 22, 1, 0), Column.of("VALUE", 12, 1, 0),
            Column.of("NOTE", 10, 2, 1));

    private SecurityRows() {
    }

    /** The settings in a fixed order; empty until org info is loaded. */
    public static List<Row> rows(OrgData d) {
        OrganizationInfo i = d.info();
        if (i == null) {
            return List.of();
        }
        List<Row> out = new ArrayList<>();
        add(out, "public-sharing", "Public sharing", i.publicSharingDisabled() ? "disabled" : "allowed",
                i.publicSharingDisabled() ? "" : "anyone with a link can view shared runs", !i.publicSharingDisabled());
        add(out, "pat-creation", "PAT creation", i.patCreationDisabled() ? "disabled" : "allowed", "", false);
        add(out, "invites", "Invites", i.invitesEnabled() ? "enabled" : "disabled", "", false);
        add(out, "ws-admin-invite", "Workspace admins invite", i.workspaceAdminCanInviteToOrg() ? "yes" : "no",
                "workspace admins may invite to the org", false);
        add(out, "sso-only", "SSO only", i.ssoOnly() ? "yes" : "no", i.ssoLoginSlug() == null ? "" :
                "login slug " + i.ssoLoginSlug(), false);
        add(out, "jit", "JIT provisioning", i.jitProvisioningEnabled() ? "enabled" : "disabled", "", false);
        expiry(out, i);
        add(out, "ip-allowlist", "IP allow-list", i.ipAllowlistEnabled() ? "enabled" : "disabled",
                i.ipAllowlist() == null || i.ipAllowlist().isEmpty() ? "" : String.join(", ", i.ipAllowlist()), false);
        limits(out, i.config(), d);
        return out;
    }

    private static void expiry(List<Row> out, OrganizationInfo i) {
        add(out, "max-key-expiry", "Max API key expiry", days(i.maxApiKeyExpiryDays()), "", false);
        add(out, "max-pat-expiry", "Max PAT expiry", days(i.maxPatExpiryDays()), "", false);
        add(out, "max-sk-expiry", "Max service key expiry", days(i.maxServiceKeyExpiryDays()), "", false);
    }

    private static void limits(List<Row> out, OrganizationConfig c, OrgData d) {
        if (c == null) {
            return;
        }
        add(out, "plan", "Plan", c.planTier() == null ? "-" : c.planTier(),
                Boolean.TRUE.equals(c.canUseRbac()) ? "workspace RBAC available" : "no workspace RBAC", false);
        usage(out, "members-limit", "Member seats / max", seats(d), c.maxIdentities());
        int workspaces = d.workspaces() == null ? -1
                : (int) d.workspaces().stream().filter(w -> !w.isDeleted()).count();
        usage(out, "workspaces-limit", "Workspaces / max", workspaces, c.maxWorkspaces());
    }

    private static void usage(List<Row> out, String id, String label, int used, Integer max) {
        String u = used < 0 ? "?" : String.valueOf(used);
        String value = u + " / " + (max == null || max < 0 ? "unlimited" : max);
        boolean full = max != null && max >= 0 && used >= max;
        boolean near = max != null && used >= 0 && THRESHOLDS.nearPlanLimit(used, max);
        String note = full ? "limit reached" : near ? "near the limit (" + used * 100L / max + "%)" : "";
        add(out, id, label, value, note, full || near);
    }

    // Counted as the audit counts seats: active members and pending invites; disabled members hold no seat.
    private static int seats(OrgData d) {
        if (d.members() == null) {
            return -1;
        }
        long active = d.members().members().stream().filter(m -> !m.isDisabled()).count();
        return (int) active + d.members().pending().size();
    }

    private static String days(Integer d) {
        return d == null ? "no limit" : d + " days";
    }

    private static void add(List<Row> out, String id, String label, String value, String note, boolean warn) {
        String[] cells = {label, value, note};
        out.add(Row.of(id, cells, cells, warn ? Row.WARN : 0, value, cells));
    }
}
