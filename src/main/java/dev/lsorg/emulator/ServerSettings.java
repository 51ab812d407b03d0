package dev.lsorg.emulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How the emulator behaves where LangSmith servers differ or limit callers, as opposed to the faults of
 * {@link FaultSettings} (which are random): whether the org-wide PAT list exists, and the per-key rate limit.
 *
 * @param orgPatList         whether {@code GET /api/v1/orgs/current/members/personal-access-tokens} exists; off, it
 *                           answers 404 as a server older than that route does
 * @param rateLimitPerMinute requests each API key may make per fixed one-minute window of the emulator's clock;
 *                           0 for no limit
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServerSettings(boolean orgPatList, int rateLimitPerMinute) {
    /** Rejects a negative limit, so a bad flag or admin call fails at once. */
    public ServerSettings {
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("the rate limit must be 0 (none) or a positive number per minute");
        }
    }

    /** LangSmith as of the contract: the org-wide PAT list exists, no rate limit (the {@code --demo} default). */
    public static ServerSettings current() {
        return new ServerSettings(true, 0);
    }

    /** The same with the org-wide PAT list on or off. */
    public ServerSettings withOrgPatList(boolean on) {
        return new ServerSettings(on, rateLimitPerMinute);
    }

    /** The same with another per-key limit (0: none). */
    public ServerSettings withRateLimitPerMinute(int perMinute) {
        return new ServerSettings(orgPatList, perMinute);
    }
}
