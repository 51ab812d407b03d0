package dev.lsorg.app.mutation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * One line of the journal: a confirmed change (or dry run) as it was described, the requests as they were shown
 * with the key masked, and what came of it. Never holds a secret.
 *
 * @param time       when the change finished (or was recorded, for a dry run)
 * @param profile    the config profile in use, or {@code null}
 * @param org        the org's name and id
 * @param workspace  the workspace the change was scoped to, or {@code null} for org-wide changes
 * @param change     the change in words
 * @param kind       the kind of change ({@link MutationKind} name)
 * @param targets    every target of the change
 * @param requests   each request as previewed (method, path, masked headers, body)
 * @param outcome    {@code ok}, {@code failed}, {@code partial} or {@code dry-run}
 * @param sent       how many of the requests were sent (0 for a dry run)
 * @param errorType  the kind of failure ({@code Conflict}, {@code Validation}, {@code Forbidden}, ...), or {@code null}
 * @param error      the server's reason in words, or {@code null}
 * @param durationMs how long the requests took
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JournalEntry(
        Instant time,
        String profile,
        String org,
        String workspace,
        String change,
        String kind,
        List<String> targets,
        List<String> requests,
        String outcome,
        int sent,
        String errorType,
        String error,
        long durationMs) {
}
