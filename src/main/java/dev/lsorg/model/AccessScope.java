package dev.lsorg.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a role, identity or key belongs to the organization or to a workspace. */
public enum AccessScope {
    @JsonProperty("organization") ORGANIZATION,
    @JsonProperty("workspace") WORKSPACE
}
