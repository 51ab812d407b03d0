package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.UUID;

/**
 * One item of {@code POST /api/v1/orgs/current/members/basic/batch} ({@code BasicAuthMemberCreate}): a member
 * created directly with a password, on self-hosted installs that use basic auth. {@link #toString()} hides the password.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BasicAuthMemberCreate(
        String email,
        UUID roleId,
        String password,
        String fullName,
        List<UUID> workspaceIds,
        UUID workspaceRoleId) {
    @Override
    public String toString() {
        return "BasicAuthMemberCreate[email=" + email + ", roleId=" + roleId + ", password=<hidden>, fullName="
                + fullName + ", workspaceIds=" + workspaceIds + ", workspaceRoleId=" + workspaceRoleId + "]";
    }
}
