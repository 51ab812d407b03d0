package dev.lsorg.command;

import java.util.List;

/**
 * A parsed command line, independent of any line editor, so the shell and the console's {@code :} line share one
 * grammar. Reads are plain records; changes implement {@link Change} and carry their {@link Guard}.
 */
public sealed interface Command {

    /** How a change may be confirmed from the command line itself ({@code --yes}, {@code --confirm TEXT}). */
    record Guard(boolean yes, String confirm) {
        /** No shortcut: ask as usual. */
        public static final Guard NONE = new Guard(false, null);
    }

    /** A command that changes the org; it always becomes a {@code Mutation} before anything is sent. */
    sealed interface Change extends Command {
        /** The confirmation shortcuts given on the line. */
        Guard guard();
    }

    /** {@code ls workspaces|members|pending|keys|roles}. */
    record Ls(String what, String workspace, String filter, String format) implements Command {
    }

    /** {@code show EMAIL|WORKSPACE|KEY|ROLE}. */
    record Show(String target) implements Command {
    }

    /** {@code use [WORKSPACE]}: the workspace later commands default to ({@code null}: none, org-wide). */
    record Use(String workspace) implements Command {
    }

    /** {@code help [COMMAND]}. */
    record Help(String topic) implements Command {
    }

    /** {@code journal [--last N]}. */
    record ShowJournal(int last) implements Command {
    }

    /** {@code reload}: fetch the org again. */
    record Reload() implements Command {
    }

    /** {@code exit} or {@code quit}. */
    record Exit() implements Command {
    }

    /** {@code invite EMAILS [--role R] [--workspace W]... [--workspace-role R]}. */
    record Invite(String emails, String orgRole, List<String> workspaces, String workspaceRole, Guard guard)
            implements Change {
    }

    /** {@code role TARGET... ROLE [--workspace W]}: org role, invite role, workspace role or key role. */
    record ChangeRole(List<String> targets, String role, String workspace, Guard guard) implements Change {
    }

    /** {@code add EMAIL... [--workspace W] --role R}: existing org members into a workspace. */
    record Add(List<String> emails, String workspace, String role, Guard guard) implements Change {
    }

    /** {@code remove EMAIL... [--workspace W]}: from the org (or revoke their invite), or from one workspace. */
    record Remove(List<String> targets, String workspace, Guard guard) implements Change {
    }

    /** {@code revoke KEY|EMAIL...}: revoke service keys or pending invites. */
    record Revoke(List<String> targets, Guard guard) implements Change {
    }

    /** {@code revoke pat TOKEN...}: revoke personal access tokens (by description, short key or id). */
    record RevokePat(List<String> tokens, Guard guard) implements Change {
    }

    /** {@code create workspace NAME [--handle H]}. */
    record CreateWorkspace(String name, String handle, Guard guard) implements Change {
    }

    /** {@code create key DESCRIPTION [--org-role R | --workspace W... --role R] [--expires-days N]}. */
    record CreateKey(String description, String orgRole, List<String> workspaces, String role, Integer expiresDays,
            Guard guard) implements Change {
    }

    /** {@code create role NAME --permission P... [--description TEXT]}: a custom (workspace) role. */
    record CreateRole(String name, String description, List<String> permissions, Guard guard) implements Change {
    }

    /**
     * {@code edit role ROLE [--name N] [--description D] [--permissions P,...] [--add P]... [--drop P]...}: each
     * part not given stays as it is ({@code permissions} null: the role's own set, then added to and dropped from).
     */
    record EditRole(String role, String newName, String description, List<String> permissions, List<String> add,
                    List<String> drop, Guard guard) implements Change {
    }

    /** {@code delete role NAME}: a custom role (LangSmith refuses while anyone holds it). */
    record DeleteRole(String role, Guard guard) implements Change {
    }

    /** {@code rename WORKSPACE NEW_NAME}. */
    record Rename(String workspace, String newName, Guard guard) implements Change {
    }

    /** {@code delete workspace NAME}. */
    record DeleteWorkspace(String workspace, Guard guard) implements Change {
    }

    /** {@code set public-sharing|pat-creation|invites on|off}. */
    record SetSetting(Setting setting, boolean on, Guard guard) implements Change {
    }

    /** {@code unshare-all}. */
    record UnshareAll(Guard guard) implements Change {
    }

    /** The org settings the shell can switch, named as the user says them. */
    enum Setting {
        PUBLIC_SHARING("public-sharing"), PAT_CREATION("pat-creation"), INVITES("invites");

        private final String word;

        Setting(String word) {
            this.word = word;
        }

        /** The word used on the command line. */
        public String word() {
            return word;
        }
    }
}
