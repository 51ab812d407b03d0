package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service key or PAT as listed ({@code APIKeyGetResponse}): never the secret, only LangSmith's {@code shortKey}.
 * {@code createdBy} is not in the spec but LangSmith sends it (the official Terraform provider reads it); for a PAT
 * it names the owner, which is how an audit finds the PATs of disabled members. It is null when not sent.
 */
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
        @JsonDeserialize(contentUsing = Shared.Text.class) List<String> workspaceNames,
        @JsonDeserialize(using = Shared.Text.class) String defaultWorkspaceName,
        @JsonDeserialize(using = Shared.Id.class) UUID roleId,
        @JsonDeserialize(using = Shared.Id.class) UUID orgRoleId,
        AccessScope accessScope,
        @JsonDeserialize(using = Shared.Text.class) String createdBy) {

    /** A key without a known creator: the spec's fields only. */
    @JsonCreator(mode = JsonCreator.Mode.DISABLED)
    public APIKeyGetResponse(Instant createdAt, UUID id, String shortKey, String description, boolean readOnly,
                             Instant lastUsedAt, Instant expiresAt, List<String> workspaceNames,
                             String defaultWorkspaceName, UUID roleId, UUID orgRoleId, AccessScope accessScope) {
        this(createdAt, id, shortKey, description, readOnly, lastUsedAt, expiresAt, workspaceNames,
                defaultWorkspaceName, roleId, orgRoleId, accessScope, null);
    }
}
