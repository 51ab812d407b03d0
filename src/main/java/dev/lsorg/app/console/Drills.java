package dev.lsorg.app.console;

import dev.lsorg.app.Action;
import dev.lsorg.app.AppState;
import dev.lsorg.app.PaneId;
import dev.lsorg.app.PaneState;
import dev.lsorg.app.Place;
import dev.lsorg.app.rows.MemberWorkspaceRows;
import dev.lsorg.app.rows.RoleHolderRows;
import dev.lsorg.app.rows.Row;
import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgData;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.OrgPendingIdentity;
import dev.lsorg.model.PendingIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where Enter on a row leads, as the actions that go there after leaving a way back: a workspace opens its members,
 * a member (or a workspace member) their workspaces with roles, one of those workspaces its members on that person,
 * a role who holds it, and a holder its own pane. Empty where a row holds nothing more (its details open instead).
 */
final class Drills {
    private Drills() {
    }

    /** The way into what {@code row} of the pane on screen holds, or empty. */
    static Optional<List<Action>> into(AppState s, Row row) {
        Object src = row.source();
        PaneId pane = s.pane();
        if (pane == PaneId.WORKSPACES && src instanceof TenantForUser w && !w.isDeleted()) {
            return go(s, w.id(), PaneId.WS_MEMBERS, PaneState.INITIAL);
        } else if (src instanceof OrgMemberIdentity m) {
            return go(s, null, PaneId.MEMBER_WORKSPACES, PaneState.about(String.valueOf(m.id())));
        } else if (pane == PaneId.WS_MEMBERS && src instanceof MemberIdentity m) {
            return orgMember(s.data(), m.lsUserId()).flatMap(o -> go(s, null, PaneId.MEMBER_WORKSPACES,
                    PaneState.about(String.valueOf(o.id()))));
        } else if (pane == PaneId.MEMBER_WORKSPACES && src instanceof TenantForUser w && !w.isDeleted()) {
            return memberIn(s, w.id());
        } else if (pane == PaneId.ROLES && src instanceof Role r) {
            return go(s, null, PaneId.ROLE_HOLDERS, PaneState.about(String.valueOf(r.id())));
        } else if (src instanceof RoleHolderRows.Holder h) {
            return holder(s, h);
        }
        return Optional.empty();
    }

    private static Optional<List<Action>> go(AppState s, UUID workspace, PaneId to, PaneState state) {
        List<Action> out = new ArrayList<>();
        out.add(new Action.TrailPushed(Place.of(s)));
        if (workspace != null && !workspace.equals(s.workspace())) {
            out.add(new Action.WorkspaceSelected(workspace, s.now()));
        }
        out.add(new Action.Drilled(to, state));
        return Optional.of(out);
    }

    private static Optional<OrgMemberIdentity> orgMember(OrgData d, UUID user) {
        if (d.members() == null || user == null) {
            return Optional.empty();
        }
        return d.members().members().stream().filter(m -> user.equals(m.lsUserId())).findFirst();
    }

    // A workspace of the member's list: its members, with the selection on that person.
    private static Optional<List<Action>> memberIn(AppState s, UUID ws) {
        OrgMemberIdentity m = MemberWorkspaceRows.member(s.data(), s.paneState(PaneId.MEMBER_WORKSPACES).scope());
        MemberIdentity in = m == null ? null : MemberWorkspaceRows.in(s.data(), ws, m.lsUserId());
        return go(s, ws, PaneId.WS_MEMBERS, PaneState.INITIAL.select(in == null ? null : String.valueOf(in.id())));
    }

    private static Optional<List<Action>> holder(AppState s, RoleHolderRows.Holder h) {
        Object src = h.source();
        if (src instanceof OrgMemberIdentity m) {
            return go(s, null, PaneId.MEMBERS, PaneState.INITIAL.select(String.valueOf(m.id())));
        } else if (src instanceof OrgPendingIdentity p) {
            return go(s, null, PaneId.MEMBERS, PaneState.INITIAL.select(String.valueOf(p.id())));
        } else if (src instanceof MemberIdentity m) {
            return go(s, h.workspace(), PaneId.WS_MEMBERS, PaneState.INITIAL.select(String.valueOf(m.id())));
        } else if (src instanceof PendingIdentity p) {
            return go(s, h.workspace(), PaneId.WS_MEMBERS, PaneState.INITIAL.select(String.valueOf(p.id())));
        } else if (src instanceof APIKeyGetResponse k) {
            return go(s, null, PaneId.API_KEYS, PaneState.INITIAL.select(String.valueOf(k.id())));
        }
        return Optional.empty();
    }
}
