package dev.lsorg.cli;

import dev.lsorg.config.ClientConfig;
import dev.lsorg.config.Secret;
import dev.lsorg.model.TenantForUser;
import java.util.List;
import java.util.Optional;

/**
 * The workspace a command was asked to start in ({@code --workspace}, else {@code LANGSMITH_WORKSPACE_ID} or the
 * profile's {@code workspace_id}), checked against the org: asking for one that does not exist is a usage error,
 * never silently ignored.
 *
 * @param wanted the id or name asked for
 * @param source where it was asked for, for the message
 */
record WorkspaceChoice(String wanted, String source) {

    /** What was asked for, or empty when no workspace was named. */
    static Optional<WorkspaceChoice> of(GlobalOptions global, ClientConfig config) {
        if (global.workspace != null && !global.workspace.isBlank()) {
            return Optional.of(new WorkspaceChoice(global.workspace.strip(), "--workspace"));
        }
        String fromConfig = config.workspaceId() != null ? config.workspaceId().toString() : config.workspaceName();
        return Optional.ofNullable(fromConfig)
                .map(w -> new WorkspaceChoice(w, "LANGSMITH_WORKSPACE_ID or the profile's workspace_id"));
    }

    /** The live workspace with this id, or this name ignoring case. */
    Optional<TenantForUser> in(List<TenantForUser> workspaces) {
        return workspaces.stream().filter(w -> !w.isDeleted())
                .filter(w -> w.id().toString().equalsIgnoreCase(wanted) || wanted.equalsIgnoreCase(w.displayName()))
                .findFirst();
    }

    /** The usage error for a workspace that is not in the org. */
    CommandFailure missing() {
        return new CommandFailure(ExitCodes.USAGE, source + ": no workspace " + shown() + " in this org ('lsorg shell"
                + " -c \"ls workspaces\"' lists them)");
    }

    // The name may come from a file or the environment: repeat it only when it is printable and not key-shaped.
    private String shown() {
        boolean plain = wanted.length() <= 200 && wanted.codePoints().noneMatch(Character::isISOControl)
                && !Secret.looksLikeKey(wanted);
        return plain ? "'" + wanted + "'" : "with that name";
    }
}
