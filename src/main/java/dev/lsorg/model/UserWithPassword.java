package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.UUID;

/**
 * A user created by the basic-auth batch ({@code UserWithPassword}); {@code password} is only set when the
 * server generated one. {@link #toString()} hides it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserWithPassword(
        UUID id,
        UUID lsUserId,
        Instant createdAt,
        Instant updatedAt,
        String email,
        String fullName,
        String avatarUrl,
        String password) {
    @Override
    public String toString() {
        return "UserWithPassword[id=" + id + ", email=" + email + ", password=" + (password == null ? "null" : "<hidden>") + "]";
    }
}
