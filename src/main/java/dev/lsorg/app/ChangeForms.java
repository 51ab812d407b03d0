package dev.lsorg.app;

import dev.lsorg.app.mutation.MutationFactory;
import dev.lsorg.app.mutation.OrgIndex;
import dev.lsorg.app.mutation.Proposal;
import dev.lsorg.app.mutation.RoleEdit;
import dev.lsorg.model.AccessScope;
import dev.lsorg.model.MemberIdentity;
import dev.lsorg.model.OrgMemberIdentity;
import dev.lsorg.model.Role;
import dev.lsorg.model.TenantForUser;
import dev.lsorg.model.TenantMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The change forms: which fields each {@link FormKind} asks for (choices from the org's roles and workspaces,
 * completion over the members that can be added), and the factory call a filled-in form means. Pure functions of
 * the org on screen, so they run on the GUI thread.
 */
public final class ChangeForms {
    private ChangeForms() {
    }

    /** A fresh form of {@code kind} acting on {@code targets} ({@code rowIds}) from {@code pane}. */
    public static ChangeDialog.Form open(FormKind kind, PaneId pane, List<String> targets, Set<String> rowIds,
                                         OrgIndex index, UUID workspace) {
        return new ChangeDialog.Form(kind, pane, List.copyOf(targets), Set.copyOf(rowIds),
                fields(kind, targets, index, workspace), 0, List.of(), names(kind, targets, index));
    }

    // What the form's "For:" line says: a workspace by its name, a key by its description, never an id.
    private static List<String> names(FormKind kind, List<String> targets, OrgIndex index) {
        return targets.stream().map(t -> switch (kind) {
            case RENAME_WORKSPACE -> index.workspaceName(UUID.fromString(t));
            case KEY_ROLE -> index.key(t).map(k -> k.description() + " (" + k.shortKey() + ")").orElse(t);
            default -> t;
        }).toList();
    }

    private static List<FormField> fields(FormKind kind, List<String> targets, OrgIndex index, UUID workspace) {
        List<String> orgRoles = roles(index, AccessScope.ORGANIZATION, false);
        List<String> wsRoles = roles(index, AccessScope.WORKSPACE, false);
        List<String> wsNames = index.workspaces().stream().map(TenantForUser::displayName).toList();
        return switch (kind) {
            case CREATE_WORKSPACE -> List.of(FormField.text("name", "Name", ""),
                    FormField.text("handle", "Handle (optional)", ""));
            case RENAME_WORKSPACE -> List.of(FormField.text("name", "New name", index.workspaceName(
                    UUID.fromString(targets.get(0)))));
            case INVITE -> List.of(FormField.text("emails", "Emails", "").completing(List.of(), true),
                    FormField.choice("role", "Org role", named(index, AccessScope.ORGANIZATION, "ORGANIZATION_USER"), orgRoles),
                    FormField.text("workspaces", "Workspaces (optional)", "").completing(wsNames, true),
                    workspaceRole(index, "workspace_role", "the role in the workspaces named above"));
            case ORG_ROLE, INVITE_ROLE -> List.of(FormField.choice("role", "New org role",
                    current(orgRoles, currentRole(kind, targets, index, workspace), index), orgRoles));
            case ADD_TO_WORKSPACE -> List.of(FormField.text("emails", "Org members", "")
                            .completing(addable(index, workspace), true),
                    FormField.choice("role", "Workspace role", named(index, AccessScope.WORKSPACE, "WORKSPACE_USER"), wsRoles));
            case WORKSPACE_ROLE -> List.of(FormField.choice("role", "New workspace role",
                    current(wsRoles, currentRole(kind, targets, index, workspace), index), wsRoles));
            case CREATE_KEY -> keyFields(index, orgRoles, wsNames);
            case KEY_ROLE -> List.of(FormField.choice("role", "New role",
                    current(keyRoles(index, targets), currentRole(kind, targets, index, workspace), index),
                    keyRoles(index, targets)));
            case CREATE_ROLE, EDIT_ROLE -> roleFields(index, kind == FormKind.EDIT_ROLE
                    ? index.anyRole(targets.get(0)) : Optional.empty());
        };
    }

    /**
     * A custom role's name, description and permissions, starting from {@code role}'s when it is edited. Permissions
     * complete from those the org's workspace roles carry: the catalogue itself is not for API keys.
     */
    private static List<FormField> roleFields(OrgIndex index, Optional<Role> role) {
        String perms = role.map(r -> r.permissions() == null ? "" : String.join(", ", r.permissions())).orElse("");
        return List.of(FormField.text("name", "Name", role.map(Role::displayName).orElse("")),
                FormField.text("description", "Description", role.map(Role::description).filter(d -> d != null)
                        .orElse("")),
                FormField.text("permissions", "Permissions", perms).completing(index.rolePermissions(), true)
                        .noting("A workspace role: it grants these in each workspace where it is given."));
    }

    // A role form starts on the first target's current role, so one Right is a change and Enter alone says so.
    private static Optional<UUID> currentRole(FormKind kind, List<String> targets, OrgIndex index, UUID workspace) {
        String t = targets.get(0);
        return switch (kind) {
            case ORG_ROLE -> index.member(t).map(OrgMemberIdentity::roleId);
            case INVITE_ROLE -> index.pending(t).map(p -> p.roleId());
            case WORKSPACE_ROLE -> workspace == null ? Optional.empty()
                    : index.workspaceMember(workspace, t).map(MemberIdentity::roleId);
            default -> index.key(t).map(k -> k.orgRoleId() != null ? k.orgRoleId() : k.roleId());
        };
    }

    private static String current(List<String> choices, Optional<UUID> role, OrgIndex index) {
        return role.map(index::roleName).filter(choices::contains).orElse(choices.isEmpty() ? "" : choices.get(0));
    }

    private static List<FormField> keyFields(OrgIndex index, List<String> orgRoles, List<String> wsNames) {
        Integer max = index.org().info().maxServiceKeyExpiryDays() != null
                ? index.org().info().maxServiceKeyExpiryDays() : index.org().info().maxApiKeyExpiryDays();
        List<String> withNone = new ArrayList<>(List.of(""));
        withNone.addAll(orgRoles);
        return List.of(FormField.text("description", "Description", ""),
                FormField.choice("org_role", "Org role (org-wide)", named(index, AccessScope.ORGANIZATION, "ORGANIZATION_VIEWER"), withNone),
                FormField.text("workspaces", "Or workspaces", "").completing(wsNames, true),
                workspaceRole(index, "role", "the role in every workspace the key reaches"),
                FormField.text("expires_days", max == null ? "Expires in (days)" : "Expires in (<= " + max + " days)",
                        max == null ? "" : String.valueOf(Math.min(90, max))));
    }

    /**
     * The workspace role of a new key or invite: with workspace RBAC the least privileged role is the default and
     * one is always sent; without it only Admin exists, and the form says that LangSmith gives Admin.
     */
    private static FormField workspaceRole(OrgIndex index, String name, String what) {
        if (!index.rbac()) {
            return FormField.choice(name, "Workspace role", "Admin", List.of("Admin")).noting("No workspace RBAC on"
                    + " this plan: LangSmith gives Admin in every workspace it reaches; no other role can be set.");
        }
        List<Role> roles = index.roles(AccessScope.WORKSPACE);
        String least = index.role(AccessScope.WORKSPACE, "WORKSPACE_VIEWER").map(Role::displayName)
                .orElse(roles.isEmpty() ? "" : roles.get(roles.size() - 1).displayName());
        return FormField.choice(name, "Workspace role", least, roles(index, AccessScope.WORKSPACE, false))
                .noting("Always sent: " + what + " (the least privileged unless you choose another).");
    }

    /** What the filled-in {@code f} proposes; {@code workspace} is the workspace the pane shows. */
    public static Proposal propose(MutationFactory factory, ChangeDialog.Form f, UUID workspace) {
        String ws = workspace == null ? null : workspace.toString();
        return switch (f.kind()) {
            case CREATE_WORKSPACE -> factory.createWorkspace(f.value("name"), f.value("handle"));
            case RENAME_WORKSPACE -> factory.renameWorkspace(f.targets().get(0), f.value("name"));
            case INVITE -> factory.invite(f.value("emails"), f.value("role"), list(f.value("workspaces")),
                    list(f.value("workspaces")).isEmpty() ? null : blankNull(f.value("workspace_role")));
            case ORG_ROLE -> factory.changeOrgRole(f.targets(), f.value("role"));
            case INVITE_ROLE -> factory.changeInviteRole(f.targets(), f.value("role"));
            case ADD_TO_WORKSPACE -> factory.addToWorkspace(ws, list(f.value("emails")), f.value("role"));
            case WORKSPACE_ROLE -> factory.changeWorkspaceRole(ws, f.targets(), f.value("role"));
            case CREATE_KEY -> createKey(factory, f);
            case KEY_ROLE -> factory.changeKeyRole(f.targets(), f.value("role"));
            case CREATE_ROLE -> factory.createRole(f.value("name"), f.value("description"),
                    list(f.value("permissions")));
            case EDIT_ROLE -> factory.editRole(f.targets().get(0), RoleEdit.replacing(f.value("name"),
                    f.value("description"), list(f.value("permissions"))));
        };
    }

    // Naming workspaces makes a workspace key: the org role shown by default then does not apply.
    private static Proposal createKey(MutationFactory factory, ChangeDialog.Form f) {
        if (!f.value("expires_days").strip().matches("\\d*")) {
            return new Proposal.Refused(List.of(new dev.lsorg.app.mutation.Problem("expires_days",
                    "a whole number of days, or empty for a key that never expires")));
        }
        List<String> ws = list(f.value("workspaces"));
        return factory.createKey(f.value("description"), ws.isEmpty() ? blankNull(f.value("org_role")) : null, ws,
                blankNull(f.value("role")), days(f.value("expires_days")));
    }

    /** Org members not yet in {@code workspace}: what the add form completes from. */
    static List<String> addable(OrgIndex index, UUID workspace) {
        TenantMembers tm = workspace == null ? null : index.org().workspaceMembers().get(workspace);
        Set<String> in = tm == null ? Set.of() : tm.members().stream().map(MemberIdentity::email)
                .map(String::toLowerCase).collect(Collectors.toSet());
        return index.org().members().members().stream().map(OrgMemberIdentity::email)
                .filter(e -> e != null && !in.contains(e.toLowerCase())).sorted().toList();
    }

    private static List<String> keyRoles(OrgIndex index, List<String> keys) {
        boolean orgWide = index.key(keys.get(0)).map(k -> k.orgRoleId() != null
                || k.accessScope() == AccessScope.ORGANIZATION).orElse(true);
        return roles(index, orgWide ? AccessScope.ORGANIZATION : AccessScope.WORKSPACE, false);
    }

    private static List<String> roles(OrgIndex index, AccessScope scope, boolean withNone) {
        List<String> out = new ArrayList<>(withNone ? List.of("") : List.of());
        index.roles(scope).stream().map(Role::displayName).forEach(out::add);
        return out;
    }

    // The least powerful common role is the safe default; the user picks another with Left/Right.
    private static String named(OrgIndex index, AccessScope scope, String name) {
        return index.role(scope, name).map(Role::displayName)
                .orElse(index.roles(scope).isEmpty() ? "" : index.roles(scope).get(0).displayName());
    }

    // Commas and lines separate items; spaces do not, since workspace names have them.
    private static List<String> list(String text) {
        return java.util.Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blankNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // Only digits get here (checked in createKey); a number too large for an int is surely beyond any maximum.
    private static Integer days(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
