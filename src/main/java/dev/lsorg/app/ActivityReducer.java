package dev.lsorg.app;

import java.util.EnumSet;

/** How the state follows a change of the Activity pane's filter: keep what still fits, forget an answer in flight. */
final class ActivityReducer {
    private ActivityReducer() {
    }

    /** Applies the new filter, goes to the pane, and reads again (all of it when the server is asked otherwise). */
    static Step filterChanged(AppState s, Action.ActivityFilterChanged a) {
        ActivityFeed feed = s.activity().refiltered(a.filter(), a.at());
        // An answer to the old filter may still come: forget it, so it is stale when it does.
        AppState next = s.withActivity(feed).withPane(PaneId.ACTIVITY).withOverlay(Overlay.NONE)
                .withLoad(Resource.ACTIVITY, s.load(Resource.ACTIVITY).abandoned(s.nextSeq()))
                .withNextSeq(s.nextSeq() + 1)
                .withStatus(Status.info("Activity: " + a.filter().describe(workspaceName(s, a.filter())), a.at()));
        return Loads.request(next, EnumSet.of(Resource.ACTIVITY), a.at());
    }

    static String workspaceName(AppState s, ActivityFilter f) {
        var w = s.data().workspace(f.workspace());
        return w != null ? w.displayName() : String.valueOf(f.workspace());
    }
}
