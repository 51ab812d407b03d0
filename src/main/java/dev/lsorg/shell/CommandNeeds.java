package dev.lsorg.shell;

import dev.lsorg.command.Command;
import static dev.lsorg.api.OrgPart.INFO;
import static dev.lsorg.api.OrgPart.MEMBERS;
import static dev.lsorg.api.OrgPart.PATS;
import static dev.lsorg.api.OrgPart.ROLES;
import static dev.lsorg.api.OrgPart.SERVICE_KEYS;
import static dev.lsorg.api.OrgPart.WORKSPACES;

/**
 * What each shell command reads, so that {@code lsorg shell -c} and scripts load only that: {@code help} nothing,
 * {@code ls roles} the roles, {@code ls members -w X} the workspaces, roles and X's member list, and a change what
 * its mutation checks (org info and permissions, workspaces, roles, members, service keys; PATs for PAT revocation;
 * the member list of a workspace it names; a custom-role change only org info and the roles).
 */
final class CommandNeeds {
    private CommandNeeds() {
    }

    /** The needs of {@code c} in a session whose workspace in use is {@code current} (id, or null). */
    static Needs of(Command c, String current) {
        if (c instanceof Command.Change change) {
            return change(change, current);
        } else if (c instanceof Command.Ls ls) {
            return ls(ls, current);
        } else if (c instanceof Command.Show) {
            return Needs.of(MEMBERS, WORKSPACES, SERVICE_KEYS, ROLES);
        } else if (c instanceof Command.Use) {
            return Needs.of(WORKSPACES);
        }
        return Needs.NOTHING;
    }

    private static Needs ls(Command.Ls c, String current) {
        if (c.what().equals("workspaces")) {
            // member counts come from the org members' workspace ids: one list instead of one per workspace
            return Needs.of(WORKSPACES, MEMBERS);
        }
        if (c.what().equals("roles")) {
            return Needs.of(ROLES);
        }
        String ws = c.workspace() != null ? c.workspace() : current;
        if (c.what().equals("keys")) {
            return ws == null ? Needs.of(SERVICE_KEYS, ROLES) : Needs.of(ROLES).withKeysOf(ws);
        }
        return ws == null ? Needs.of(MEMBERS, WORKSPACES, ROLES) : Needs.of(ROLES).withMembersOf(ws);
    }

    private static Needs change(Command.Change c, String current) {
        if (c instanceof Command.CreateRole || c instanceof Command.EditRole || c instanceof Command.DeleteRole) {
            // The plan (RBAC), the key's permissions and the roles: a role change reads nothing else.
            return Needs.of(INFO, ROLES);
        }
        Needs base = Needs.of(INFO, WORKSPACES, ROLES, MEMBERS, SERVICE_KEYS);
        if (c instanceof Command.RevokePat) {
            return base.with(PATS);
        } else if (c instanceof Command.Add a) {
            return base.withMembersOf(a.workspace() != null ? a.workspace() : current);
        } else if (c instanceof Command.Remove r) {
            return base.withMembersOf(r.workspace());
        } else if (c instanceof Command.ChangeRole r) {
            return base.withMembersOf(r.workspace());
        } else if (c instanceof Command.DeleteWorkspace d) {
            // The confirmation states who and what loses access: the workspace's members and keys.
            return base.withMembersOf(d.workspace()).withKeysOf(d.workspace());
        }
        return base;
    }
}
