package dev.lsorg.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of org object a finding or a change is about; together with the object's id it tells a console pane
 * where to jump.
 */
public enum ObjectKind {
    ORGANIZATION("organization"),
    WORKSPACE("workspace"),
    MEMBER("member"),
    WORKSPACE_MEMBER("workspace_member"),
    INVITE("invite"),
    SERVICE_KEY("service_key"),
    PERSONAL_ACCESS_TOKEN("personal_access_token"),
    ROLE("role");

    private final String label;

    ObjectKind(String label) {
        this.label = label;
    }

    /** The snake_case name used in JSON, CSV and text output. */
    @JsonValue
    public String label() {
        return label;
    }
}
