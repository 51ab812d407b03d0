package dev.lsorg.app.mutation;

import dev.lsorg.api.ApiRequest;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A mutation being put together: the input check, the requests so far and the helpers every kind of change
 * needs (finding roles and workspaces with a reason when they are missing). Ends in one {@link Proposal}.
 */
final class Draft {
    final InputCheck check = new InputCheck();
    final List<ApiRequest<?>> requests = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<String> targets = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private String warning;
    private final OrgIndex index;
    private final MutationKind kind;

    Draft(OrgIndex index, MutationKind kind) {
        this.index = index;
        this.kind = kind;
    }

    /** The role of {@code scope} the user named, or a problem listing the roles that exist. */
    Role role(String field, AccessScope scope, String text) {
        if (text == null || text.isBlank()) {
            check.fail(field, "choose a role: " + roleNames(scope));
            return null;
        }
        Optional<Role> role = index.role(scope, text);
        check.require(role.isPresent(), field, "no " + scope.name().toLowerCase(java.util.Locale.ROOT)
                + " role called '" + text + "'; roles: " + roleNames(scope));
        return role.orElse(null);
    }

    /**
     * The least privileged workspace role where the org has workspace RBAC (Viewer, or the role with the fewest
     * permissions), else null: without RBAC every workspace member and key is Admin and no role can be sent.
     */
    Role leastWorkspaceRole() {
        if (!index.rbac()) {
            return null;
        }
        List<Role> roles = index.roles(AccessScope.WORKSPACE);
        return roles.stream().filter(r -> r.name().equals("WORKSPACE_VIEWER")).findFirst()
                .or(() -> roles.stream().min(java.util.Comparator.comparingInt(r -> r.permissions() == null ? 0
                        : r.permissions().size())))
                .orElse(null);
    }

    /** The workspaces in words: {@code every workspace it reaches}, or {@code Research and Sandbox}. */
    static String where(List<TenantForUser> ws) {
        return ws.isEmpty() ? "every workspace it reaches"
                : join(ws.stream().map(TenantForUser::displayName).toList());
    }

    /** Without RBAC ({@code config.can_use_rbac}) every workspace member is Admin: any other role is a problem. */
    void requireRbacFor(String field, Role workspaceRole) {
        check.require(workspaceRole == null || index.rbac() || workspaceRole.name().equals("WORKSPACE_ADMIN"), field,
                "workspace roles other than Admin need RBAC, which this org's plan lacks (config.can_use_rbac)");
    }

    /** The live workspace the user named, or a problem. */
    TenantForUser workspace(String field, String text) {
        if (text == null || text.isBlank()) {
            check.fail(field, "choose a workspace");
            return null;
        }
        Optional<TenantForUser> ws = index.workspace(text);
        if (!check.require(ws.isPresent(), field, "no workspace called '" + text + "'")
                || !check.require(index.workspaceMatches(text) == 1, field,
                        index.workspaceMatches(text) + " workspaces are called '" + text + "'; give its id")) {
            return null;
        }
        return ws.get();
    }

    /** Records a problem unless the key holds this change's permission in {@code ws}. */
    void permittedIn(TenantForUser ws) {
        if (ws != null) {
            index.lacking(kind.permissions(false), Optional.of(ws)).ifPresent(p -> check.fail("permission",
                    "the API key lacks the permission " + p + " in " + ws.displayName()));
        }
    }

    /** Every named workspace, each with a problem if missing or named twice. */
    List<TenantForUser> workspaces(String field, List<String> texts) {
        List<TenantForUser> found = new ArrayList<>();
        for (String t : texts) {
            TenantForUser ws = workspace(field, t);
            if (ws != null && found.contains(ws)) {
                check.fail(field, ws.displayName() + " is listed twice");
            } else if (ws != null) {
                found.add(ws);
            }
        }
        return found;
    }

    /** Adds a request and the check that tells, by reading the org, whether it took effect. */
    void send(ApiRequest<?> request, Check check) {
        requests.add(request);
        checks.add(check);
    }

    /**
     * Marks the change as one that could lock its author out: it then needs its confirm text typed, whatever the
     * usual rule; several reasons are joined.
     */
    void warn(String why) {
        warning = warning == null ? why : warning + " " + why;
    }

    /** A refusal if any rule broke, else a ready mutation. */
    Proposal finish(String title, String scope, UUID workspaceId, String confirmText) {
        if (!check.ok()) {
            return new Proposal.Refused(check.problems());
        }
        String typed = confirmText == null && warning != null ? confirmText() : confirmText;
        return new Proposal.Ready(new Mutation(kind, title, targets, scope, workspaceId, requests, checks, notes,
                warning, typed));
    }

    /** What to type to confirm a destructive change: the one target's name, or the count for many. */
    String confirmText() {
        return targets.size() == 1 ? targets.get(0) : String.valueOf(targets.size());
    }

    private String roleNames(AccessScope scope) {
        return String.join(", ", index.roles(scope).stream().map(Role::displayName).toList());
    }

    /** {@code a, b and c}. */
    static String join(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
