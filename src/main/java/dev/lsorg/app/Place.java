package dev.lsorg.app;

/**
 * A place the user was in and can go back to with Esc: the pane and how it was set up (selection, filter, sort).
 *
 * @param pane  the pane
 * @param state its selection, filter and sort then
 */
public record Place(PaneId pane, PaneState state) {
}
