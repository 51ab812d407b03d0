package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * LangSmith's own audit-log row ({@code AuditLogMessage}), carried in an {@link OCSFApiActivity}'s {@code unmapped}:
 * the one place that names the workspace an operation ran in.
 *
 * @param id                 the row's id
 * @param operationName      the {@code AuditLogOperation} name
 * @param operationSucceeded whether it succeeded, or null when unknown
 * @param requestTime        when the request arrived
 * @param apiKeyId           the API key or PAT used, or null
 * @param userId             the user, or null (service keys)
 * @param lsUserId           the user's LangSmith id, or null
 * @param organizationId     the org
 * @param workspaceId        the workspace the operation ran in, or null for org-level operations
 * @param enrichments        request details
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuditLogMessage(UUID id, String operationName, Boolean operationSucceeded, Instant requestTime,
                              UUID apiKeyId, UUID userId, UUID lsUserId, UUID organizationId, UUID workspaceId,
                              Enrichments enrichments) {

    /**
     * {@code AuditLogEnrichments}: the request's method, path, caller address, answer status and object ids.
     *
     * @param requestMethod      HTTP method
     * @param requestPath        path without the query
     * @param clientHost         the caller's address, or null
     * @param clientPort         the caller's port, or null
     * @param xForwardedFor      the {@code X-Forwarded-For} header, or null
     * @param responseStatusCode the answer's status, or null
     * @param resourceIds        ids of the objects touched, or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Enrichments(String requestMethod, String requestPath, String clientHost, Integer clientPort,
                              String xForwardedFor, Integer responseStatusCode, List<String> resourceIds) {
    }
}
