package dev.lsorg.app.pane;

import dev.lsorg.app.PaneId;
import dev.lsorg.audit.ActivityNames;
import dev.lsorg.model.ActivityRecord;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.TenantForUser;
import java.util.Optional;
import java.util.UUID;

/**
 * Where Enter on an activity record goes: the pane and row of the first object it touched that the org still lists
 * (a deleted workspace no longer counts), with the workspace selected first for a workspace member; nowhere when
 * every object is gone.
 */
final class ActivityJump {
    private ActivityJump() {
    }

    /** The place that shows {@code r}'s first still-listed object. */
    static Optional<FindingJump> of(ActivityRecord r, ActivityNames names, OrgData d) {
        for (UUID id : r.resourceIds()) {
            Optional<FindingJump> jump = to(names.object(id), d);
            if (jump.isPresent()) {
                return jump;
            }
        }
        return Optional.empty();
    }

    private static Optional<FindingJump> to(ActivityNames.Named n, OrgData d) {
        if (!n.exists()) {
            return Optional.empty();
        }
        String row = n.id().toString();
        return Optional.ofNullable(switch (n.kind()) {
            case MEMBER -> new FindingJump(PaneId.MEMBERS, null, row);
            case INVITE -> n.workspaceId() == null ? new FindingJump(PaneId.MEMBERS, null, row)
                    : new FindingJump(PaneId.WS_MEMBERS, n.workspaceId(), row);
            case WORKSPACE -> live(d, n.id()) ? new FindingJump(PaneId.WORKSPACES, null, row) : null;
            case WORKSPACE_MEMBER -> new FindingJump(PaneId.WS_MEMBERS, n.workspaceId(), row);
            case SERVICE_KEY, PERSONAL_ACCESS_TOKEN -> new FindingJump(PaneId.API_KEYS, null, row);
            case ROLE -> new FindingJump(PaneId.ROLES, null, row);
            case ORGANIZATION -> new FindingJump(PaneId.SECURITY, null, null);
        });
    }

    private static boolean live(OrgData d, UUID id) {
        TenantForUser w = d.workspace(id);
        return w != null && !w.isDeleted();
    }

    /** Where Enter goes, for the detail view. */
    static String describe(Optional<FindingJump> jump) {
        return jump.map(j -> j.pane().title() + (j.rowId() == null ? "" : ", on its object") + " (Enter on the row)")
                .orElse("nowhere: no object of this change is listed");
    }
}
