package dev.lsorg.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The reducer's rules for where the user is and has been: the trail of places Esc walks back (a jump from a
 * finding, a drill-down), the screen size, the theme, and a workspace asked for by name before the list is known.
 */
final class Trail {
    private Trail() {
    }

    static Step reduce(AppState s, Action a) {
        if (a instanceof Action.TrailPushed t) {
            List<Place> copy = new ArrayList<>(s.trail());
            copy.add(t.place());
            return Step.of(s.withTrail(List.copyOf(copy)));
        } else if (a instanceof Action.Drilled d) {
            return Step.of(s.withPane(d.pane()).withPaneState(d.pane(), d.state()).withOverlay(Overlay.NONE));
        } else if (a instanceof Action.WentBack) {
            return back(s);
        } else if (a instanceof Action.WentTo w) {
            return Step.of(wentTo(s, w.pane()));
        } else if (a instanceof Action.Landed) {
            return Step.of(s.withLanding(null));
        } else if (a instanceof Action.Resized r) {
            return Step.of(s.withViewport(new Viewport(r.width(), r.height())));
        } else if (a instanceof Action.ThemeRequested t) {
            return Step.of(s, new Effect.LoadTheme(t.name()));
        } else if (a instanceof Action.ThemeChanged t) {
            return Step.of(s.withTheme(t.name()).say(Status.info("Theme: " + t.name(), t.at()), false));
        }
        return named(s, (Action.WorkspaceNamed) a);
    }

    // A direct switch starts a new trail; the pane left is remembered for '-'.
    private static AppState wentTo(AppState s, PaneId pane) {
        Place from = s.trail().isEmpty() ? Place.of(s) : s.trail().get(0);
        return s.withPrevious(pane == s.pane() ? s.previous() : from).withTrail(List.of()).withPane(pane)
                .withOverlay(Overlay.NONE);
    }

    // Back one level, as it was: the pane, its selection and filter, and the workspace it showed.
    private static Step back(AppState s) {
        if (s.trail().isEmpty()) {
            return Step.of(s);
        }
        Place p = s.trail().get(s.trail().size() - 1);
        Step step = Step.of(s.withTrail(List.copyOf(s.trail().subList(0, s.trail().size() - 1))));
        if (p.workspace() != null && !p.workspace().equals(s.workspace())) {
            step = new Reducer().reduce(step.state(), new Action.WorkspaceSelected(p.workspace(), s.now()));
        }
        return new Step(step.state().withPane(p.pane()).withPaneState(p.pane(), p.state()).withOverlay(Overlay.NONE),
                step.effects());
    }

    /** Selects the workspace called {@code name} now, or once the workspace list has loaded. */
    private static Step named(AppState s, Action.WorkspaceNamed n) {
        if (s.data().workspaces() == null) {
            return Step.of(s.withWantedWorkspace(n.name()));
        }
        return resolve(s.withWantedWorkspace(n.name()), n.at());
    }

    /** Goes to the wanted workspace, if one is wanted and the list is known; a name that matches none is said. */
    static Step resolve(AppState s, java.time.Instant at) {
        String name = s.wantedWorkspace();
        if (name == null || s.data().workspaces() == null) {
            return Step.of(s);
        }
        AppState next = s.withWantedWorkspace(null);
        return next.data().workspaces().stream().filter(w -> !w.isDeleted())
                .filter(w -> w.displayName().equalsIgnoreCase(name)).findFirst()
                .map(w -> new Reducer().reduce(next, new Action.WorkspaceSelected(w.id(), at)))
                .orElse(Step.of(next.say(Status.error("No workspace named '" + name + "' (--workspace)"), false)));
    }
}
