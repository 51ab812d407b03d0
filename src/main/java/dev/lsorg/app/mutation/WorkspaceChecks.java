package dev.lsorg.app.mutation;

import dev.lsorg.api.LangSmithClient;
import dev.lsorg.model.TenantForUser;
import io.vertx.core.Future;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link Check}s of workspace changes: a new workspace is found by the id lsorg chose and sent
 * ({@code WorkspaceCreate.id}), so a second workspace of the same name is never mistaken for it.
 */
final class WorkspaceChecks {
    private WorkspaceChecks() {
    }

    /** The workspace lsorg asked for under {@code id} exists. */
    record Created(UUID id, String name) implements Check {
        @Override
        public List<String> objects() {
            return List.of("workspace:new:" + name.toLowerCase(Locale.ROOT));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return client.workspaces().list(true).map(all -> find(all, id).filter(w -> !w.isDeleted())
                    .map(w -> Evidence.found("workspace " + w.displayName() + " (" + id + ") exists", id))
                    .orElse(Evidence.notDone("no workspace with the id lsorg sent (" + id + ") is listed")));
        }
    }

    /** Workspace {@code id} is called {@code name}. */
    record Renamed(UUID id, String name) implements Check {
        @Override
        public List<String> objects() {
            return List.of(workspace(id));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return client.workspaces().list(true).map(all -> find(all, id).map(w -> name.equals(w.displayName())
                    ? Evidence.done("the workspace is called " + name)
                    : Evidence.notDone("the workspace is still called " + w.displayName()))
                    .orElse(Evidence.notDone("workspace " + id + " is not listed")));
        }
    }

    /** Workspace {@code id} is deleted (or gone). */
    record Gone(UUID id, String name) implements Check {
        @Override
        public List<String> objects() {
            return List.of(workspace(id));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return client.workspaces().list(true).map(all -> find(all, id).filter(w -> !w.isDeleted()).isEmpty()
                    ? Evidence.done("workspace " + name + " is deleted")
                    : Evidence.notDone("workspace " + name + " is still there"));
        }
    }

    /** {@code email} is a member of workspace {@code workspaceId}. */
    record MemberAdded(UUID workspaceId, String email, String workspaceName) implements Check {
        @Override
        public List<String> objects() {
            return List.of(MemberChecks.person(email));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return MemberReads.workspaceMember(client, workspaceId, email).map(found -> found.isPresent()
                    ? Evidence.done(email + " is listed in " + workspaceName)
                    : Evidence.notDone(email + " is not listed in " + workspaceName));
        }
    }

    /** {@code email} has the workspace role {@code roleId} in workspace {@code workspaceId}. */
    record MemberRole(UUID workspaceId, String email, UUID roleId, String roleName) implements Check {
        @Override
        public List<String> objects() {
            return List.of(MemberChecks.person(email));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return MemberReads.workspaceMember(client, workspaceId, email).map(found -> found
                    .map(m -> roleId.equals(m.roleId()) ? Evidence.done(email + " is " + roleName + " there")
                            : Evidence.notDone(email + " is not " + roleName + " there"))
                    .orElse(Evidence.notDone(email + " is no longer in the workspace")));
        }
    }

    /** {@code email} is no longer a member of workspace {@code workspaceId}. */
    record MemberGone(UUID workspaceId, String email, String workspaceName) implements Check {
        @Override
        public List<String> objects() {
            return List.of(MemberChecks.person(email));
        }

        @Override
        public Future<Evidence> read(LangSmithClient client) {
            return MemberReads.workspaceMember(client, workspaceId, email).map(found -> found.isEmpty()
                    ? Evidence.done(email + " is no longer listed in " + workspaceName)
                    : Evidence.notDone(email + " is still in " + workspaceName));
        }
    }

    static String workspace(UUID id) {
        return "workspace:" + id;
    }

    private static Optional<TenantForUser> find(List<TenantForUser> all, UUID id) {
        return all.stream().filter(w -> id.equals(w.id())).findFirst();
    }
}
