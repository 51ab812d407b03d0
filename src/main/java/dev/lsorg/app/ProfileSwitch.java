package dev.lsorg.app;

import dev.lsorg.model.OrgData;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The reducer's rules for {@code :profile NAME}: the org of another configured profile is opened as an effect;
 * once it is, the console forgets what it had loaded of the old org (rows, marks, findings, the way back) and loads
 * the new one, keeping the pane on screen, its history and its messages. A load of the old org that answers late is
 * stale by its number and is dropped.
 */
final class ProfileSwitch {
    private ProfileSwitch() {
    }

    static Step reduce(AppState s, Action a) {
        if (a instanceof Action.ProfileRequested r) {
            return Step.of(s.say(Status.info("Opening profile " + r.name() + "…", r.at()), false),
                    new Effect.SwitchProfile(r.name()));
        } else if (a instanceof Action.ProfileFailed f) {
            return Step.of(s.say(Status.error("Cannot open profile " + f.name() + ": " + f.why()), false));
        }
        return switched(s, (Action.ProfileSwitched) a);
    }

    private static Step switched(AppState s, Action.ProfileSwitched p) {
        Map<Resource, LoadState> loads = new EnumMap<>(Resource.class);
        for (Resource r : Resource.values()) {
            loads.put(r, LoadState.IDLE);
        }
        Map<PaneId, PaneState> panes = new EnumMap<>(PaneId.class);
        for (PaneId id : PaneId.values()) {
            panes.put(id, PaneState.INITIAL);
        }
        PaneId pane = s.pane().tab() ? s.pane() : PaneId.WORKSPACES;
        AppState next = new AppState(p.connection(), OrgData.empty(), ActivityFeed.initial(), Map.copyOf(loads), pane,
                Map.copyOf(panes), p.workspace(), Overlay.NONE, s.status(), s.requests(), s.history(),
                s.refreshEvery(), p.at(), 0, s.nextSeq(), s.now(), s.ticks(), false, ChangeState.NONE, s.messages(),
                null, AuditState.NONE, s.viewport(), List.of(), s.theme(), p.workspaceName(), null,
                Refreshes.initial(s.refreshes().wholeEvery(), p.at()).started("whole org", true, p.at()), null);
        next = next.say(Status.result(Status.Level.INFO, "Profile " + p.name() + ": " + p.connection().endpoint()
                + (p.connection().readOnly() ? " (read-only)" : "")), false);
        return Loads.request(next, EnumSet.allOf(Resource.class), p.at());
    }

    /** Whether {@code a} is one of the profile switch's actions. */
    static boolean handles(Action a) {
        return a instanceof Action.ProfileRequested || a instanceof Action.ProfileSwitched
                || a instanceof Action.ProfileFailed;
    }
}
