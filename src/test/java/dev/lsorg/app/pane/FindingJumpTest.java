package dev.lsorg.app.pane;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lsorg.app.Action;
import dev.lsorg.app.PaneId;
import dev.lsorg.audit.Finding;
import dev.lsorg.audit.ObjectKind;
import dev.lsorg.audit.ObjectRef;
import dev.lsorg.audit.Severity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where Enter on a finding goes, for every kind of object a rule reports. */
class FindingJumpTest {
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID WS = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");

    private static FindingJump jump(String rule, ObjectRef ref) {
        return FindingJump.of(new Finding(Severity.HIGH, rule, ref, "e", "f"));
    }

    @Test
    void eachObjectKindLandsOnItsPaneAndRow() {
        assertEquals(new FindingJump(PaneId.MEMBERS, null, ID.toString()),
                jump("admins.disabled", ObjectRef.of(ObjectKind.MEMBER, ID, "a@x")));
        assertEquals(new FindingJump(PaneId.MEMBERS, null, ID.toString()),
                jump("invites.stale", ObjectRef.of(ObjectKind.INVITE, ID, "a@x")));
        assertEquals(new FindingJump(PaneId.WORKSPACES, null, ID.toString()),
                jump("workspaces.empty", ObjectRef.of(ObjectKind.WORKSPACE, ID, "W")));
        assertEquals(new FindingJump(PaneId.API_KEYS, null, ID.toString()),
                jump("keys.org-admin", ObjectRef.of(ObjectKind.SERVICE_KEY, ID, "k")));
        assertEquals(new FindingJump(PaneId.API_KEYS, null, ID.toString()),
                jump("keys.never-used", ObjectRef.of(ObjectKind.PERSONAL_ACCESS_TOKEN, ID, "k")));
        assertEquals(new FindingJump(PaneId.WS_MEMBERS, WS, ID.toString()),
                jump("members.workspace-admin-not-in-org",
                        ObjectRef.inWorkspace(ObjectKind.WORKSPACE_MEMBER, ID, "a@x", WS)));
    }

    @Test
    void orgFindingsLandOnTheSecurityRowOrTheMembers() {
        ObjectRef org = ObjectRef.of(ObjectKind.ORGANIZATION, ID, "Acme");
        assertEquals(new FindingJump(PaneId.SECURITY, null, "public-sharing"), jump("settings.public-sharing", org));
        assertEquals(new FindingJump(PaneId.SECURITY, null, "max-key-expiry"), jump("settings.no-max-key-expiry", org));
        assertEquals(new FindingJump(PaneId.SECURITY, null, "members-limit"), jump("plan.members-near-limit", org));
        assertEquals(new FindingJump(PaneId.MEMBERS, null, null), jump("admins.too-many", org));
        assertEquals(new FindingJump(PaneId.ACTIVITY, null, null), jump("activity.unavailable", org));
    }

    @Test
    void actionsSelectTheWorkspaceFirstThenThePaneClearItsFilterAndSelectTheRow() {
        assertEquals(List.of(new Action.WorkspaceSelected(WS, AT), new Action.PaneSwitched(PaneId.WS_MEMBERS),
                        new Action.FilterChanged(PaneId.WS_MEMBERS, ""),
                        new Action.RowSelected(PaneId.WS_MEMBERS, "r")),
                new FindingJump(PaneId.WS_MEMBERS, WS, "r").actions(AT));
        assertEquals(List.of(new Action.PaneSwitched(PaneId.MEMBERS)),
                new FindingJump(PaneId.MEMBERS, null, null).actions(AT));
    }
}
