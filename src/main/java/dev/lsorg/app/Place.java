package dev.lsorg.app;

import java.util.UUID;

/**
 * A place the user was in and can go back to: the pane, how it was set up (selection, filter, sort, what a
 * drill-down view was about) and the workspace on screen then.
 *
 * @param pane      the pane
 * @param state     its selection, filter and sort then
 * @param workspace the workspace then, or null
 */
public record Place(PaneId pane, PaneState state, UUID workspace) {
    /** Where {@code s} is now. */
    public static Place of(AppState s) {
        return new Place(s.pane(), s.paneState(s.pane()), s.workspace());
    }
}
