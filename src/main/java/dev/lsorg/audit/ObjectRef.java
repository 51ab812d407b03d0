package dev.lsorg.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/**
 * Names the org object a finding is about: its kind and id (enough for a pane to select it), a human name (email,
 * workspace name or key description) and, for objects that live inside a workspace, that workspace's id.
 *
 * @param kind        what sort of object
 * @param id          its id as the API gives it (identity id for members, key id for keys)
 * @param name        email, display name or key description, for people to read
 * @param workspaceId the workspace the object belongs to, or null for org-level objects
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectRef(ObjectKind kind, String id, String name,
                        @JsonProperty("workspace_id") String workspaceId) {

    /** An org-level object. */
    public static ObjectRef of(ObjectKind kind, UUID id, String name) {
        return new ObjectRef(kind, id == null ? "" : id.toString(), name == null ? "" : name, null);
    }

    /** An object inside a workspace, such as a workspace member. */
    public static ObjectRef inWorkspace(ObjectKind kind, UUID id, String name, UUID workspaceId) {
        ObjectRef ref = of(kind, id, name);
        return new ObjectRef(ref.kind, ref.id, ref.name, workspaceId == null ? null : workspaceId.toString());
    }
}
