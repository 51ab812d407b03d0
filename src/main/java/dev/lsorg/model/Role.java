package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organization or workspace role; {@code accessScope} tells which, system roles have no organization id. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Role(
        UUID id,
        String name,
        String displayName,
        String description,
        UUID organizationId,
        List<String> permissions,
        AccessScope accessScope,
        boolean isRestricted) {
}
