package dev.lsorg.emulator;

import java.util.UUID;

/**
 * The full secrets of the keys every seed creates, so tests, {@code --demo} and the standalone server can call
 * the emulator with each kind of key; they are emulator-issued, not real LangSmith secrets.
 *
 * @param orgAdminKey              org-scoped service key with the Organization Admin role
 * @param orgViewerKey             org-scoped service key with the Organization Viewer role
 * @param workspaceKey             service key scoped to one workspace, with the workspace Admin role
 * @param workspaceKeyWorkspaceId  that workspace
 * @param patKey                   personal access token of an active Organization User
 * @param patDefaultWorkspaceId    the PAT's default workspace (used when no {@code X-Tenant-Id} is sent)
 */
public record SeedKeys(String orgAdminKey, String orgViewerKey, String workspaceKey, UUID workspaceKeyWorkspaceId,
                       String patKey, UUID patDefaultWorkspaceId) {
    @Override
    public String toString() {
        return "SeedKeys[secrets hidden, workspaceKeyWorkspaceId=" + workspaceKeyWorkspaceId
                + ", patDefaultWorkspaceId=" + patDefaultWorkspaceId + "]";
    }
}
