package dev.lsorg.app;

import dev.lsorg.model.APIKeyGetResponse;
import dev.lsorg.model.PatCoverage;
import java.util.List;

/**
 * The key lists the API keys pane shows.
 *
 * @param serviceKeys the org's service keys, org-wide and workspace-scoped
 * @param pats        personal access tokens visible to the calling key
 * @param patCoverage whether {@code pats} holds every member's tokens or only the key's own (and why)
 */
public record KeyLists(List<APIKeyGetResponse> serviceKeys, List<APIKeyGetResponse> pats, PatCoverage patCoverage) {
    /** A null coverage is read as every member's. */
    public KeyLists {
        patCoverage = patCoverage == null ? PatCoverage.ALL_MEMBERS : patCoverage;
    }

    /** Key lists whose PATs are every member's. */
    public KeyLists(List<APIKeyGetResponse> serviceKeys, List<APIKeyGetResponse> pats) {
        this(serviceKeys, pats, PatCoverage.ALL_MEMBERS);
    }
}
