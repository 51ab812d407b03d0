package dev.lsorg.app.pane;

import dev.lsorg.app.Action;
import dev.lsorg.app.PaneId;
import dev.lsorg.audit.Finding;
import dev.lsorg.audit.ObjectRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a finding's object is shown: the pane, the workspace (for workspace members) and the row id, and the actions
 * that take the user there with the selection on that row.
 *
 * @param pane      the pane that lists the object
 * @param workspace the workspace to select first, or null
 * @param rowId     the row to select in {@code pane}, or null to keep the pane's selection
 */
public record FindingJump(PaneId pane, UUID workspace, String rowId) {
    // Org-level findings point at the Security row that shows the setting or limit concerned.
    private static final Map<String, String> SECURITY_ROWS = Map.of(
            "settings.public-sharing", "public-sharing",
            "settings.pat-creation", "pat-creation",
            "settings.no-max-key-expiry", "max-key-expiry",
            "settings.workspace-admins-invite", "ws-admin-invite",
            "settings.sso-not-enforced", "sso-only",
            "plan.members-near-limit", "members-limit",
            "plan.workspaces-near-limit", "workspaces-limit");

    /** The place that shows {@code f}'s object. */
    public static FindingJump of(Finding f) {
        ObjectRef o = f.object();
        return switch (o.kind()) {
            case MEMBER, INVITE -> new FindingJump(PaneId.MEMBERS, null, o.id());
            case WORKSPACE -> new FindingJump(PaneId.WORKSPACES, null, o.id());
            case WORKSPACE_MEMBER -> new FindingJump(PaneId.WS_MEMBERS, uuid(o.workspaceId()), o.id());
            case SERVICE_KEY, PERSONAL_ACCESS_TOKEN -> new FindingJump(PaneId.API_KEYS, null, o.id());
            case ROLE -> new FindingJump(PaneId.ROLES, null, o.id());
            case ORGANIZATION -> organization(f.ruleId());
        };
    }

    // The admin count findings are about people: the Members pane lists them with their org role.
    private static FindingJump organization(String ruleId) {
        if (ruleId.startsWith("admins.")) {
            return new FindingJump(PaneId.MEMBERS, null, null);
        }
        // An org-level activity finding (a burst by an unlisted key, an unreadable log) is about the Activity pane.
        if (ruleId.startsWith("activity.")) {
            return new FindingJump(PaneId.ACTIVITY, null, null);
        }
        return new FindingJump(PaneId.SECURITY, null, SECURITY_ROWS.get(ruleId));
    }

    private static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The actions that go there: the workspace first (selecting one resets that pane's selection), then the pane,
     * a cleared filter (a filter could hide the row) and the row.
     */
    public List<Action> actions(Instant at) {
        List<Action> out = new ArrayList<>();
        if (workspace != null) {
            out.add(new Action.WorkspaceSelected(workspace, at));
        }
        out.add(new Action.PaneSwitched(pane));
        if (rowId != null) {
            out.add(new Action.FilterChanged(pane, ""));
            out.add(new Action.RowSelected(pane, rowId));
        }
        return out;
    }

    /** Where Enter on the finding's row goes, for the detail view. */
    public String describe() {
        return pane.title() + (rowId == null ? "" : ", on this object") + " (Enter on the finding's row)";
    }
}
