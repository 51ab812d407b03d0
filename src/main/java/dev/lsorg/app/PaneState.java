package dev.lsorg.app;

/**
 * What the user has set up in one pane.
 *
 * @param selectedId  id of the selected row (kept across refreshes and re-sorts), or null for the first
 * @param filter      the filter text ({@code !} inverts), "" for none
 * @param sortColumn  column sorted by, -1 for the natural order
 * @param descending  reverse sort
 * @param showDeleted show deleted workspaces (workspaces pane)
 * @param scope       what a drill-down view is about (a member's or a role's id), or null
 * @param column      the first column shown after the first (columns scrolled with Left/Right), 0 for none
 */
public record PaneState(String selectedId, String filter, int sortColumn, boolean descending, boolean showDeleted,
                        String scope, int column) {
    /** Fresh pane: first row, no filter, natural order. */
    public static final PaneState INITIAL = new PaneState(null, "", -1, false, false, null, 0);

    /** With the selection on {@code id}. */
    public PaneState select(String id) {
        return new PaneState(id, filter, sortColumn, descending, showDeleted, scope, column);
    }

    /** With a new filter. */
    public PaneState filter(String text) {
        return new PaneState(selectedId, text, sortColumn, descending, showDeleted, scope, column);
    }

    /** Sorted by {@code column}, ascending or not. */
    public PaneState sort(int column, boolean desc) {
        return new PaneState(selectedId, filter, column, desc, showDeleted, scope, this.column);
    }

    /** With deleted rows shown or hidden. */
    public PaneState deleted(boolean show) {
        return new PaneState(selectedId, filter, sortColumn, descending, show, scope, column);
    }

    /** A drill-down view about {@code id}: first row, no filter, natural order. */
    public static PaneState about(String id) {
        return new PaneState(null, "", -1, false, false, id, 0);
    }

    /** With columns scrolled so that {@code first} comes after the first column. */
    public PaneState scrolled(int first) {
        return new PaneState(selectedId, filter, sortColumn, descending, showDeleted, scope, Math.max(0, first));
    }
}
