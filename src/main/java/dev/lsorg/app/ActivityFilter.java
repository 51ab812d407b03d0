package dev.lsorg.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the Activity pane shows: a time window up to now, and optionally one operation and one workspace (asked of
 * the server, so changing them reloads) and an actor (text matched against the actor's name, client side).
 *
 * @param window    how far back
 * @param operation an {@code AuditLogOperation} name, or null for all
 * @param workspace a workspace id, or null for all
 * @param actor     text the actor's name must contain (case-insensitive), or "" for all
 */
public record ActivityFilter(Duration window, String operation, UUID workspace, String actor) {
    /** The window the pane starts with: the audit's default activity window, so both read the same records. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    /** Everything of the default window. */
    public static final ActivityFilter DEFAULT = new ActivityFilter(DEFAULT_WINDOW, null, null, "");

    public ActivityFilter {
        actor = actor == null ? "" : actor;
    }

    /** Whether {@code other} asks the server for the same records (same operation and workspace). */
    public boolean sameServerQuery(ActivityFilter other) {
        return java.util.Objects.equals(operation, other.operation)
                && java.util.Objects.equals(workspace, other.workspace);
    }

    /** Whether anything narrows the default view. */
    public boolean narrowed() {
        return !equals(DEFAULT);
    }

    /** The operations to ask for (none: all). */
    public List<String> operations() {
        return operation == null ? List.of() : List.of(operation);
    }

    /** The filter in words, with {@code workspaceName} for the workspace: {@code last 7d, op X, ws Y, actor Z}. */
    public String describe(String workspaceName) {
        List<String> parts = new ArrayList<>();
        parts.add("last " + ActivitySpan.format(window));
        if (operation != null) {
            parts.add("op " + operation);
        }
        if (workspace != null) {
            parts.add("ws " + workspaceName);
        }
        if (!actor.isEmpty()) {
            parts.add("actor " + actor);
        }
        return String.join(", ", parts);
    }

    /** With another window. */
    public ActivityFilter withWindow(Duration v) {
        return new ActivityFilter(v, operation, workspace, actor);
    }

    /** With another operation (null: all). */
    public ActivityFilter withOperation(String v) {
        return new ActivityFilter(window, v, workspace, actor);
    }

    /** With another workspace (null: all). */
    public ActivityFilter withWorkspace(UUID v) {
        return new ActivityFilter(window, operation, v, actor);
    }

    /** With another actor text ("" : all). */
    public ActivityFilter withActor(String v) {
        return new ActivityFilter(window, operation, workspace, v);
    }
}
