package dev.lsorg.app;

import java.util.EnumSet;
import java.util.Set;

/**
 * The reducer's rules for consoles that share one loader ({@code lsorg serve}): another session's answer is taken
 * in as if this console had asked (its own loads in flight keep their numbers, so its own answers and the changes
 * waiting for them still settle), and its next auto-refresh moves to the same beat, so the sessions' refreshes meet
 * in the loader and the org is read once for all of them. A change made in another session is announced with its
 * author and the resources it touched are read again.
 */
final class SharedLoads {
    private SharedLoads() {
    }

    static Step loaded(AppState s, Action.SharedLoaded a) {
        Resource r = a.resource();
        if (r == Resource.ACTIVITY || (r == Resource.WS_MEMBERS && a.workspace() == null)) {
            return Step.of(s);
        }
        boolean shown = r != Resource.WS_MEMBERS || a.workspace().equals(s.workspace());
        Resource as = shown ? r : Resource.ALL_WS_MEMBERS;
        java.util.Set<String> changed = shown ? Diffs.changed(s, r, a.data()) : Set.of();
        AppState next = Loads.apply(s, r, a.data(), a.workspace(), a.at());
        if (shown) {
            LoadState ls = s.load(as);
            next = next.withLoad(as, new LoadState(ls.seq(), ls.loading(), a.at(), null, changed,
                    changed.isEmpty() ? ls.changedAt() : a.at()));
        }
        if (r == Resource.WORKSPACES && s.failures() == 0) {
            next = next.withSchedule(a.at().plus(s.refreshEvery()), 0);
        }
        return Step.of(next);
    }

    static Step changedElsewhere(AppState s, Action.ChangedElsewhere c) {
        AppState next = s.say(Status.result(c.level(), c.who() + " in another session: " + c.message()), true);
        for (Resource r : c.reload()) {
            if (next.load(r).loading()) {
                // A load that left before the other session's change answered may hold the old truth.
                next = next.withLoad(r, next.load(r).abandoned(next.nextSeq())).withNextSeq(next.nextSeq() + 1);
            }
        }
        return Loads.request(next, c.reload().isEmpty() ? EnumSet.noneOf(Resource.class) : EnumSet.copyOf(c.reload()),
                c.at());
    }
}
