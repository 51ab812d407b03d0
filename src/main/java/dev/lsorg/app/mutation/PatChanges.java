package dev.lsorg.app.mutation;

import dev.lsorg.model.APIKeyGetResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the personal-access-token change: revocation ({@code POST …/personal-access-tokens/{pat_id}/revocation}),
 * which keeps the token listed with its expiry moved to the revocation time. Each token is named with its owner
 * where {@code created_by} finds one, else "owner unknown".
 */
final class PatChanges {
    private final OrgIndex index;
    private final Requests requests;

    PatChanges(OrgIndex index, Requests requests) {
        this.index = index;
        this.requests = requests;
    }

    Proposal revoke(List<String> tokens) {
        Draft d = new Draft(index, MutationKind.REVOKE_PAT);
        List<String> named = new ArrayList<>();
        for (APIKeyGetResponse k : tokens(d, tokens)) {
            d.targets.add(k.description());
            named.add("'" + k.description() + "' (" + k.shortKey() + ")" + owner(k));
            d.send(requests.revokePersonalAccessToken(k.id()), new KeyChecks.PatRevoked(k.id(), k.description()));
        }
        String which = named.size() == 1 ? "personal access token " + named.get(0)
                : named.size() + " personal access tokens: " + Draft.join(named);
        return d.finish("Revoke " + which + "; it stops working at once and stays listed as expired",
                "org " + index.orgName(), null, d.confirmText());
    }

    // The listing names no owner where created_by is missing (it is not in the spec) or names no member.
    private String owner(APIKeyGetResponse k) {
        return index.patOwner(k).map(m -> " of " + (m.email() != null ? m.email() : String.valueOf(m.id())))
                .orElse(", owner unknown");
    }

    private List<APIKeyGetResponse> tokens(Draft d, List<String> texts) {
        List<APIKeyGetResponse> found = new ArrayList<>();
        d.check.require(!texts.isEmpty(), "tokens", "choose at least one personal access token");
        for (String t : texts) {
            Optional<APIKeyGetResponse> k = index.pat(t);
            if (d.check.require(k.isPresent(), "tokens", "no personal access token with description, short key"
                    + " or id '" + t + "'") && d.check.require(index.patMatches(t) == 1, "tokens",
                    index.patMatches(t) + " tokens are described '" + t + "'; give the token's id")) {
                found.add(k.get());
            }
        }
        return found;
    }
}
