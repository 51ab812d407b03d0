package dev.lsorg.model;

import java.util.List;

/**
 * The personal access tokens a key could list, and whose they are ({@link PatCoverage}).
 *
 * @param tokens   the tokens listed
 * @param coverage every member's, or only the key's own and why
 */
public record PatListing(List<APIKeyGetResponse> tokens, PatCoverage coverage) {
}
