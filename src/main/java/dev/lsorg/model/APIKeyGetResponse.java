package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A service key or PAT as listed ({@code APIKeyGetResponse}): never the secret, only LangSmith's {@code shortKey}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record APIKeyGetResponse(
        Instant createdAt,
        UUID id,
        String shortKey,
        String description,
        boolean readOnly,
        Instant lastUsedAt,
        Instant expiresAt,
        List<String> workspaceNames,
        String defaultWorkspaceName,
        UUID roleId,
        UUID orgRoleId,
        AccessScope accessScope) {
}
