package dev.lsorg.app;

/**
 * What the user has set up in one pane.
 *
 * @param selectedId  id of the selected row (kept across refreshes and re-sorts), or null for the first
 * @param filter      the filter text ({@code !} inverts), "" for none
 * @param sortColumn  column sorted by, -1 for the natural order
 * @param descending  reverse sort
 * @param showDeleted show deleted workspaces (workspaces pane)
 */
public record PaneState(String selectedId, String filter, int sortColumn, boolean descending, boolean showDeleted) {
    /** Fresh pane: first row, no filter, natural order. */
    public static final PaneState INITIAL = new PaneState(null, "", -1, false, false);

    /** With the selection on {@code id}. */
    public PaneState select(String id) {
        return new PaneState(id, filter, sortColumn, descending, showDeleted);
    }

    /** With a new filter. */
    public PaneState filter(String text) {
        return new PaneState(selectedId, text, sortColumn, descending, showDeleted);
    }

    /** Sorted by {@code column}, ascending or not. */
    public PaneState sort(int column, boolean desc) {
        return new PaneState(selectedId, filter, column, desc, showDeleted);
    }

    /** With deleted rows shown or hidden. */
    public PaneState deleted(boolean show) {
        return new PaneState(selectedId, filter, sortColumn, descending, show);
    }
}
