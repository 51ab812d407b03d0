package dev.lsorg.api;

import java.util.Objects;
import java.util.UUID;

/**
 * Which scope headers an operation needs, as the spec's security list says: every request carries
 * {@code X-Organization-Id}; a workspace-scoped one also carries {@code X-Tenant-Id} with its workspace.
 */
public sealed interface Scope permits Scope.Org, Scope.Workspace {
    /** An org-scoped operation ({@code /orgs/current/...}, workspace list, get and create). */
    record Org() implements Scope {
    }

    /** A workspace-scoped operation on {@code workspaceId}. */
    record Workspace(UUID workspaceId) implements Scope {
        public Workspace {
            Objects.requireNonNull(workspaceId, "workspaceId");
        }
    }

    /** The org scope. */
    static Scope org() {
        return new Org();
    }

    /** The scope of one workspace. */
    static Scope workspace(UUID id) {
        return new Workspace(id);
    }
}
