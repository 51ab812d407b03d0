package dev.lsorg.app;

import dev.lsorg.model.APIKeyGetResponse;
import java.util.List;

/**
 * The key lists the API keys pane shows.
 *
 * @param serviceKeys the org's service keys, org-wide and workspace-scoped
 * @param pats        personal access tokens visible to the calling key
 */
public record KeyLists(List<APIKeyGetResponse> serviceKeys, List<APIKeyGetResponse> pats) {
}
