package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A freshly created key ({@code APIKeyCreateResponse}): the listed fields plus the full secret in {@code key},
 * which LangSmith returns only once; {@code createdBy} as in {@link APIKeyGetResponse}. {@link #toString()} never
 * includes the secret.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record APIKeyCreateResponse(
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
        AccessScope accessScope,
        String createdBy,
        String key) {

    /** The key as it will be listed from now on, without the secret. */
    public APIKeyGetResponse withoutSecret() {
        return new APIKeyGetResponse(createdAt, id, shortKey, description, readOnly, lastUsedAt, expiresAt,
                workspaceNames, defaultWorkspaceName, roleId, orgRoleId, accessScope, createdBy);
    }

    @Override
    public String toString() {
        return "APIKeyCreateResponse[id=" + id + ", shortKey=" + shortKey + ", description=" + description
                + ", accessScope=" + accessScope + ", key=<secret, shown once>]";
    }
}
