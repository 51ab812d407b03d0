package dev.lsorg.app.bulk;

/**
 * One row of an {@code lsorg apply} CSV file: who, with which org role, in which workspace with which workspace
 * role, and what to do ({@code ensure} when blank, or {@code remove}). Empty cells are {@code null}.
 *
 * @param line          the line number in the file, for messages
 * @param email         the person
 * @param orgRole       the org role to have (or to invite with)
 * @param workspace     a workspace name, or {@code null} for the org only
 * @param workspaceRole the role to have in {@code workspace}
 * @param action        {@code ensure} or {@code remove}
 */
public record BulkRow(int line, String email, String orgRole, String workspace, String workspaceRole, String action) {
    /** The row's action, lower-cased, {@code ensure} when blank. */
    public String verb() {
        return action == null ? "ensure" : action.toLowerCase(java.util.Locale.ROOT);
    }
}
